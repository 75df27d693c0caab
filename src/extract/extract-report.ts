import type { ExtractedReport, ExtractedSection } from "../domain/report.js";
import { findFigures, type MaskedSpan } from "./figures.js";
import { readFooter } from "./footer.js";
import { readHeader } from "./header.js";
import { type BodyHeading, findHeadings } from "./headings.js";
import { findItems } from "./items.js";
import { findReferences, publicReferences } from "./references.js";
import { buildMeta } from "./report-meta.js";
import type { SourceLine } from "./source-line.js";
import { textToLines } from "./text-lines.js";

/** What the importer reads: a text or Markdown file's content, or the bytes of a .docx. */
export type ExtractInput = { fileName: string; text: string } | { fileName: string; docx: Uint8Array };

/** Recovers the structure of one report (design/EXTRACT-FORMAT.md) from text, Markdown or .docx. */
export async function extractReport(input: ExtractInput): Promise<ExtractedReport> {
  if ("text" in input) return extractText(input.text);
  const { docxToLines } = await import("./docx-lines.js");
  return extractLines(await docxToLines(input.docx));
}

/** Synchronous extraction of plain text or Markdown converted from PDF. */
export function extractText(text: string): ExtractedReport {
  return extractLines(textToLines(text));
}

/** Extraction over already cleaned lines (shared by the text and the .docx readers). */
export function extractLines(lines: readonly SourceLine[]): ExtractedReport {
  const header = readHeader(lines);
  const footer = readFooter(lines, header.bodyStart);
  const bodyStart = header.bodyStart;
  const bodyEnd = Math.max(footer.start, bodyStart);
  const headings = findHeadings(lines, bodyStart, bodyEnd);
  const numberLine = lines.findIndex((l, i) => i < bodyStart && /^Số\s*[:.]/iu.test(l.text));
  const found = findReferences(lines, 0, lines.length).filter((r) => r.index !== numberLine);
  const masks: MaskedSpan[] = found.map((r) => ({ index: r.index, start: r.start, end: r.end }));
  const figures = findFigures(lines, bodyStart, bodyEnd, masks);
  const items = findItems(lines, bodyStart, bodyEnd, headings);
  return {
    meta: buildMeta(lines, header, footer, headings),
    headings: headings.map(({ number, title, level, line }) => ({ number, title, level, line })),
    references: publicReferences(found),
    figures,
    tasks: items.tasks,
    difficulties: items.difficulties,
    recommendations: items.recommendations,
    findings: [],
    sections: buildSections(lines, bodyStart, bodyEnd, headings),
  };
}

function buildSections(
  lines: readonly SourceLine[],
  start: number,
  end: number,
  headings: readonly BodyHeading[],
): ExtractedSection[] {
  const sections: ExtractedSection[] = [];
  const headingAt = new Map(headings.map((h) => [h.index, h]));
  const covered = new Set(headings.flatMap((h) => (h.lastIndex > h.index ? [h.lastIndex] : [])));
  let current: ExtractedSection = { heading: null, paragraphs: [] };
  for (let i = start; i < end; i++) {
    const h = headingAt.get(i);
    if (h) {
      if (current.heading || current.paragraphs.length) sections.push(current);
      current = { heading: { number: h.number, title: h.title, level: h.level, line: h.line }, paragraphs: [] };
      continue;
    }
    if (covered.has(i)) continue;
    current.paragraphs.push({ text: lines[i]!.text, line: lines[i]!.no });
  }
  if (current.heading || current.paragraphs.length) sections.push(current);
  return sections;
}
