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
// Words before a number that make it a name, a date part or an ordinal, not a quantity (folded, last 1–3 words).
const LABEL_WORDS = new Set(
  (
    "ngay thang nam quy tuan khoa ky thu gio muc|do cap|do muc giai|doan phien|ban version khu|vuc dieu khoan diem chuong " +
    "phan buoc phuong to ap khom xom thon lo cum doi tang quoc|lo tinh|lo ql dt km ma|so so|hieu ma khoi nhom " +
    "goi|thau hang|muc top dot vong kenh tuyen dai|hoi hoi|nghi mau bieu phu|luc so|nha duong tieu|chi|so nghi|dinh " +
    "quyet|dinh thong|tu chi|thi nghi|quyet cong|van ke|hoach de|an du|an|so luat"
  )
    .split(" ")
    .map((w) => w.replace(/\|/g, " ")),
);
const RANK_WORDS = new Set([
  "xep thu",
  "dung thu",
  "xep hang",
  "xep hang thu",
  "hang thu",
  "vi tri thu",
  "xep loai thu",
]);
const DATE_WORDS = new Set(["ngay", "tu", "den", "truoc", "sau", "han", "toi", "vao", "luc", "hom"]);
const PHONE_WORDS = new Set(["dien thoai", "dt", "sdt", "hotline", "fax", "duong day nong", "so may"]);
const CUE_WORDS = new Set(
  (
    "khoang hon gan tren tong tong|so co duoc la dat tang giam gom cap cap|moi thu|hoi tiep|nhan giai|quyet xu|ly " +
    "phat|hien dang toi voi"
  )
    .split(" ")
    .map((w) => w.replace(/\|/g, " ")),
);
const SO_KEEP = new Set(["tong", "ky", "luong"]);

/** The last three words before a number (folded), and whether a colon ends the text before it. */
interface LeftWords {
  w1: string;
  w2: string;
  w3: string;
  colon: boolean;
}

