import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun } from "docx";
import { addresseeParagraphs, bodyElements, titleParagraphs } from "./docx-body.js";
import { closingTable } from "./docx-closing.js";
import { headerTable } from "./docx-header.js";
import {
  BODY_SIZE,
  FONT,
  HEADER_DISTANCE,
  LINE_SPACING,
  MARGIN_BOTTOM,
  MARGIN_LEFT,
  MARGIN_RIGHT,
  MARGIN_TOP,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  PARAGRAPH_AFTER,
  pt,
} from "./docx-layout.js";
import type { RenderableReport } from "./renderable-report.js";

// Decree 30/2020/NĐ-CP, Appendix I, section I.6 and II.11: page numbers in Arabic figures, 13–14 pt, centred
// in the top margin, not on the first page. Word does that with a distinct first-page header (titlePage) that
// is left empty.
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        spacing: { before: 0, after: 0 },
        children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(13) })],
      }),
    ],
  });
}

/** The Word document of a report, in the Decree 30 layout. */
export function buildDocxDocument(report: RenderableReport): Document {
  return new Document({
    creator: "baocao",
    title: [report.documentType, ...report.subjectLines].join(" ").normalize("NFC"),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY_SIZE, color: "000000" },
          paragraph: { spacing: { after: PARAGRAPH_AFTER, line: LINE_SPACING } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
            margin: {
              top: MARGIN_TOP,
              bottom: MARGIN_BOTTOM,
              left: MARGIN_LEFT,
              right: MARGIN_RIGHT,
              header: HEADER_DISTANCE,
              footer: HEADER_DISTANCE,
            },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children: [
          headerTable(report.header),
          ...titleParagraphs(report),
          ...addresseeParagraphs(report.addressees),
          ...bodyElements(report),
          // Space between the last paragraph and the signature block.
          new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
          closingTable(report),
        ],
      },
    ],
  });
}

/** Renders a report to .docx bytes. */
export async function renderDocx(report: RenderableReport): Promise<Buffer> {
  return Packer.toBuffer(buildDocxDocument(report));
}
