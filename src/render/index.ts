/** The renderer: a report → the Decree 30/2020/NĐ-CP document as .docx, PDF or Markdown. */
export { renderDocx } from "./docx.js";
export { type ExtractedRenderOptions, fromExtracted } from "./from-extracted.js";
export { renderableFromJson } from "./from-json.js";
export { type ContentRenderOptions, fromReportContent } from "./from-report-content.js";
export { renderMarkdown } from "./markdown.js";
export { convertDocxToPdf, isPdfAvailable } from "./pdf.js";
export { DOCUMENT_FORMATS, type DocumentFormat, type RenderedDocument, renderDocument } from "./render-document.js";
export type { RenderableReport, RenderBlock, RenderSection, RenderTable } from "./renderable-report.js";
