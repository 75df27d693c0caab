import { DOC_TYPE_WORDS, normalizeDocumentCode } from "../domain/citation.js";
import type { ExtractedReference } from "../domain/report.js";
import type { SourceLine } from "./source-line.js";

/** A citation with the span of the line it covers (the figures skip that span). */
export interface FoundReference extends ExtractedReference {
  index: number;
  start: number;
  end: number;
}

const TYPE_WORDS = [...DOC_TYPE_WORDS, "Đề án", "Luật", "Hiến pháp", "Công điện", "Kết luận", "Quy định", "Thông tri"]
  .filter((w, i, all) => all.indexOf(w) === i)
  .sort((a, b) => b.length - a.length);
const SYMBOL = String.raw`[\p{Lu}\d][\p{L}\d&.]*`;
// Number, optional year, then symbol groups; a stray space is allowed only right after "-" or "/" ("TT- BQP").
const CODE = String.raw`\d{1,5}[a-z]?(?:[/-]\s?${SYMBOL})*`;
// Codes are found first and the type word is looked for just before each: the long alternation of type words
// then runs on a short window per number instead of at every character of the text.
const CODE_CANDIDATE = new RegExp(String.raw`(?<![\p{L}\d])${CODE}`, "gu");
const SO_BEFORE = /\s+số\s*:?$/u;
const TYPE_LAST_WORDS = new Set(TYPE_WORDS.map((w) => w.split(" ").pop()!.toLowerCase()));

/** Cheap test before typeBefore: is the word before the code (after "số") the last word of a type word? */
function followsTypeWord(text: string, at: number): boolean {
  let i = at - 1;
  for (let pass = 0; pass < 2; pass++) {
    while (i >= 0 && (text[i] === " " || text[i] === ":")) i--;
    const end = i + 1;
    while (i >= 0 && text[i] !== " " && text[i] !== "(" && text[i] !== ",") i--;
    const word = text.slice(i + 1, end).toLowerCase();
    if (word === "số" && pass === 0) continue;
    return TYPE_LAST_WORDS.has(word);
  }
  return false;
}

/** The type word that ends a text, allowing "số" after it ("Quyết định số "), and where it starts. */
function typeBefore(window: string): { word: string; start: number } | null {
  let w = window.trimEnd();
  const so = SO_BEFORE.exec(w);
  if (so) w = w.slice(0, so.index);
  for (const word of TYPE_WORDS) {
    const start = w.length - word.length;
    if (start < 0 || !w.endsWith(word.slice(1))) continue;
    if (w[start]!.toLowerCase() !== word[0]!.toLowerCase()) continue;
    if (start > 0 && /\p{L}/u.test(w[start - 1]!)) continue;
    return { word: w.slice(start, start + word.length), start };
  }
  return null;
}
const UNTYPED = new RegExp(String.raw`(?<![\p{L}])(?:số|Số)\s*:?\s*(\d{1,5}[a-z]?(?:[/-]\s?${SYMBOL})+)`, "gu");
const MORE_CODE = new RegExp(String.raw`^\s*(?:,|;|và|hoặc)\s*(?:số\s*)?(\d{1,5}[a-z]?(?:[/-]\s?${SYMBOL})+)`, "u");
const DATE_AFTER =
  /^\s*,?\s*(?:được\s+)?(?:ban hành\s+)?(?:ngày|ngày\s*:)\s*(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|tháng\s*(\d{1,2})\s*năm\s*(\d{4}))/u;
const BARE_FOLLOW = /^\s*(?:của|ngày|về|[,.;:)]|$)/u;
const ISSUER_START = /^\s*,?\s*(?:do\s+|của\s+)/u;
const STOP_WORDS = new Set([
  "về",
  "v/v",
  "tại",
  "theo",
  "nhằm",
  "để",
  "trong",
  "gửi",
  "đã",
  "đang",
  "ngày",
  "năm",
  "giai",
  "với",
  "từ",
  "đến",
  "cho",
  "là",
  "nay",
  "sau",
  "trước",
  "khi",
  "tới",
  "này",
]);
const STOP_PAIRS = new Set([
  "thực hiện",
  "triển khai",
  "hướng dẫn",
  "quy định",
  "ban hành",
  "trả lời",
  "đối với",
  "phê duyệt",
  "kèm theo",
  "về việc",
  "tăng cường",
  "thúc đẩy",
  "giao nhiệm",
  "đề nghị",
  "yêu cầu",
  "chỉ đạo",
  "tổ chức",
  "sửa đổi",
  "bổ sung",
  "phối hợp",
]);
const TYPE_STARTS = new Set(TYPE_WORDS.map((w) => w.split(" ")[0]!));

