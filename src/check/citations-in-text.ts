import { DOC_TYPE_WORDS, type DocumentCode, normalizeDocumentCode, parseDocumentCode } from "../domain/citation.js";
import { lineAt, type Paragraph, type ReportText } from "./report-text.js";

/** One citation of a numbered document as written in the text, with its raw spelling kept. */
export interface CitationInText {
  typeWord: string | null;
  /** The code exactly as typed ("185/2019/TT- BQP"). */
  rawCode: string;
  code: DocumentCode;
  /** "Công văn số 742/STTTT-TTBCXB ngày 27/7/2020": type word, code and date. */
  quote: string;
  date: { day: number; month: number; year: number } | null;
  /** The "của ..." that follows, when written. */
  issuer: string | null;
  line: number;
  paragraph: Paragraph;
  start: number;
}

const SYM = "[A-ZĐ][A-Za-zĐđ0-9&]*(?:\\.[A-ZĐ][A-Za-zĐđ0-9&]*)*";
/** A separator inside a code; spaces around it only when a capitalised symbol follows ("TT- BQP"). */
const SEP = "(?:[-/]|\\s*[-/]\\s*(?=[A-ZĐ]{2}))";
const CODE = new RegExp(
  `(?<![\\p{L}\\d/])\\d+[a-z]?(?:\\s*/\\s*\\d{4})?${SEP}${SYM}(?:${SEP}${SYM})*(?![\\p{L}\\d]|[-/])`,
  "gu",
);
const TYPE_BEFORE = new RegExp(`(${DOC_TYPE_WORDS.join("|")})\\s+(?:số\\s*:?\\s*)?$`, "iu");
const DATE_AFTER = /^\s*,?\s*(?:ban hành\s+)?(?:ngày\s*)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u;
const ISSUER_AFTER =
  /^\s*,?\s*của\s+(.+?)(?=\s+(?:về|V\/v|v\/v|quy định|hướng dẫn|phê duyệt|ban hành|triển khai|thực hiện|Quy định)(?!\p{L})|\s+và\s+(?:Nghị|Quyết|Chỉ|Thông|Kế|Công|Chương|Luật|Đề án)|[,;().:]|$)/u;

/** Every document citation of the text, in order. */
export function citationsInText(text: ReportText): CitationInText[] {
  const out: CitationInText[] = [];
  for (const paragraph of text.paragraphs) {
    const s = paragraph.text;
    CODE.lastIndex = 0;
    for (let m = CODE.exec(s); m; m = CODE.exec(s)) {
      const rawCode = m[0].replace(/\.+$/, "");
      const code = parseDocumentCode(rawCode);
      if (!code) continue;
      const typeMatch = TYPE_BEFORE.exec(s.slice(Math.max(0, m.index - 40), m.index));
      const typeWord = typeMatch ? canonicalType(typeMatch[1]!) : null;
      const start = typeMatch ? m.index - typeMatch[0].length : m.index;
      let end = m.index + rawCode.length;
      let rest = s.slice(end);
      const dateMatch = DATE_AFTER.exec(rest);
      const date = dateMatch
        ? { day: Number(dateMatch[1]), month: Number(dateMatch[2]), year: Number(dateMatch[3]) }
        : null;
      if (dateMatch) {
        end += dateMatch[0].length;
        rest = s.slice(end);
      }
      const issuerMatch = ISSUER_AFTER.exec(rest);
      out.push({
        typeWord,
        rawCode,
        code,
        quote: s.slice(start, end).trim(),
        date,
        issuer: issuerMatch ? issuerMatch[1]!.trim() : null,
        line: lineAt(paragraph, m.index),
        paragraph,
        start,
      });
    }
  }
  return out;
}

function canonicalType(word: string): string {
  return DOC_TYPE_WORDS.find((w) => w.toLowerCase() === word.toLowerCase()) ?? word;
}

/** The code with its stray spaces removed, as it should have been typed. */
export function tidyCode(raw: string): string {
  return normalizeDocumentCode(raw);
}
