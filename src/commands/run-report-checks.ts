import type { Kysely } from "kysely";
import { checkReport, emptyExtractedReport } from "../check/check-report.js";
import { loadVietnameseDictionary } from "../check/load-vietnamese-dictionary.js";
import type { DateWindow } from "../domain/period.js";
import type { ReportDetail } from "../domain/records.js";
import type { Finding, FindingKind } from "../domain/report.js";
import type { ValueWarning, ValueWarningKind } from "../domain/value-warnings.js";
import { getRegimeById } from "../storage/regimes.js";
import { replaceFindings } from "../storage/report-edits.js";
import { getReportDetail } from "../storage/report-queries.js";
import type { ReportAccessFacts } from "../storage/report-workflow.js";
import type { DB } from "../storage/schema.js";
import { reportSchedule } from "./report-schedule.js";
import { currentValueWarnings } from "./report-value-warnings.js";

/**
 * An authored report as text lines, the way the checks read an imported one: each heading, then its paragraphs.
 * Headings are marked as Markdown headings ("## 3. Lĩnh vực…"): unmarked, a long heading reads as a numbered
 * paragraph, so the headings around it seemed to skip its number ("nhảy từ 2 sang 4").
 */
export function reportLines(report: Pick<ReportDetail, "title" | "sections">): string[] {
  return numberedLines(report).map((l) => l.text);
}

/** The lines of reportLines, each with the id of the section it belongs to (null for the title). */
function numberedLines(report: Pick<ReportDetail, "title" | "sections">): { text: string; sectionId: number | null }[] {
  const lines: { text: string; sectionId: number | null }[] = [{ text: report.title, sectionId: null }];
  for (const s of report.sections) {
    lines.push({
      text: `## ${[s.number ? `${s.number}.` : null, s.title].filter(Boolean).join(" ")}`,
      sectionId: s.id,
    });
    for (const paragraph of s.body.split(/\n+/)) {
      if (paragraph.trim()) lines.push({ text: paragraph.trim(), sectionId: s.id });
    }
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
 * The findings stored when the office compiles: the consistency checks of src/check on the report's text
 * (totals, percentages, document codes, numbering, periods, spelling) and the warnings on its figures.
 * Lines are numbered from 1 in the order of reportLines; figure warnings have no line (0).
 */
export async function runReportChecks(
  lines: readonly string[],
  warnings: readonly ValueWarning[],
  options: { periodWindow?: DateWindow | null; spelling?: boolean } = {},
): Promise<Finding[]> {
  const dictionary = options.spelling === false ? undefined : await loadVietnameseDictionary();
  const textFindings = checkReport({
    lines,
    report: emptyExtractedReport(),
    ...(options.periodWindow ? { periodWindow: options.periodWindow } : {}),
    ...(dictionary ? { dictionary } : {}),
  });
  return [
    ...textFindings,
    ...warnings.map((w) => ({ kind: KIND[w.kind], message: w.message, quote: w.indicator, line: 0 })),
  ];
}

/**
 * Runs the checks on a stored report as it now stands and replaces its findings (keeping dismissals): after
 * compiling and after every saved edit, so the findings shown beside a report always match its text.
 */
export async function recheckReport(
  trx: Kysely<DB>,
  report: Pick<ReportAccessFacts, "id" | "regimeId" | "unitId" | "periodCode">,
  now: Date = new Date(),
): Promise<Finding[]> {
  const detail = await getReportDetail(trx, report.id);
  const regime = report.regimeId !== null ? await getRegimeById(trx, report.regimeId) : null;
  const window = regime ? (await reportSchedule(trx, regime, report.periodCode, "department", now)).window : null;
  const lines = numberedLines(detail);
  const findings = await runReportChecks(
    lines.map((l) => l.text),
    await currentValueWarnings(trx, report),
    { periodWindow: window },
  );
  // A finding points to the section holding its line, so the page can show where it is.
  await replaceFindings(trx, report.id, findings, (line) => lines[line - 1]?.sectionId ?? null);
  return findings;
}
