import type { ExtractedFigure, FigureKind } from "../domain/report.js";
import { parseVnNumber } from "../domain/vn-number.js";
import { readMarker } from "./line-marker.js";
import { fold } from "./section-kind.js";
import type { SourceLine } from "./source-line.js";

/** A character span of a line that is not prose (a citation, a date), so its digits are not quantities. */
export interface MaskedSpan {
  index: number;
  start: number;
  end: number;
}

const NUMBER = /\d[\d.,]*/g;
// Words before a number that make it a name, a date part or an ordinal, not a quantity.
const LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:ngay|thang|nam|quy|tuan|khoa|ky|thu|muc do|cap do|muc|giai doan|phien ban|version|khu vuc|dieu|khoan|diem|chuong|phan|buoc|phuong|to|ap|khom|xom|thon|lo|cum|doi|tang|quoc lo|tinh lo|ql|dt|km|ma so|so hieu|ma|khoi|nhom|goi thau|hang muc|top|dot|vong|kenh|tuyen|dai hoi|hoi nghi|mau|bieu|phu luc|so nha|duong|tieu chi so|nghi dinh|quyet dinh|thong tu|chi thi|nghi quyet|cong van|ke hoach|de an|du an so|luat)\s*$/u;
const RANK_BEFORE = /(?:^|[^a-z])(?:xep thu|dung thu|xep hang(?: thu)?|hang thu|vi tri thu|xep loai thu)\s*$/;
const DATE_BEFORE = /(?:^|[^a-z])(?:ngay|tu|den|truoc|sau|han|toi|vao|luc|hom)\s*$/;
const PHONE_BEFORE = /(?:^|[^a-z])(?:dien thoai|dt|sdt|hotline|fax|duong day nong|so may)\s*[:.]?\s*$/;
const CUE_BEFORE = /(?:^|[^a-z])(?:khoang|hon|gan|tren|tong|tong so|co|duoc|la|dat|tang|giam|gom|:|cap|cap moi|thu hoi|tiep nhan|giai quyet|xu ly|phat hien|dang|toi|voi)\s*$/;
const MONEY = /^\s*(triệu đồng|tỷ đồng|nghìn đồng|ngàn đồng|triệu VNĐ|tỷ VNĐ|trđ|tr\.đ|đồng|VNĐ|VND|vnđ|USD|đ)(?![\p{L}/])/u;
const PER = /^\s*(\p{L}+(?: \p{L}+)?)\s*\/\s*(ngày|tuần|tháng|năm|quý|lần|giờ|phút|buổi|kỳ|ca|người|đợt|số)(?![\p{L}])/u;
const TIME_UNIT = /^\s*(phút|giờ|giây|tiếng|ngày làm việc|ngày)(?![\p{L}])/u;
const SPAN_UNIT = /^\s*(năm|tháng|quý|tuần|thế kỷ)(?![\p{L}])/u;
const UNIT_STOP = new Set([
  "trong", "của", "và", "với", "tại", "trên", "cho", "được", "đã", "là", "từ", "đến", "so", "theo", "thuộc", "về",
  "để", "nhằm", "có", "gồm", "tham", "đạt", "các", "những", "này", "đó", "mới", "năm", "tháng", "ngày", "đang",
  "bằng", "còn", "thì", "nên", "sẽ", "cần", "tăng", "giảm", "khoảng", "hơn", "gần", "trực", "tổng", "qua",
]);
const KNOWN_ATTACHED = /^(?:lần|người|lượt|hồ|văn|tin|bài|xã|phút|giờ|ngày|đồng|triệu|tỷ)/u;

/** Every reported quantity of the body lines [start, end), skipping dates, codes, ordinals and spans. */
export function findFigures(
  lines: readonly SourceLine[],
  start: number,
  end: number,
  masked: readonly MaskedSpan[],
): ExtractedFigure[] {
  const byLine = new Map<number, MaskedSpan[]>();
  for (const m of masked) byLine.set(m.index, [...(byLine.get(m.index) ?? []), m]);
  const out: ExtractedFigure[] = [];
  for (let i = start; i < end; i++) {
    const text = lines[i]!.text;
    if (!/\d/.test(text)) continue;
    const marker = readMarker(text);
    const from = marker && marker.kind !== "bullet" ? text.length - marker.rest.length : 0;
    scanLine(text, from, lines[i]!.no, byLine.get(i) ?? [], out);
  }
  return out;
}

