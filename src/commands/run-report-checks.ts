import type { ReportDetail } from "../domain/records.js";
import type { Finding, FindingKind } from "../domain/report.js";
import type { ValueWarning, ValueWarningKind } from "./value-warnings.js";

/** An authored report as text lines, the way the checks read an imported one: each heading, then its paragraphs. */
export function reportLines(report: Pick<ReportDetail, "title" | "sections">): string[] {
  const lines = [report.title];
  for (const s of report.sections) {
    lines.push([s.number ? `${s.number}.` : null, s.title].filter(Boolean).join(" "));
    for (const paragraph of s.body.split(/\n+/)) if (paragraph.trim()) lines.push(paragraph.trim());
  }
  return lines;
}

const KIND: Record<ValueWarningKind, FindingKind> = {
  "part-exceeds-total": "arithmetic",
  "ratio-over-100": "percent",
  "cumulative-decreased": "other",
  negative: "other",
};

/**
 * The findings stored when the office compiles: the warnings on the report's figures.
 *
 * TODO(lead, issue 7): src/check (checkReport) is not on the workflow branch yet. Once it is merged, add
 * `checkReport({ lines, report: emptyExtractedReport() })` (lines from reportLines) here so compiling also checks
 * the text (totals, percentages, document codes, numbering, periods).
 */
export function runReportChecks(_lines: readonly string[], warnings: readonly ValueWarning[]): Finding[] {
  return warnings.map((w) => ({ kind: KIND[w.kind], message: w.message, quote: w.indicator, line: 0 }));
}
