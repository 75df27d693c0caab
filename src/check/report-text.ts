/**
 * The report's body as the checks read it: Markdown marks removed, lines broken by page breaks joined back
 * into paragraphs, and every character offset traceable to its 1-based source line.
 */

/** A paragraph of the body, possibly joined from several source lines. */
export interface Paragraph {
  text: string;
  /** 1-based line where the paragraph starts. */
  line: number;
  /** Start offset in `text` of each joined source line, with that line's number. */
  pieces: { start: number; line: number }[];
}

/** The body as paragraphs (for sentence-level checks) and as cleaned lines (for line-level checks). */
export interface ReportText {
  paragraphs: Paragraph[];
  /** Every source line, cleaned, with its number (blank lines dropped). */
  lines: { text: string; line: number; isHeading: boolean }[];
}

/** Removes Markdown emphasis and heading marks and the escapes of converted documents. */
export function cleanLine(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\\([*_#\-.[\]()])/g, "$1")
    .replace(/^\s{0,3}#{1,6}\s+/, "")
    .replace(/\*\*|__/g, "")
    .replace(/(^|\s)\*(?=\S)|(?<=\S)\*(?=\s|$)/g, "$1")
    .replace(/[ \t\u00a0]+/g, " ")
    .trim();
}

/** True for a line that Markdown or bold marks as a heading. */
function isMarkedHeading(raw: string): boolean {
  return /^\s{0,3}#{1,6}\s/.test(raw) || /^\s*\*\*[^*]+\*\*\s*$/.test(raw);
}

const ENDS_SENTENCE = /[.:;!?…)"”]$/;
/** "1. ", "2.3. ", "a) ": a new list item, never the continuation of the line before. */
const LIST_MARKER = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\))\s/u;

/** A heading typed in capitals ("III. NHIỆM VỤ TRỌNG TÂM QUÝ III"): the next line starts something new. */
function isUpperCaseLine(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && letters === letters.toUpperCase();
}

/** Joins lines into paragraphs, keeping line numbers; a line cut by a page break continues in lowercase. */
export function buildReportText(rawLines: readonly string[]): ReportText {
  const lines: ReportText["lines"] = [];
  rawLines.forEach((raw, i) => {
    const text = cleanLine(raw);
    if (text) lines.push({ text, line: i + 1, isHeading: isMarkedHeading(raw) });
  });
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  let previousLine = 0;
  for (const l of lines) {
    const continues =
      current !== null &&
      !l.isHeading &&
      !ENDS_SENTENCE.test(current.text) &&
      /^[\p{Ll}\d(]/u.test(l.text) &&
      l.line - previousLine <= 3 &&
      !/^[-+•]\s/.test(l.text) &&
      !LIST_MARKER.test(l.text) &&
      !isUpperCaseLine(current.text);
    if (current && continues) {
      current.pieces.push({ start: current.text.length + 1, line: l.line });
      current.text = `${current.text} ${l.text}`;
    } else {
      current = { text: l.text, line: l.line, pieces: [{ start: 0, line: l.line }] };
      paragraphs.push(current);
    }
    previousLine = l.line;
  }
  return { paragraphs, lines };
}

/** The source line of an offset inside a paragraph. */
export function lineAt(paragraph: Paragraph, offset: number): number {
  let line = paragraph.line;
  for (const p of paragraph.pieces) {
    if (p.start <= offset) line = p.line;
    else break;
  }
  return line;
}

/** Offsets of a piece of a paragraph: start included, end excluded. */
export interface Span {
  start: number;
  end: number;
}

/** Sentence spans of a paragraph: a stop followed by a space and a capital (or the end) closes a sentence. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[.!?…]+(?=\s+[\p{Lu}\d"“(-]|\s*$)/gu;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    // "TP. Trà Vinh", "Đ/c. Nam": a short abbreviation before the stop does not end the sentence.
    const before = text.slice(Math.max(start, m.index - 4), m.index);
    if (/(?:^|\s)(?:TP|Tp|ThS|TS|PGS|GS|Đ\/c|đ\/c|v\.v|St|P)$/.test(before)) continue;
    if (end > start) spans.push({ start, end });
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}
