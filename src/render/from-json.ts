import { UserError } from "../domain/errors.js";
import type { ExtractedReport, ReportContent } from "../domain/report.js";
import { fromExtracted } from "./from-extracted.js";
import { type ContentRenderOptions, fromReportContent } from "./from-report-content.js";
import type { RenderableReport } from "./renderable-report.js";

// A JSON file given to `baocao render --from-json` is either stored content (ReportContent: "sections" with
// "body") or an importer's output (ExtractedReport: "meta" and "headings"); the shape tells which.

const DEFAULT_AGENCY = "Sở Thông tin và Truyền thông";
const DEFAULT_SYMBOL = "STTTT";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function invalid(file: string, field: string, what: string): UserError {
  return new UserError("RENDER_INPUT_INVALID", `Tệp ${file}: trường "${field}" ${what}.`, { file, field });
}

function requireString(obj: Record<string, unknown>, field: string, file: string, path = field): void {
  if (typeof obj[field] !== "string") throw invalid(file, path, "phải là một chuỗi");
}

function requireArray(obj: Record<string, unknown>, field: string, file: string, path = field): unknown[] {
  const value = obj[field];
  if (!Array.isArray(value)) throw invalid(file, path, "phải là một danh sách");
  return value;
}

function checkContent(value: Record<string, unknown>, file: string): ReportContent {
  requireString(value, "title", file);
  requireString(value, "docType", file);
  requireArray(value, "recipients", file);
  requireArray(value, "tasks", file);
  const sections = requireArray(value, "sections", file);
  sections.forEach((s, i) => {
    if (!isRecord(s)) throw invalid(file, `sections[${i}]`, "phải là một đối tượng");
    requireString(s, "title", file, `sections[${i}].title`);
    requireString(s, "body", file, `sections[${i}].body`);
    if (typeof s.level !== "number") throw invalid(file, `sections[${i}].level`, "phải là một số");
  });
  return value as unknown as ReportContent;
}

function checkExtracted(value: Record<string, unknown>, file: string): ExtractedReport {
  if (!isRecord(value.meta)) throw invalid(file, "meta", "phải là một đối tượng");
  requireArray(value.meta, "recipients", file, "meta.recipients");
  const headings = requireArray(value, "headings", file);
  headings.forEach((h, i) => {
    if (!isRecord(h) || typeof h.title !== "string") throw invalid(file, `headings[${i}]`, "phải có title (chuỗi)");
    // Reference annotations have no lines: the renderer then finds each heading in the source by its text.
    if (typeof h.line !== "number") h.line = 0;
    if (typeof h.level !== "number") h.level = 1;
  });
  for (const list of ["tasks", "difficulties", "recommendations"]) {
    if (value[list] === undefined) value[list] = [];
    requireArray(value, list, file);
  }
  return value as unknown as ExtractedReport;
}

/** Parses a ReportContent or ExtractedReport JSON text into a printable report; a UserError says what is wrong. */
export function renderableFromJson(
  text: string,
  file: string,
  options: Partial<ContentRenderOptions> = {},
  sourceText?: string,
): RenderableReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError("RENDER_INPUT_INVALID", `Tệp ${file} không phải JSON hợp lệ: ${(error as Error).message}`, {
      file,
    });
  }
  if (!isRecord(value)) throw invalid(file, "(gốc)", "phải là một đối tượng JSON");
  if ("meta" in value) {
    return fromExtracted(checkExtracted(value, file), sourceText, {
      agencyName: options.agencyName ?? null,
      parentAgencyName: options.parentAgencyName ?? null,
    });
  }
  if ("sections" in value) {
    return fromReportContent(checkContent(value, file), {
      ...options,
      agencyName: options.agencyName ?? DEFAULT_AGENCY,
      parentAgencyName: options.parentAgencyName ?? null,
      agencySymbol: options.agencySymbol ?? DEFAULT_SYMBOL,
    });
  }
  throw new UserError(
    "RENDER_INPUT_INVALID",
    `Tệp ${file}: không nhận ra nội dung báo cáo (cần "sections" của ReportContent hoặc "meta" của kết quả trích xuất).`,
    { file },
  );
}
