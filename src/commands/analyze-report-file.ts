import { extname } from "node:path";
import { checkReport } from "../check/check-report.js";
import { loadVietnameseDictionary } from "../check/load-vietnamese-dictionary.js";
import { UserError } from "../domain/errors.js";
import type { ExtractedReport } from "../domain/report.js";
import { extractLines, textToLines } from "../extract/index.js";
import type { SourceLine } from "../extract/source-line.js";
import { summarizeZip } from "../extract/zip-guard.js";

/** Limits of an uploaded or imported file. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_DOCX_EXPANDED_BYTES = 200 * 1024 * 1024;

const TEXT_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".text"]);
const DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface AnalyzedReport {
  fileName: string;
  mediaType: string;
  /** The report's lines as the checks and line numbers see them (for .docx: one per paragraph). */
  lines: string[];
  /** The recovered structure with the checks' findings filled in. */
  report: ExtractedReport;
}

export interface AnalyzeOptions {
  /** Run the spelling check with the hunspell dictionary (slower to load; on by default). */
  spelling?: boolean;
}

/**
 * Validates one report file's bytes, extracts its structure and runs the checks: the shared core of
 * `baocao extract`, `baocao check`, `baocao import` and the web upload. Bad input is a UserError that says
 * what is wrong with which file, in Vietnamese.
 */
export async function analyzeReportFile(
  fileName: string,
  bytes: Uint8Array,
  options: AnalyzeOptions = {},
): Promise<AnalyzedReport> {
  const { sourceLines, rawLines } = await readSourceLines(fileName, bytes);
  // The checks read the text as written (Markdown included) so their quotes match the file.
  const lines = rawLines ?? toLineArray(sourceLines);
  const report = extractLines(sourceLines);
  const dictionary = options.spelling === false ? undefined : await loadVietnameseDictionary();
  report.findings = checkReport({ lines, report, ...(dictionary ? { dictionary } : {}) });
  const mediaType = extname(fileName).toLowerCase() === ".docx" ? DOCX_MEDIA_TYPE : "text/plain; charset=utf-8";
  return { fileName, mediaType, lines, report };
}

async function readSourceLines(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ sourceLines: SourceLine[]; rawLines?: string[] }> {
  const ext = extname(fileName).toLowerCase();
  const where = { file: fileName };
  if (ext !== ".docx" && !TEXT_EXTENSIONS.has(ext)) {
    throw new UserError(
      "UNSUPPORTED_MEDIA_TYPE",
      `Tệp "${fileName}" có định dạng "${ext || "(không có đuôi)"}" không được hỗ trợ; chỉ nhận .txt, .md hoặc .docx.`,
      where,
    );
  }
  if (bytes.length === 0) throw new UserError("FILE_EMPTY", `Tệp "${fileName}" rỗng.`, where);
  if (bytes.length > MAX_FILE_BYTES) {
    throw new UserError(
      "PAYLOAD_TOO_LARGE",
      `Tệp "${fileName}" lớn ${(bytes.length / 1048576).toFixed(1)} MB, vượt giới hạn ${MAX_FILE_BYTES / 1048576} MB.`,
      where,
    );
  }
  if (ext === ".docx") return { sourceLines: await readDocx(fileName, bytes) };
  if (bytes.includes(0)) {
    throw new UserError("FILE_BINARY", `Tệp "${fileName}" là tệp nhị phân, không phải văn bản.`, where);
  }
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  if (!text.trim()) throw new UserError("FILE_EMPTY", `Tệp "${fileName}" không có nội dung.`, where);
  return { sourceLines: textToLines(text), rawLines: text.normalize("NFC").split(/\r?\n/) };
}

async function readDocx(fileName: string, bytes: Uint8Array): Promise<SourceLine[]> {
  const where = { file: fileName };
  const invalid = () =>
    new UserError("INVALID_DOCX", `Tệp "${fileName}" không phải là tệp Word (.docx) hợp lệ hoặc đã bị hỏng.`, where);
  const zip = summarizeZip(bytes);
  if (!zip) throw invalid();
  if (zip.uncompressedBytes > MAX_DOCX_EXPANDED_BYTES) {
    throw new UserError(
      "PAYLOAD_TOO_LARGE",
      `Tệp "${fileName}" khi giải nén vượt ${MAX_DOCX_EXPANDED_BYTES / 1048576} MB: từ chối để bảo vệ hệ thống.`,
      where,
    );
  }
  const { docxToLines } = await import("../extract/docx-lines.js");
  let lines: SourceLine[];
  try {
    lines = await docxToLines(bytes);
  } catch {
    throw invalid();
  }
  if (!lines.some((l) => l.text.trim()))
    throw new UserError("FILE_EMPTY", `Tệp "${fileName}" không có nội dung.`, where);
  return lines;
}

/** Places each line's text at its line number so that `lines[n - 1]` is line n, as findings cite them. */
function toLineArray(sourceLines: readonly SourceLine[]): string[] {
  const last = sourceLines.reduce((max, l) => Math.max(max, l.no), 0);
  const lines = new Array<string>(last).fill("");
  for (const l of sourceLines) lines[l.no - 1] = lines[l.no - 1] ? `${lines[l.no - 1]} ${l.text}` : l.text;
  return lines;
}