/** Every cited document (type word, normalised code, date, issuer), once per type and code, in order. */
export function findReferences(lines: readonly SourceLine[], start: number, end: number): FoundReference[] {
  const out: FoundReference[] = [];
  const seen = new Set<string>();
  for (let i = start; i < end; i++) {
    const text = lines[i]!.text;
    if (!/\d/.test(text)) continue;
    const covered: [number, number][] = [];
    let consumed = 0;
    for (const c of text.matchAll(CODE_CANDIDATE)) {
      if (c.index < consumed) continue;
      if (!followsTypeWord(text, c.index)) continue;
      const windowStart = Math.max(0, c.index - 40);
      const t = typeBefore(text.slice(windowStart, c.index));
      if (!t) continue;
      const m = { index: windowStart + t.start };
      const type = normaliseType(t.word);
      const raw = c[0];
      const codeEnd = c.index + raw.length;
      const after = text.slice(codeEnd, codeEnd + 40);
      const isBare = !/[/-]/.test(raw);
      if (isBare && (!BARE_FOLLOW.test(after) || raw.length > 5)) continue;
      if (!isBare && !/\p{L}/u.test(raw.replace(/^\d+[a-z]?/, ""))) continue;
      add(type, raw, m.index, codeEnd, i, lines[i]!.no);
      covered.push([m.index, codeEnd]);
      let rest = codeEnd;
      for (let k = 0; k < 10; k++) {
        const more = MORE_CODE.exec(text.slice(rest, rest + 120));
        if (!more) break;
        const s = rest + more.index + more[0].length - more[1]!.length;
        add(type, more[1]!, s, rest + more[0].length, i, lines[i]!.no);
        rest += more[0].length;
      }
      consumed = rest;
    }
    let coveredAt = 0;
    for (const m of text.matchAll(UNTYPED)) {
      while (coveredAt < covered.length && covered[coveredAt]![1] <= m.index) coveredAt++;
      const span = covered[coveredAt];
      if (span && m.index >= span[0] - 12) continue;
      add(null, m[1]!, m.index, m.index + m[0].length, i, lines[i]!.no);
    }
  }
  return out.sort((a, b) => a.index - b.index || a.start - b.start);

  function add(type: string | null, raw: string, from: number, codeEnd: number, index: number, no: number): void {
    const text = lines[index]!.text;
    const code = normalizeDocumentCode(raw);
    let endAt = codeEnd;
    let date: string | null = null;
    const d = DATE_AFTER.exec(text.slice(codeEnd, codeEnd + 80));
    if (d) {
      date = isoDate(Number(d[3] ?? d[5]), Number(d[2] ?? d[4]), Number(d[1]));
      endAt = codeEnd + d[0].length;
    }
    const issuer = readIssuer(text.slice(endAt, endAt + 300));
    const key = `${type ?? ""}|${code}`;
    const ref: FoundReference = {
      type,
      code,
      date,
      issuer,
      quote: text.slice(from, endAt).trim(),
      line: no,
      index,
      start: from,
      end: endAt,
    };
    if (seen.has(key)) {
      // Later mentions still hide their span from the figures.
      out.push({ ...ref, code: "" });
      return;
    }
    seen.add(key);
    out.push(ref);
  }
}

/** Drops the span-only entries kept for masking. */
export function publicReferences(found: readonly FoundReference[]): ExtractedReference[] {
  return found
    .filter((r) => r.code)
    .map(({ type, code, date, issuer, quote, line }) => ({ type, code, date, issuer, quote, line }));
}

function normaliseType(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function isoDate(year: number, month: number, day: number): string | null {
  if (!(year > 1900 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The issuer after "của ...": words up to a verb, a preposition or the end of the clause. */
function readIssuer(after: string): string | null {
  const start = ISSUER_START.exec(after);
  if (!start) return null;
  const words = after.slice(start[0].length).split(/\s+/).slice(0, 16);
  const taken: string[] = [];
  let depth = 0;
  for (let k = 0; k < words.length; k++) {
    let w = words[k]!;
    if (!w) break;
    const lower = w.toLowerCase().replace(/[,.;:)]+$/, "");
    const pair = `${lower} ${(words[k + 1] ?? "").toLowerCase().replace(/[,.;:)]+$/, "")}`;
    if (taken.length && (STOP_WORDS.has(lower) || STOP_PAIRS.has(pair))) break;
    if (lower === "và") {
      const next = words[k + 1] ?? "";
      if (!/^\p{Lu}/u.test(next) || TYPE_STARTS.has(next)) break;
    }
    depth += (w.match(/\(/g) ?? []).length;
    const closes = (w.match(/\)/g) ?? []).length;
    if (closes > depth) {
      w = w.slice(0, w.indexOf(")"));
      if (w) taken.push(w);
      break;
    }
    depth -= closes;
    const punct = /[,.;:]$/.exec(w);
    if (punct) {
      taken.push(w.slice(0, -1));
      const next = words[k + 1] ?? "";
      // "Bộ Văn hóa, Thể thao và Du lịch" is one name with a comma in it.
      if (punct[0] === "," && next === "Thể" && /^thao/u.test(words[k + 2] ?? "")) continue;
      break;
    }
    taken.push(w);
  }
  const issuer = taken.join(" ").trim();
  return issuer || null;
}
