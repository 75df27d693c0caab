import { renderDocx } from "./docx.js";
import { renderMarkdown } from "./markdown.js";
import { convertDocxToPdf } from "./pdf.js";
import type { RenderableReport } from "./renderable-report.js";

export type DocumentFormat = "docx" | "pdf" | "md";

export const DOCUMENT_FORMATS: readonly DocumentFormat[] = ["docx", "pdf", "md"];

export interface RenderedDocument {
  bytes: Buffer;
  mediaType: string;
  extension: DocumentFormat;
}

const MEDIA_TYPES: Record<DocumentFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  md: "text/markdown; charset=utf-8",
};

/** Renders a report in one format (PDF goes through the .docx and LibreOffice), for the CLI and the API. */
export async function renderDocument(report: RenderableReport, format: DocumentFormat): Promise<RenderedDocument> {
  const bytes =
    format === "md"
      ? Buffer.from(renderMarkdown(report), "utf8")
      : format === "docx"
        ? await renderDocx(report)
        : await convertDocxToPdf(await renderDocx(report));
  return { bytes, mediaType: MEDIA_TYPES[format], extension: format };
}
