import {
  AlignmentType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { mm, pt } from "./docx-layout.js";
import { estimateWidthMm, ruleParagraph } from "./docx-rule.js";
import type { RenderHeader } from "./renderable-report.js";

// Decree 30/2020/NĐ-CP, Appendix I, sections II.1–II.5 and the layout sketch (Mẫu trình bày) of Appendix I:
// left, the governing body (capitals, 12–13 pt, upright) over the issuing agency (capitals, 12–13 pt, bold)
// with a rule 1/3–1/2 of its length, then "Số: …" (13 pt); right, the Quốc hiệu (capitals, 12–13 pt, bold)
// over the Tiêu ngữ (13–14 pt, bold, first letters of its three phrases capitalised, joined by "-" with
// spaces) with a rule as long as the text, then the place and date (13–14 pt, italic) level with "Số".
//
// Widths: the 165 mm between the margins hold "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" at 12 pt bold (74.0 mm) and the
// Quốc hiệu at 12 pt bold (88.3 mm) side by side on one line each; at 13 pt they would need 175.8 mm, so both
// use 12 pt (the Decree allows 12–13) and the cells have no side padding. Longer agency names wrap.
export const HEADER_LEFT_MM = 75;
export const HEADER_RIGHT_MM = 90;

export const QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const TIEU_NGU = "Độc lập - Tự do - Hạnh phúc";
/** Tiêu ngữ at 13 pt bold measures 56.1 mm in Times New Roman. */
const TIEU_NGU_WIDTH_MM = 56.1;

const AGENCY_PT = 12;
const QUOC_HIEU_PT = 12;
const TIEU_NGU_PT = 13;
const NUMBER_PT = 13;
const DATE_PT = 14;

function line(text: string, sizePt: number, style: { bold?: boolean; italics?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: 240 },
    indent: { firstLine: 0 },
    children: [new TextRun({ text, size: pt(sizePt), bold: style.bold ?? false, italics: style.italics ?? false })],
  });
}

function cell(widthMm: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: mm(widthMm), type: WidthType.DXA },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    verticalAlign: VerticalAlign.TOP,
    children,
  });
}

/** The agency rule: 40 % of the agency's printed width (the Decree asks for 1/3 to 1/2). */
function agencyRuleMm(agency: string): number {
  return Math.min(HEADER_LEFT_MM, estimateWidthMm(agency, AGENCY_PT)) * 0.4;
}

/** The page-1 header: a borderless two-column, two-row table (names and motto, then "Số" level with the date). */
export function headerTable(header: RenderHeader): Table {
  const left = [
    ...(header.parentAgency ? [line(header.parentAgency, AGENCY_PT)] : []),
    line(header.agency, AGENCY_PT, { bold: true }),
    ruleParagraph(agencyRuleMm(header.agency), HEADER_LEFT_MM),
  ];
  const right = [
    line(QUOC_HIEU, QUOC_HIEU_PT, { bold: true }),
    line(TIEU_NGU, TIEU_NGU_PT, { bold: true }),
    ruleParagraph(TIEU_NGU_WIDTH_MM, HEADER_RIGHT_MM),
  ];
  const numberCell = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 0, line: 240 },
    indent: { firstLine: 0 },
    children: [new TextRun({ text: header.numberLine, size: pt(NUMBER_PT) })],
  });
  const dateCell = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 0, line: 240 },
    indent: { firstLine: 0 },
    children: [new TextRun({ text: header.placeDateLine, size: pt(DATE_PT), italics: true })],
  });
  return new Table({
    width: { size: mm(HEADER_LEFT_MM + HEADER_RIGHT_MM), type: WidthType.DXA },
    columnWidths: [mm(HEADER_LEFT_MM), mm(HEADER_RIGHT_MM)],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({ children: [cell(HEADER_LEFT_MM, left), cell(HEADER_RIGHT_MM, right)] }),
      new TableRow({ children: [cell(HEADER_LEFT_MM, [numberCell]), cell(HEADER_RIGHT_MM, [dateCell])] }),
    ],
  });
}