function scanLine(text: string, from: number, no: number, masks: readonly MaskedSpan[], out: ExtractedFigure[]): void {
  const folded = fold(text);
  let lastUnit: string | null = null;
  let labelSkipEnd = -1;
  const re = new RegExp(NUMBER.source, "g");
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const p = m.index;
    const raw = m[0].replace(/[.,]+$/, "");
    let end = p + raw.length;
    const before = text.slice(Math.max(0, p - 4), p);
    if (/[\p{L}\d_]$/u.test(before) || /[\p{L}\d]\s?[-–/]\s?$/u.test(before)) continue;
    if (masks.some((s) => p >= s.start && p < s.end)) continue;
    // Number groups joined by "/": dates, "01/40 hồ sơ", "24/24 giờ".
    const parts = [raw];
    const tail = /^\s?\/\s?(\d[\d.,]*)/;
    for (let k = 0; k < 2; k++) {
      const t = tail.exec(text.slice(end));
      if (!t) break;
      const next = t[1]!.replace(/[.,]+$/, "");
      parts.push(next);
      end += t[0].length - (t[1]!.length - next.length);
    }
    re.lastIndex = Math.max(re.lastIndex, end);
    const left = folded.slice(Math.max(0, p - 40), p);
    const right = text.slice(end, end + 60);
    if (labelSkipEnd >= 0 && /^\s*(?:,|và|-|–|hoặc|đến|\/)\s*$/u.test(text.slice(labelSkipEnd, p))) {
      labelSkipEnd = end;
      continue;
    }
    if (parts.length === 3) continue;
    // "...cấp xã.4. Tiếp tục" — an item number run into the previous item.
    if (/[.;:]\s?$/.test(text.slice(Math.max(0, p - 2), p)) && /^\.\s+\p{Lu}/u.test(right) && raw.length <= 2) continue;
    if (parts.length === 2) {
      const [a, b] = parts.map((x) => parseVnNumber(x)) as [number | null, number | null];
      if (a === null || b === null) continue;
      if (/^\d{4}$/.test(parts[1]!) || DATE_BEFORE.test(left) || /(?:thang|quy)\s*$/.test(left)) continue;
      if (a === 24 && (b === 24 || b === 7)) continue;
      const unit = unitAfter(right);
      if (!unit && a <= 31 && b <= 12) continue;
      const kind: FigureKind = RANK_BEFORE.test(left) ? "rank" : "count";
      const quoteEnd = unit ? end + right.indexOf(unit) + unit.length : end;
      push(out, a, kind, kind === "rank" ? null : unit, text, p, quoteEnd, no);
      push(out, b, "count", unit, text, p, quoteEnd, no);
      lastUnit = unit ?? lastUnit;
      continue;
    }
    const value = parseVnNumber(raw);
    if (value === null) continue;
    const attached = /^\p{L}/u.test(right);
    if (attached && !KNOWN_ATTACHED.test(right)) continue;
    if (/^\d{1,3}\.\d{1,2}$/.test(raw) && !/^\s*%/.test(right)) continue;
    if ((/^0\d{3,}/.test(raw) || /^\d{9,}$/.test(raw)) && !/^\s*%/.test(right)) continue;
    if (PHONE_BEFORE.test(left)) continue;
    if (/^\(\s*$/.test(text.slice(Math.max(0, p - 1), p)) && /^\)/.test(right)) continue;
    if (/^\s*%/.test(right)) {
      push(out, value, "percent", "%", text, p, end + right.indexOf("%") + 1, no);
      continue;
    }
    if (RANK_BEFORE.test(left)) {
      push(out, value, "rank", null, text, p, end, no);
      continue;
    }
    if (/(?:^|[^\p{L}])so\s*$/u.test(left) && !/(?:tong|ky|chu ky|luong)\s+so\s*$/.test(left) && !unitAfter(right)) {
      labelSkipEnd = end;
      continue;
    }
    if (LABEL_BEFORE.test(left)) {
      labelSkipEnd = end;
      continue;
    }
    if (SPAN_UNIT.test(right)) continue;
    const isYear = /^(?:19|20)\d{2}$/.test(raw);
    if (isYear && !(CUE_BEFORE.test(left) && unitAfter(right))) continue;
    const money = MONEY.exec(right);
    if (money) {
      push(out, value, "money", money[1]!, text, p, end + money[0].length, no);
      continue;
    }
    const per = PER.exec(right);
    if (per) {
      const kind: FigureKind = /^(?:phút|giờ|giây|tiếng|ngày)$/u.test(per[1]!) ? "duration" : "rate";
      push(out, value, kind, `${per[1]}/${per[2]}`, text, p, end + per[0].length, no);
      continue;
    }
    const time = TIME_UNIT.exec(right);
    if (time) {
      if (DATE_BEFORE.test(left) && time[1] === "giờ") continue;
      push(out, value, "duration", time[1]!, text, p, end + time[0].length, no);
      continue;
    }
    const unit = unitAfter(right);
    if (!unit && !CUE_BEFORE.test(left) && /\p{Lu}[\p{L}]*\s*$/u.test(text.slice(Math.max(0, p - 20), p))) continue;
    const finalUnit = unit ?? lastUnit;
    push(out, value, "count", finalUnit, text, p, end + (unit ? right.indexOf(unit) + unit.length : 0), no);
    if (unit) lastUnit = unit;
  }
}

/** The noun counted right after a number ("16.681 văn bản ký số" → "văn bản"), up to three words. */
function unitAfter(right: string): string | null {
  const m = /^\s*((?:[\p{L}&]+)(?:\s[\p{L}&]+){0,3})/u.exec(right);
  if (!m) return null;
  const words: string[] = [];
  for (const w of m[1]!.split(" ")) {
    if (UNIT_STOP.has(w.toLowerCase())) break;
    words.push(w);
    if (words.length === 2 && !/^(?:chứng|thủ|trang|trạm|dự|lịch|câu|hộp|tài|cán|đơn|máy|điểm|doanh)$/u.test(words[0]!)) break;
    if (words.length === 3) break;
  }
  return words.length ? words.join(" ") : null;
}

function push(
  out: ExtractedFigure[],
  value: number,
  kind: FigureKind,
  unit: string | null,
  text: string,
  start: number,
  end: number,
  no: number,
): void {
  const head = text.slice(0, start);
  const clauseStart = Math.max(head.lastIndexOf(","), head.lastIndexOf(";"), head.lastIndexOf("("), head.lastIndexOf(":"));
  const lead = head
    .slice(clauseStart + 1)
    .replace(/^\s*(?:[-+•*–]|\d{1,2}(?:\.\d{1,2})*[.)]|[IVXLC]{1,6}\.|[a-zđ]\))\s+/u, "")
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(-3)
    .join(" ");
  const quote = `${lead ? `${lead} ` : ""}${text.slice(start, end).trim()}`.trim();
  const label = [lead, unit && kind !== "percent" ? unit : ""].filter(Boolean).join(" ").trim() || (unit ?? quote);
  out.push({ value, kind, unit, label, quote, line: no });
}
