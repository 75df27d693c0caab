import type { ExtractedHeading, ExtractedItem, ExtractedReport } from "../domain/report.js";
import { foldText } from "../domain/vn-text.js";
import { documentTypeTitle } from "./from-report-content.js";
import { formatNumberLine } from "./number-line.js";
import { formatPlaceDate } from "./place-date.js";
import { stripInlineMarkdown } from "./plain-text.js";
import { normalizeRecipients } from "./recipients.js";
import type { RenderableReport, RenderBlock, RenderSection } from "./renderable-report.js";
import { blockOfLine } from "./section-body.js";
import { buildSignature, vnUpper } from "./signature.js";

export interface ExtractedRenderOptions {
  /** Overrides the agency found in the header ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG" by default). */
  agencyName?: string | null;
  /** Overrides the governing body found in the header ("UBND TỈNH <province>" by default). */
  parentAgencyName?: string | null;
}

const DEFAULT_AGENCY = "Sở Thông tin và Truyền thông";
const CLOSING = /^trên đây là\s/iu;
const RECIPIENTS = /^nơi nhận\s*:?/iu;
const ADDRESSEE = /^kính gửi\s*:?\s*(.*)$/iu;
const NUMBER_LINE = /^số\s*:\s*(\S*\s*\/\s*\S+)/iu;

/** The "Số: …/BC-STTTT" of the source's header, spaces removed, when the extraction has no number. */
function numberOfSource(source: string | undefined): string | null {
  if (!source) return null;
  for (const line of source.split(/\r?\n/, 40)) {
    const m = NUMBER_LINE.exec(stripInlineMarkdown(line));
    if (m) return (m[1] ?? "").replace(/\s+/g, "");
  }
  return null;
}

interface Body {
  preamble: RenderBlock[];
  sections: RenderSection[];
  closing: string[];
  addressees: string[];
}

function sectionOf(heading: ExtractedHeading): RenderSection {
  return {
    number: heading.number ? stripInlineMarkdown(heading.number).replace(/[.)]+$/, "") : null,
    title: stripInlineMarkdown(heading.title),
    level: Math.max(1, heading.level),
    blocks: [],
  };
}

/** Moves the "Trên đây là ..." paragraphs at the end of the last section to the closing. */
function takeClosing(sections: RenderSection[], preamble: RenderBlock[]): string[] {
  const last = sections[sections.length - 1];
  const blocks = last ? last.blocks : preamble;
  const at = blocks.findIndex((b) => b.kind === "paragraph" && CLOSING.test(b.text));
  if (at < 0) return [];
  const closing = blocks.splice(at).flatMap((b) => (b.kind === "table" ? [] : [b.text]));
  return closing;
}

/** The body from the extracted sections (heading + paragraphs). */
function bodyOfSections(report: ExtractedReport): Body {
  const preamble: RenderBlock[] = [];
  const sections: RenderSection[] = [];
  for (const part of report.sections ?? []) {
    const blocks = part.paragraphs.map((p) => blockOfLine(p.text, true)).filter((b): b is RenderBlock => b !== null);
    if (part.heading) sections.push({ ...sectionOf(part.heading), blocks });
    else if (sections.length === 0) preamble.push(...blocks);
    else sections[sections.length - 1]?.blocks.push(...blocks);
  }
  return { preamble, sections, closing: takeClosing(sections, preamble), addressees: [] };
}

/** Where the body text starts: after "Kính gửi" and its addressee lines, or after the subject line. */
function bodyStart(
  lines: readonly string[],
  end: number,
  title: string | null,
): { start: number; addressees: string[] } {
  const plain = lines.slice(0, end).map(stripInlineMarkdown);
  const kg = plain.findIndex((l) => ADDRESSEE.test(l));
  if (kg >= 0) {
    const addressees: string[] = [];
    const first = ADDRESSEE.exec(plain[kg] ?? "")?.[1]?.trim();
    if (first) addressees.push(first);
    let i = kg + 1;
    for (; i < end; i++) {
      const l = plain[i] ?? "";
      if (l === "") continue;
      if (!/^[-–]\s/u.test(l)) break;
      addressees.push(l);
    }
    return { start: i, addressees: addressees.map((a) => a.replace(/^[-–]\s*/u, "").replace(/[\s.;]+$/u, "")) };
  }
  const folded = title ? foldText(title) : null;
  // The subject may run over several lines: the body starts after the last of them.
  const titleLine = folded ? plain.findLastIndex((l) => l.length >= 8 && folded.includes(foldText(l))) : -1;
  if (titleLine >= 0) return { start: titleLine + 1, addressees: [] };
  const typeLine = plain.findIndex((l) => /^báo cáo$/iu.test(l));
  return { start: typeLine >= 0 ? typeLine + 1 : end, addressees: [] };
}

