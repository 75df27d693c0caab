import { headingLabel } from "../domain/heading-label.js";
import { formatVnNumber } from "../domain/vn-number.js";
import { QUOC_HIEU, TIEU_NGU } from "./docx-header.js";
import { recipientLines } from "./recipients.js";
import type { RenderableReport, RenderBlock, RenderTable } from "./renderable-report.js";

// The same document as Markdown, in the shape converted reports take (header lines, "**BÁO CÁO**", numbered
// headings, "- " items, "**Nơi nhận:**", the signature in bold), so baocao's own importer reads it back.

/** Escapes what Markdown would read as emphasis, a heading or a list where the text means it literally. */
function escapeText(text: string): string {
  return text.replace(/([*\\`])/g, "\\$1").replace(/^(#+\s)/, "\\$1");
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function tableLines(table: RenderTable): string[] {
  const cell = (v: string | number | null): string =>
    v === null ? "" : typeof v === "number" ? formatVnNumber(v) : escapeText(v).replaceAll("|", "\\|");
  const align = table.columns.map((_, i) => (i === 0 ? ":---:" : i === 1 ? ":---" : "---:"));
  return [
    ...(table.caption ? [`*${escapeText(table.caption)}*`, ""] : []),
    `| ${table.columns.map(cell).join(" | ")} |`,
    `| ${align.join(" | ")} |`,
    ...table.rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ];
}

/** One block as Markdown lines (a paragraph, a "- " or nested "+ " item, a pipe table). */
function blockLines(block: RenderBlock): string[] {
  if (block.kind === "paragraph") return [escapeText(block.text)];
  if (block.kind === "bullet") return [`${block.depth > 0 ? "  + " : "- "}${escapeText(block.text)}`];
  return tableLines(block.table);
}

/** Paragraphs separated by blank lines; consecutive items of a list stay together. */
function joinBlocks(blocks: readonly RenderBlock[]): string[] {
  const out: string[] = [];
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1];
    const sameList = previous?.kind === "bullet" && block.kind === "bullet";
    if (i > 0 && !sameList) out.push("");
    out.push(...blockLines(block));
  });
  return out;
}

/** Renders a report as Markdown (NFC, "\n" line ends, one blank line between blocks). */
export function renderMarkdown(report: RenderableReport): string {
  const h = report.header;
  const parts: string[][] = [
    ...(h.parentAgency ? [[h.parentAgency]] : []),
    [`**${h.agency}**`],
    // The blanks left for the clerk mean nothing in Markdown (it collapses spaces): one space, as converted
    // reports write it ("Số: /BC-STTTT", "ngày tháng 8 năm 2020"), which the importer reads.
    [collapseSpaces(h.numberLine)],
    [`**${QUOC_HIEU}**`],
    [`**${TIEU_NGU}**`],
    [`*${collapseSpaces(h.placeDateLine)}*`],
    [`**${report.documentType}**`],
    ...report.subjectLines.map((l) => [`**${escapeText(l)}**`]),
  ];
  if (report.addressees.length === 1) parts.push([`Kính gửi: ${escapeText(report.addressees[0] ?? "")}.`]);
  else if (report.addressees.length > 1) {
    parts.push([
      "Kính gửi:",
      ...report.addressees.map((a, i) => `- ${escapeText(a)}${i === report.addressees.length - 1 ? "." : ";"}`),
    ]);
  }
  if (report.preamble.length > 0) parts.push(joinBlocks(report.preamble));
  for (const section of report.sections) {
    parts.push([`${"#".repeat(Math.min(6, section.level + 1))} ${escapeText(headingLabel(section))}`]);
    if (section.blocks.length > 0) parts.push(joinBlocks(section.blocks));
  }
  for (const c of report.closing) parts.push([escapeText(c)]);
  parts.push(["**Nơi nhận:**", ...recipientLines(report.recipients).map(escapeText)]);
  const sig = report.signature;
  for (const l of [sig.authorityLine, sig.titleLine]) if (l) parts.push([`**${l}**`]);
  if (sig.signerName) parts.push([`**${sig.signerName}**`]);
  // A line break inside "**UBND …**" would join header lines: each part is its own Markdown paragraph.
  return `${parts.map((p) => p.join("\n")).join("\n\n")}\n`.normalize("NFC");
}
