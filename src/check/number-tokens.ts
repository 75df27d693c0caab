import { parseVnNumber, writtenDecimals } from "../domain/vn-number.js";

/**
 * Numbers written in a sentence, with what they are: a quantity that can be added up, a percentage, or
 * something that only looks like a number (a year, a date, a level "mức độ 3", a document number, an ordinal).
 */
export interface NumberToken {
  raw: string;
  value: number;
  start: number;
  end: number;
  role: "quantity" | "percent" | "other";
  decimals: number;
  /** Written as an estimate ("khoảng 250", "hơn 1.500", "gần 700"). */
  approximate: boolean;
}

const NUMBER =
  /(?<![\p{L}\p{N}/.,\-–])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?!\d|[.,]\d|\s*\/|-[\p{L}\d])(\s*%)?/gu;

/** Words after which a number names something rather than counts it. */
const NAMING_BEFORE =
  /(?<!\p{L})(?:mức độ|mức|lần thứ|thứ|khóa|khoá|giai đoạn|năm|kỳ họp|phiên bản|cấp độ|khu vực|đợt|lớp|nhóm|phường|quận|tổ|ấp|khu|điều|khoản|phần|mục|chương|version|top|covid|covid-|level|cụm|tuyến|hạng|xếp thứ|đứng thứ|vị trí|loại|ô|phòng|tầng|km|quốc lộ|tỉnh lộ|bts|4g|5g)\s*$/iu;
const TIME_BEFORE = /(?<!\p{L})(tháng|ngày|quý)\s*$/iu;
const TIME_LIMIT: Record<string, number> = { tháng: 12, ngày: 31, quý: 4 };
const APPROXIMATE_BEFORE =
  /(?:khoảng|hơn|gần|trên|dưới|ước|ước tính|xấp xỉ|tới|hàng|chừng|ít nhất|tối thiểu|tối đa|gần như)\s*$/iu;

// The percent, arithmetic and cumulative checks tokenise the same sentences: remember the latest ones.
const recent = new Map<string, readonly NumberToken[]>();
const MAX_RECENT = 512;

/** Finds the numbers of a text and classifies them (the result is shared: do not modify it). */
export function numberTokens(text: string): readonly NumberToken[] {
  const hit = recent.get(text);
  if (hit) return hit;
  if (recent.size >= MAX_RECENT) recent.clear();
  const tokens = tokenize(text);
  recent.set(text, tokens);
  return tokens;
}

function tokenize(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const raw = m[1]!;
    const value = parseVnNumber(raw);
    if (value === null) continue;
    const isPercent = Boolean(m[2]);
    const before = text.slice(Math.max(0, m.index - 24), m.index).replace(/\*+/g, "");
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    let role: NumberToken["role"] = isPercent ? "percent" : "quantity";
    if (!isPercent) {
      const isYear =
        /^(?:19|20)\d{2}$/.test(raw) && !/^\s*(?:tin|bài|văn bản|hồ sơ|người|lượt|thuê bao|tài khoản)/u.test(after);
      // "tháng 10" names a month, but "trong tháng 18.420 văn bản" counts documents.
      const time = TIME_BEFORE.exec(before);
      const isTimeName = time !== null && Number.isInteger(value) && value <= TIME_LIMIT[time[1]!.toLowerCase()]!;
      // "4G", "3D": a number glued to a capital names a technology.
      const isName = /^\p{Lu}/u.test(after);
      if (
        isYear ||
        isTimeName ||
        isName ||
        NAMING_BEFORE.test(before) ||
        /^\s*(?:giờ|h\d|phút\s*\/|tháng\s*\/)/u.test(after)
      )
        role = "other";
      if (/[-–]\s*$/.test(before) && /\d\s*[-–]\s*$/.test(before)) role = "other";
    }
    out.push({
      raw,
      value,
      start: m.index,
      end: m.index + m[0].length,
      role,
      decimals: writtenDecimals(raw),
      approximate: APPROXIMATE_BEFORE.test(before),
    });
  }
  return out;
}

/** How far back a check looks for the whole or the numerator of a figure: a long clause, not a whole page. */
export const LOOK_BACK = 400;

/** The tokens lying inside [from, to), found by binary search (tokens are in text order). */
export function tokensBetween(tokens: readonly NumberToken[], from: number, to: number): NumberToken[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: NumberToken[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.start < to; i++) if (tokens[i]!.end <= to) out.push(tokens[i]!);
  return out;
}