function headingText(line: string): string {
  return foldText(stripInlineMarkdown(line.replace(/^\s*#+\s*/, "")).replace(/^[*\s]+/, ""));
}

function isHeadingLine(line: string, heading: ExtractedHeading): boolean {
  const text = headingText(line);
  const title = foldText(stripInlineMarkdown(heading.title)).replace(/^[*\s]+/, "");
  if (!title || (!text.endsWith(title.replace(/[.:;]+$/, "")) && !text.includes(title))) return false;
  // A paragraph that merely mentions the title is much longer than the heading line.
  return text.length <= title.length + (heading.number?.length ?? 0) + 12;
}

/**
 * The 0-based line of each heading: its own `line` when that line holds the heading, otherwise the next line
 * after the previous heading that does (annotations without lines, .docx paragraph indexes). -1 when not found.
 */
export function locateHeadings(lines: readonly string[], headings: readonly ExtractedHeading[]): number[] {
  const found: number[] = [];
  let from = 0;
  for (const heading of headings) {
    const given = heading.line - 1;
    let at = given >= from && isHeadingLine(lines[given] ?? "", heading) ? given : -1;
    for (let i = from; at < 0 && i < lines.length; i++) if (isHeadingLine(lines[i] ?? "", heading)) at = i;
    found.push(at);
    if (at >= 0) from = at + 1;
  }
  return found;
}

/** The body cut from the source text at the headings' lines. */
function bodyOfSource(report: ExtractedReport, source: string): Body {
  const lines = source.split(/\r?\n/);
  const headings = report.headings;
  const at = locateHeadings(lines, headings);
  const placed = at.filter((i) => i >= 0);
  const firstHeading = placed[0] ?? lines.length;
  const recipientsAt = lines.findIndex((l, i) => i >= firstHeading && RECIPIENTS.test(stripInlineMarkdown(l)));
  const end = recipientsAt >= 0 ? recipientsAt : lines.length;
  const { start, addressees } = bodyStart(lines, firstHeading, report.meta.title);
  const blocksBetween = (from: number, to: number): RenderBlock[] =>
    lines
      .slice(from, to)
      .map((l) => blockOfLine(l, true))
      .filter((b): b is RenderBlock => b !== null);
  const preamble = blocksBetween(start, firstHeading);
  const sections = headings.map((h, i) => {
    const line = at[i] ?? -1;
    if (line < 0) return sectionOf(h);
    const next = at.slice(i + 1).find((n) => n >= 0) ?? end;
    return { ...sectionOf(h), blocks: blocksBetween(line + 1, Math.min(end, next)) };
  });
  return { preamble, sections, closing: takeClosing(sections, preamble), addressees };
}

/** The source's "Trên đây là …" closing paragraph, which an importer may leave out of its sections. */
function closingOfSource(source: string | undefined): string[] {
  if (!source) return [];
  const lines = source.split(/\r?\n/).map(stripInlineMarkdown);
  const at = lines.findLastIndex((l) => CLOSING.test(l));
  return at >= 0 ? [lines[at] ?? ""] : [];
}

/** Without text: the outline, with each planned task, difficulty and recommendation under its heading. */
function bodyOfItems(report: ExtractedReport): Body {
  const headings = [...report.headings].sort((a, b) => a.line - b.line);
  const sections = headings.map(sectionOf);
  const items: ExtractedItem[] = [...report.tasks, ...report.difficulties, ...report.recommendations];
  for (const item of items.sort((a, b) => a.line - b.line)) {
    const at = headings.findLastIndex((h) => h.line <= item.line);
    sections[at]?.blocks.push({ kind: "bullet", text: stripInlineMarkdown(item.text), depth: 0 });
  }
  return { preamble: [], sections, closing: [], addressees: [] };
}

/** Builds the printable report from an extraction; the source text, when given, supplies the body's paragraphs. */
export function fromExtracted(
  report: ExtractedReport,
  sourceText?: string,
  options: ExtractedRenderOptions = {},
): RenderableReport {
  const meta = report.meta;
  const body =
    report.sections && report.sections.length > 0
      ? bodyOfSections(report)
      : sourceText !== undefined
        ? bodyOfSource(report, sourceText)
        : bodyOfItems(report);
  const parent = options.parentAgencyName ?? meta.parentAgency ?? (meta.province ? `UBND tỉnh ${meta.province}` : null);
  const addressees = meta.addressees && meta.addressees.length > 0 ? meta.addressees : body.addressees;
  const closing = body.closing.length > 0 ? body.closing : closingOfSource(sourceText);
  return {
    header: {
      parentAgency: parent ? vnUpper(stripInlineMarkdown(parent)) : null,
      agency: vnUpper(stripInlineMarkdown(options.agencyName ?? meta.agency ?? DEFAULT_AGENCY)),
      numberLine: formatNumberLine(meta.number ?? numberOfSource(sourceText), meta.docType ?? "BC"),
      placeDateLine: formatPlaceDate(meta.place ?? meta.province, {
        day: meta.issueDay,
        month: meta.issueMonth,
        year: meta.issueYear,
      }),
    },
    documentType: documentTypeTitle(meta.docType),
    subjectLines: meta.title ? [stripInlineMarkdown(meta.title)] : [],
    addressees: addressees.map((a) => stripInlineMarkdown(a).replace(/[\s.;]+$/u, "")).filter((a) => a !== ""),
    preamble: body.preamble,
    sections: body.sections,
    closing,
    recipients: normalizeRecipients(meta.recipients),
    signature: buildSignature({
      signingAuthority: meta.signingAuthority,
      signerTitle: meta.signerTitle,
      signerName: meta.signerName,
    }),
  };
}
