import type { SourceLine } from "./source-line.js";

const FOOTNOTE_MARKS = /[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g;
const PAGE_ARTEFACT = /^(?:[-–—\s]*\d{1,3}[-–—\s]*|trang\s+\d{1,3}(?:\s*\/\s*\d{1,3})?|[-_=*~]{3,}|<!--.*-->|\f)$/i;
const LIST_START = /^(?:[-+•*–·]\s?\S|\d{1,2}(?:\.\d{1,2}){0,3}\s*[.):]\s|[IVXLC]{1,6}\s*[.):\-–]\s|[a-zđ]\s*[).]\s)/u;
const COLUMN_GAP = /\S(?:\t| {3,})\S/;
const TERMINAL = /(?:[.;:!?…]|\.\/\.)$/;

interface RawLine extends SourceLine {
  blankBefore: number;
}

/** Splits plain text or Markdown converted from PDF into clean lines, joining soft-wrapped pieces. */
export function textToLines(input: string): SourceLine[] {
  // Text without combining marks is already NFC for Vietnamese; normalising it again costs a full copy.
  const nfc = /[\u0300-\u036f]/.test(input) ? input.normalize("NFC") : input;
  const rows = nfc.replace(/\r\n?/g, "\n").split("\n");
  const raw: RawLine[] = [];
  let blank = 0;
  let boldOpen = false;
  for (let i = 0; i < rows.length; i++) {
    const cleaned = cleanMarkdown(rows[i]!, boldOpen);
    boldOpen = cleaned.boldOpenAfter;
    if (!cleaned.text || PAGE_ARTEFACT.test(cleaned.text)) {
      blank++;
      continue;
    }
    const l = cleaned.line;
    raw.push({
      no: i + 1,
      text: l.text,
      headingLevel: l.headingLevel,
      bold: l.bold,
      italic: l.italic,
      blankBefore: blank,
    });
    blank = 0;
  }
  return joinSoftWraps(raw);
}

interface Cleaned {
  text: string;
  line: Omit<SourceLine, "no">;
  boldOpenAfter: boolean;
}

const MARKUP = /[¹²³⁴⁵⁶⁷⁸⁹⁰\u00a0*_#\\]/;

function cleanMarkdown(row: string, boldOpen: boolean): Cleaned {
  if (!boldOpen && !MARKUP.test(row)) {
    const text = row.trim();
    return { text, line: { text, headingLevel: 0, bold: false, italic: false }, boldOpenAfter: false };
  }
  let s = row
    .replace(FOOTNOTE_MARKS, "")
    .replace(/\u00a0/g, " ")
    .trim();
  let headingLevel = 0;
  const hashes = /^(#{1,6})\s+/.exec(s);
  if (hashes) {
    headingLevel = hashes[1]!.length;
    s = s.slice(hashes[0].length);
  }
  const boldMarks = s.split("**").length - 1;
  const bold =
    (boldMarks === 2 && s.startsWith("**") && s.endsWith("**")) ||
    (boldOpen && boldMarks === 1 && s.endsWith("**")) ||
    (boldMarks === 1 && s.startsWith("**") && !boldOpen);
  const boldOpenAfter = boldMarks % 2 === 1 ? !boldOpen : boldOpen;
  s = s.replace(/\*\*|__/g, "").trim();
  let italic = false;
  if (s.length > 2 && s.startsWith("*") && s.endsWith("*") && !s.startsWith("\\*")) {
    italic = true;
    s = s.slice(1, -1).trim();
  } else if (s.length > 2 && s.startsWith("_") && s.endsWith("_")) {
    italic = true;
    s = s.slice(1, -1).trim();
  }
  s = s.replace(/\\([*_#\-.()[\]])/g, "$1").replace(/[ \t]+$/g, "");
  const text = s.replace(/^\s+/, "");
  return { text, line: { text, headingLevel, bold, italic }, boldOpenAfter };
}

function joinSoftWraps(lines: RawLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && shouldJoin(prev, line)) {
      prev.text = `${prev.text} ${line.text}`;
      continue;
    }
    out.push({ no: line.no, text: line.text, headingLevel: line.headingLevel, bold: line.bold, italic: line.italic });
  }
  return out;
}

function shouldJoin(prev: SourceLine, next: RawLine): boolean {
  if (next.blankBefore > 2) return false;
  // Two-column layout lines (header, signature block) are never halves of one sentence.
  if (COLUMN_GAP.test(prev.text) || COLUMN_GAP.test(next.text)) return false;
  if (prev.headingLevel || next.headingLevel || next.bold || prev.bold) return false;
  if (TERMINAL.test(prev.text) || LIST_START.test(next.text)) return false;
  if (isAllCaps(next.text) || isAllCaps(prev.text)) return false;
  const first = next.text.charAt(0);
  if (/[\p{Ll}(]/u.test(first)) return true;
  // A long line cut mid-sentence (PDF or hard-wrapped text) continues even when the next piece starts upper case.
  if (next.blankBefore === 0) return prev.text.length >= 60 && /[\p{Ll},\d]$/u.test(prev.text);
  // Across a blank line (a PDF page break) only a list item or a long paragraph cut after a word continues.
  return (
    /\p{Ll}$/u.test(prev.text) && prev.text.length >= 60 && (LIST_START.test(prev.text) || prev.text.length >= 150)
  );
}

/** True when the line has letters and none of them is lower case ("CÔNG TÁC QUẢN LÝ"). */
export function isAllCaps(text: string): boolean {
  if (/\p{Ll}/u.test(text)) return false;
  const first = text.search(/\p{Lu}/u);
  return first >= 0 && /\p{Lu}/u.test(text.slice(first + 1));
}
