/** The importer's engine: text, Markdown or .docx → ExtractedReport (design/EXTRACT-FORMAT.md). */
export { type ExtractInput, extractLines, extractReport, extractText } from "./extract-report.js";
export type { SourceLine } from "./source-line.js";
export { textToLines } from "./text-lines.js";