function leftWords(left: string): LeftWords {
  const words: string[] = [];
  let i = left.length - 1;
  while (i >= 0 && left.charCodeAt(i) === 32) i--;
  const colon = i >= 0 && left[i] === ":";
  while (words.length < 3 && i >= 0) {
    const endAt = i + 1;
    while (i >= 0 && isWordChar(left.charCodeAt(i))) i--;
    if (endAt === i + 1) break;
    words.unshift(left.slice(i + 1, endAt));
    if (i < 0 || left.charCodeAt(i) !== 32) break;
    while (i >= 0 && left.charCodeAt(i) === 32) i--;
  }
  return {
    w1: words.length === 3 ? words[0]! : "",
    w2: words[words.length - 2] ?? "",
    w3: words[words.length - 1] ?? "",
    colon,
  };
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function hasTail(set: ReadonlySet<string>, l: LeftWords): boolean {
  return (
    (l.w3 !== "" && set.has(l.w3)) ||
    (l.w2 !== "" && set.has(`${l.w2} ${l.w3}`)) ||
    (l.w1 !== "" && set.has(`${l.w1} ${l.w2} ${l.w3}`))
  );
}
const MONEY =
  /^\s*(?:(triệu đồng|tỷ đồng|nghìn đồng|ngàn đồng|triệu VNĐ|tỷ VNĐ|trđ|tr\.đ|đồng|VNĐ|VND|vnđ|USD)(?![\p{L}])|(đ)(?![\p{L}/]))/u;
/^\s*(triệu đồng|tỷ đồng|nghìn đồng|ngàn đồng|triệu VNĐ|tỷ VNĐ|trđ|tr\.đ|đồng|VNĐ|VND|vnđ|USD|đ)(?![\p{L}/])/u;
const PER =
  /^\s*(\p{L}+(?: \p{L}+){0,2})\s*\/\s*(ngày|tuần|tháng|năm|quý|lần|giờ|phút|buổi|kỳ|ca|người|đợt|số)(?![\p{L}])/u;
const TIME_UNIT = /^\s*(phút|giờ|giây|tiếng|ngày làm việc|ngày)(?![\p{L}])/u;
const SPAN_UNIT = /^\s*(năm|tháng|quý|tuần|thế kỷ)(?![\p{L}])/u;
const UNIT_STOP = new Set([
  "trong",
  "của",
  "và",
  "với",
  "tại",
  "trên",
  "cho",
  "được",
  "đã",
  "là",
  "từ",
  "đến",
  "so",
  "theo",
  "thuộc",
  "về",
  "để",
  "nhằm",
  "có",
  "gồm",
  "tham",
  "đạt",
  "các",
  "những",
  "này",
  "đó",
  "mới",
  "năm",
  "tháng",
  "ngày",
  "đang",
  "bằng",
  "còn",
  "thì",
  "nên",
  "sẽ",
  "cần",
  "tăng",
  "giảm",
  "khoảng",
  "hơn",
  "gần",
  "trực",
  "tổng",
  "qua",
]);
const KNOWN_ATTACHED = /^(?:lần|người|lượt|hồ|văn|tin|bài|xã|phút|giờ|ngày|đồng|triệu|tỷ|đ(?![\p{L}]))/u;

/** Every reported quantity of the body lines [start, end), skipping dates, codes, ordinals and spans. */
export function findFigures(
  lines: readonly SourceLine[],
  start: number,
  end: number,
  masked: readonly MaskedSpan[],
): ExtractedFigure[] {
  const byLine = new Map<number, MaskedSpan[]>();
  for (const m of masked) {
    const list = byLine.get(m.index);
    if (list) list.push(m);
    else byLine.set(m.index, [m]);
  }
  // Numbers are scanned left to right, so each line's spans are walked once in order of their end.
  for (const list of byLine.values()) list.sort((a, b) => a.end - b.end);
  const out: ExtractedFigure[] = [];
  for (let i = start; i < end; i++) {
    const text = lines[i]!.text;
    if (!/\d/.test(text)) continue;
    const marker = readMarker(text);
    // A table row's first cell is its row number ("| 3 |", "3<tab>"), not a quantity.
    const rowNumber = /^\|?\s*\d{1,3}\s*(?:\||\t| {2,})/.exec(text);
    const from = rowNumber
      ? rowNumber[0].length
      : marker && marker.kind !== "bullet"
        ? text.length - marker.rest.length
        : 0;
    scanLine(text, from, lines[i]!.no, byLine.get(i) ?? [], out);
  }
  return out;
}

// Compiled once: scanLine runs for every line with a digit and is not re-entrant.
const NUMBER_SCAN = new RegExp(NUMBER.source, "g");

function scanLine(text: string, from: number, no: number, masks: readonly MaskedSpan[], out: ExtractedFigure[]): void {
  const folded = fold(text);
  let lastUnit: string | null = null;
  let labelSkipEnd = -1;
  let maskAt = 0;
  const re = NUMBER_SCAN;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const p = m.index;
    const raw = m[0].replace(/[.,]+$/, "");
    let end = p + raw.length;
    if (p > 0 && isWordCode(text.charCodeAt(p - 1))) continue;
    if (joinedToWord(text, p)) continue;
    while (maskAt < masks.length && masks[maskAt]!.end <= p) maskAt++;
    if (maskAt < masks.length && masks[maskAt]!.start <= p) continue;
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
    const words = leftWords(left);
    let unitMemo: string | null | undefined;
    const unitHere = (): string | null => {
      if (unitMemo === undefined) unitMemo = unitAfter(right);
      return unitMemo;
    };
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
      if (
        /^\d{4}$/.test(parts[1]!) ||
        (!words.colon && (DATE_WORDS.has(words.w3) || words.w3 === "thang" || words.w3 === "quy"))
      )
        continue;
      if (a === 24 && (b === 24 || b === 7)) continue;
      const unit = unitAfter(right);
      if (!unit && a <= 31 && b <= 12) continue;
      const kind: FigureKind = !words.colon && hasTail(RANK_WORDS, words) ? "rank" : "count";
      const quoteEnd = unit ? end + right.indexOf(unit) + unit.length : end;
      push(out, a, kind, kind === "rank" ? null : unit, text, p, quoteEnd, no);
      push(out, b, "count", unit, text, p, quoteEnd, no);
      lastUnit = unit ?? lastUnit;
      continue;
    }
    const value = parseVnNumber(raw);
    if (value === null) continue;
    const attached = right.length > 0 && isLetterCode(right.charCodeAt(0));
    if (attached && !KNOWN_ATTACHED.test(right)) continue;
    if (/^\d{1,3}\.\d{1,2}$/.test(raw) && !/^\s*%/.test(right)) continue;
    if ((/^0\d{3,}/.test(raw) || /^\d{9,}$/.test(raw)) && !/^\s*%/.test(right)) continue;
    if (hasTail(PHONE_WORDS, words)) continue;
    if (/^\(\s*$/.test(text.slice(Math.max(0, p - 1), p)) && /^\)/.test(right)) continue;
    if (/^\s*%/.test(right)) {
      push(out, value, "percent", "%", text, p, end + right.indexOf("%") + 1, no);
      continue;
    }
    if (!words.colon && hasTail(RANK_WORDS, words)) {
      push(out, value, "rank", null, text, p, end, no);
      continue;
    }
    if (!words.colon && words.w3 === "so" && !SO_KEEP.has(words.w2) && !unitHere()) {
      labelSkipEnd = end;
      continue;
    }
    if (!words.colon && hasTail(LABEL_WORDS, words)) {
      labelSkipEnd = end;
      continue;
    }
    if (SPAN_UNIT.test(right)) continue;
    const isYear = /^(?:19|20)\d{2}$/.test(raw);
    const cue = words.colon || hasTail(CUE_WORDS, words);
    if (isYear && !(cue && unitHere())) continue;
    const money = MONEY.exec(right);
    if (money) {
      push(out, value, "money", money[1] ?? money[2]!, text, p, end + money[0].length, no);
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
      if (DATE_WORDS.has(words.w3) && time[1] === "giờ") continue;
      push(out, value, "duration", time[1]!, text, p, end + time[0].length, no);
      continue;
    }
    const unit = unitHere();
    if (!unit && !cue && /\p{Lu}[\p{L}]*\s*$/u.test(text.slice(Math.max(0, p - 20), p))) continue;
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
    if (words.length === 2 && !/^(?:chứng|thủ|trang|trạm|dự|lịch|câu|hộp|tài|cán|đơn|máy|điểm|doanh)$/u.test(words[0]!))
      break;
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
  const lead = leadWords(text, start);
  const quote = `${lead ? `${lead} ` : ""}${text.slice(start, end).trim()}`.trim();
  const label = [lead, unit && kind !== "percent" ? unit : ""].filter(Boolean).join(" ").trim() || (unit ?? quote);
  out.push({ value, kind, unit, label, quote, line: no });
}

