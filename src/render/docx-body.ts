import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { headingLabel } from "../domain/heading-label.js";
import { formatVnNumber } from "../domain/vn-number.js";
import { FIRST_LINE_INDENT, mm, PARAGRAPH_AFTER, pt, TEXT_WIDTH } from "./docx-layout.js";
import { estimateWidthMm, ruleParagraph } from "./docx-rule.js";
import type { RenderableReport, RenderBlock, RenderSection, RenderTable } from "./renderable-report.js";

// Decree 30/2020/NĐ-CP, Appendix I, section II.6: the document type in capitals, bold, 13–14 pt, centred; the
// subject under it, bold, 13–14 pt, with a rule 1/3–1/2 of its length; "Kính gửi:" for documents sent to
// named recipients. Section II.8: the body justified, first-line indent 1–1.27 cm, ≥ 6 pt between paragraphs;
// headings of "Phần", "I.", "1.", "a)" set apart by bold (and italics deeper down).
const TEXT_WIDTH_MM = TEXT_WIDTH / (1440 / 25.4);
const TITLE_PT = 14;

function centred(text: string, options: { bold?: boolean; before?: number; after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { before: options.before ?? 0, after: options.after ?? 0 },
    children: [new TextRun({ text, bold: options.bold ?? false, size: pt(TITLE_PT) })],
  });
}

/** "BÁO CÁO", the subject lines and the rule under them. */
export function titleParagraphs(report: RenderableReport): Paragraph[] {
  const subject = report.subjectLines;
  const longest = Math.max(0, ...subject.map((l) => Math.min(TEXT_WIDTH_MM, estimateWidthMm(l, TITLE_PT))));
  return [
    centred(report.documentType, { bold: true, before: 360 }),
    ...subject.map((l) => centred(l, { bold: true })),
    ...(subject.length > 0 ? [ruleParagraph(Math.max(20, longest * 0.4), TEXT_WIDTH_MM, 240)] : []),
  ];
}

/** "Kính gửi: X." centred for one addressee; a "- X;" list under "Kính gửi:" for several. */
export function addresseeParagraphs(addressees: readonly string[]): Paragraph[] {
  if (addressees.length === 0) return [];
  const spacing = { before: 0, after: 240 };
  if (addressees.length === 1) {
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        spacing,
        children: [new TextRun({ text: `Kính gửi: ${addressees[0]}.`, size: pt(TITLE_PT) })],
      }),
    ];
  }
  // Several addressees: "Kính gửi:" then the first on the same line, the others aligned under it.
  const listStart = mm(55);
  return addressees.map(
    (a, i) =>
      new Paragraph({
        indent: { left: listStart, hanging: i === 0 ? mm(25) : 0 },
        tabStops: [{ type: TabStopType.LEFT, position: listStart }],
        spacing: { before: 0, after: i === addressees.length - 1 ? 240 : 0 },
        children: [
          ...(i === 0 ? [new TextRun({ children: ["Kính gửi:", new Tab()], size: pt(TITLE_PT) })] : []),
          new TextRun({ text: `- ${a}${i === addressees.length - 1 ? "." : ";"}`, size: pt(TITLE_PT) }),
        ],
      }),
  );
}

/** A body paragraph: justified, first-line indent, the document's spacing. */
export function bodyParagraph(text: string, options: { bold?: boolean; italics?: boolean; keepNext?: boolean } = {}) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    keepNext: options.keepNext ?? false,
    children: [new TextRun({ text, bold: options.bold ?? false, italics: options.italics ?? false })],
  });
}

/**
 * The heading's weight by its kind of number, not its depth (a report with "Phần" still sets "1." in bold):
 * "Phần", "I.", "1." bold; "6.1." bold italic; "a)" and unnumbered labels italic.
 */
export function headingStyle(section: Pick<RenderSection, "number">): { bold: boolean; italics: boolean } {
  const number = section.number?.trim() ?? "";
  if (number === "") return { bold: false, italics: true };
  if (/^\d+(?:\.\d+)+$/.test(number)) return { bold: true, italics: true };
  if (/^[a-zđ]$/u.test(number)) return { bold: false, italics: true };
  return { bold: true, italics: false };
}

function cellText(value: string | number | null): string {
  if (value === null) return "";
  return typeof value === "number" ? formatVnNumber(value) : value;
}

/** Column shares in percent: a narrow "TT", a wide label, the figures sharing the rest. */
export function columnWidths(count: number): number[] {
  if (count <= 1) return [100];
  if (count === 2) return [30, 70];
  const rest = 42 / (count - 2);
  return [8, 50, ...Array.from({ length: count - 2 }, () => rest)];
}

/** A table of figures with thin borders; numbers in Vietnamese notation, right-aligned. */
export function figureTable(table: RenderTable): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  const columns = columnWidths(table.columns.length).map((share) => Math.round((share * TEXT_WIDTH) / 100));
  const row = (cells: (string | number | null)[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: cells.map(
        (value, i) =>
          new TableCell({
            width: { size: columns[i] ?? 0, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            children: [
              new Paragraph({
                alignment:
                  header || i === 0
                    ? AlignmentType.CENTER
                    : typeof value === "number"
                      ? AlignmentType.RIGHT
                      : AlignmentType.LEFT,
                indent: { firstLine: 0 },
                spacing: { before: 40, after: 40, line: 240 },
                children: [new TextRun({ text: cellText(value), bold: header, size: pt(13) })],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [row(table.columns, true), ...table.rows.map((r) => row(r, false))],
  });
}

/** The blocks of one section: paragraphs, "- " / "+ " items, tables with their caption. */
export function blockElements(blocks: readonly RenderBlock[]): (Paragraph | Table)[] {
  return blocks.flatMap((block): (Paragraph | Table)[] => {
    if (block.kind === "paragraph") return [bodyParagraph(block.text)];
    if (block.kind === "bullet") {
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: FIRST_LINE_INDENT + block.depth * mm(5) },
          children: [new TextRun(`${block.depth > 0 ? "+" : "-"} ${block.text}`)],
        }),
      ];
    }
    const caption = block.table.caption ? [bodyParagraph(block.table.caption, { italics: true, keepNext: true })] : [];
    // An empty paragraph after a table keeps the next text from touching its border.
    return [...caption, figureTable(block.table), new Paragraph({ spacing: { after: PARAGRAPH_AFTER }, children: [] })];
  });
}

/** Preamble, the outline with its text, and the closing paragraphs. */
export function bodyElements(report: RenderableReport): (Paragraph | Table)[] {
  const sections = report.sections.flatMap((s) => [
    bodyParagraph(headingLabel(s), { ...headingStyle(s), keepNext: true }),
    ...blockElements(s.blocks),
  ]);
  return [...blockElements(report.preamble), ...sections, ...report.closing.map((c) => bodyParagraph(c))];
}
