import { nextPeriod, parsePeriodCode } from "../domain/period.js";
import type { Finding, ReportContent } from "../domain/report.js";
import { checkReport, emptyExtractedReport } from "./check-report.js";
import type { SyllableDictionary } from "./spelling.js";

/**
 * The text of a stored report as the checks read it: title, then each section's heading ("2. Viễn thông") and its
 * body, one line per paragraph or list item. Finding lines refer to this text.
 */
export function reportContentLines(content: ReportContent): string[] {
  const lines = ["BÁO CÁO", content.title, ""];
  for (const section of content.sections) {
    const heading = section.number ? `${section.number}. ${section.title}` : section.title;
    lines.push(`## ${heading}`, "");
    for (const paragraph of section.body.split(/\n\s*\n/)) {
      for (const line of paragraph.split("\n")) if (line.trim()) lines.push(line);
      lines.push("");
    }
  }
  return lines;
}

/** Runs the checks on a stored (authored or imported) report, again after every change. */
export function checkReportContent(content: ReportContent, dictionary?: SyllableDictionary): Finding[] {
  const report = emptyExtractedReport();
  try {
    const period = parsePeriodCode(content.periodCode);
    report.meta.period = { kind: period.kind, year: period.year, index: period.index ?? null };
    const next = nextPeriod(period);
    report.meta.nextPeriod = { kind: next.kind, year: next.year, index: next.index ?? null };
  } catch {
    // A period code the domain does not know ("ytd", thematic reports): judge without a period.
  }
  return checkReport({
    lines: reportContentLines(content),
    report,
    ...(content.issuedOn ? { reportDate: content.issuedOn } : {}),
    ...(dictionary ? { dictionary } : {}),
  });
}