const MARKER_WORD = /^(?:[-+•*–]|\d{1,2}(?:\.\d{1,2})*[.)]|[IVXLC]{1,6}\.|[a-zđ]\))$/u;
const CLAUSE_BREAK = new Set([",", ";", "(", ":", "|", "\t"]);

/** Up to three words of the clause just before a number, without a list marker ("ký số" in "..., ký số 16.681"). */
function leadWords(text: string, start: number): string {
  const words: string[] = [];
  let i = start - 1;
  const stop = Math.max(0, start - 160);
  while (words.length < 4 && i >= stop) {
    while (i >= stop && text[i] === " ") i--;
    if (i < stop || CLAUSE_BREAK.has(text[i]!)) break;
    const endAt = i + 1;
    while (i >= stop && text[i] !== " " && !CLAUSE_BREAK.has(text[i]!)) i--;
    words.unshift(text.slice(i + 1, endAt));
  }
  // A list marker ("-", "2.", "a)") at the start of the line belongs to the line, not to the clause.
  if (i < 0 && words.length && MARKER_WORD.test(words[0]!)) words.shift();
  return words.slice(-3).join(" ");
}

/** Letters of any script written in Vietnamese reports (ASCII, Latin-1 and Latin Extended, Vietnamese). */
function isLetterCode(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

function isWordCode(c: number): boolean {
  return isLetterCode(c) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Whether the number at p hangs on the word before it: "Covid-19", "Covid - 19", "PT-TH 2", "quý I/2020",
 * or a digit group after another ("0915 123 456").
 */
function joinedToWord(text: string, p: number): boolean {
  let i = p - 1;
  if (i >= 0 && text.charCodeAt(i) === 32) {
    i--;
    // "0915 123": a number right after another one is a group of a phone number or a code.
    if (i >= 0 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) return true;
  }
  const c = i >= 0 ? text[i] : "";
  if (c !== "-" && c !== "–" && c !== "/") return false;
  i--;
  if (i >= 0 && text.charCodeAt(i) === 32) i--;
  return i >= 0 && (isLetterCode(text.charCodeAt(i)) || (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57));
}
