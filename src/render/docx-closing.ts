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
import { recipientLines } from "./recipients.js";
import type { RenderableReport } from "./renderable-report.js";

// Decree 30/2020/NĐ-CP, Appendix I, section II.7: on the right, the signing authority ("KT.", "TM.", "Q.",
// "TL.", "TUQ.") and title in capitals, bold, 13–14 pt, space for the signature and seal, the name in bold
// 13–14 pt; section II.9: on the left, level with the signer's title, "Nơi nhận:" in bold italic 12 pt and its
// entries in 11 pt, each "- …;" and the last "- Lưu: VT, …".
export const CLOSING_LEFT_MM = 80;
export const CLOSING_RIGHT_MM = 85;
const SIGNATURE_PT = 14;
/** Room for the handwritten signature and the seal, about 30 mm. */
const SIGNATURE_SPACE = mm(30);

function recipientParagraph(text: string, first: boolean): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    indent: { firstLine: 0 },
    spacing: { before: 0, after: 0, line: 240 },
    children: [
      first ? new TextRun({ text, bold: true, italics: true, size: pt(12) }) : new TextRun({ text, size: pt(11) }),
    ],
  });
}

function signatureParagraph(text: string, before = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { before, after: 0, line: 240 },
    children: [new TextRun({ text, bold: true, size: pt(SIGNATURE_PT) })],
  });
}

/** The closing: a borderless two-column table, "Nơi nhận" left and the signature block right. */
export function closingTable(report: RenderableReport): Table {
  const sig = report.signature;
  const left = [
    recipientParagraph("Nơi nhận:", true),
    ...recipientLines(report.recipients).map((l) => recipientParagraph(l, false)),
  ];
  const titleLines = [sig.authorityLine, sig.titleLine].filter((l): l is string => l !== null);
  const right = [
    ...titleLines.map((l) => signatureParagraph(l)),
    signatureParagraph(sig.signerName ?? "", SIGNATURE_SPACE),
  ];
  const cell = (widthMm: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: mm(widthMm), type: WidthType.DXA },
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
      verticalAlign: VerticalAlign.TOP,
      children,
    });
  return new Table({
    width: { size: mm(CLOSING_LEFT_MM + CLOSING_RIGHT_MM), type: WidthType.DXA },
    columnWidths: [mm(CLOSING_LEFT_MM), mm(CLOSING_RIGHT_MM)],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [cell(CLOSING_LEFT_MM, left), cell(CLOSING_RIGHT_MM, right)] })],
  });
}
