import { cutoffWindow, type DateWindow, nextPeriod as followingPeriod, periodFromRef } from "../domain/period.js";
import type { ExtractedReport, Finding, PeriodRef } from "../domain/report.js";
import { checkArithmetic } from "./arithmetic.js";
import { citationsInText } from "./citations-in-text.js";
import { checkCodes } from "./code.js";
import { checkDuplicateText } from "./duplicate-text.js";
import { checkNumbering } from "./numbering.js";
import { checkPercent } from "./percent.js";
import { checkPeriod } from "./period.js";
import { inferIssueDate, inferReportPeriod } from "./report-period.js";
import { buildReportText } from "./report-text.js";
import { checkSpelling, type SyllableDictionary } from "./spelling.js";
import { checkTypeMismatch } from "./type-mismatch.js";

/** What the checks read: the raw lines, whatever structure is known, and the period's dates when known. */
export interface CheckInput {
  /** The report's text, one entry per source line (for .docx: per paragraph). */
  lines: readonly string[];
  /** Whatever structure the extractor recovered; the checks fall back on the raw lines for the rest. */
  report: ExtractedReport;
  /** ISO date of issue, when known better than the report's own header. */
  reportDate?: string;
  /** The data cut-off window of the report's period, when the regime sets one. */
  periodWindow?: DateWindow;
  /** The Vietnamese syllable dictionary; without it only the list of known misspellings is used. */
  dictionary?: SyllableDictionary;
}

/** Runs every consistency check on a report and returns its findings, in line order. */
export function checkReport(input: CheckInput): Finding[] {
  const text = buildReportText(input.lines);
  const citations = citationsInText(text);
  const meta = input.report.meta;
  const period: PeriodRef | null = meta.period ?? inferReportPeriod(text);
  const calendarPeriod = period ? periodFromRef(period) : null;
  const nextPeriod = meta.nextPeriod ?? (calendarPeriod ? followingPeriod(calendarPeriod) : null);
  const issue = issueDateOf(input) ?? inferIssueDate(text);
  const window = input.periodWindow ?? (calendarPeriod ? cutoffWindow(calendarPeriod) : null);
  const reportYear = issue?.year ?? period?.year ?? null;
  const findings = [
    ...checkArithmetic(text),
    ...checkPercent(text),
    ...checkCodes(citations, reportYear, text),
    ...checkTypeMismatch(citations),
    ...checkDuplicateText(text),
    ...checkNumbering(text),
    ...checkPeriod(text, citations, { period, nextPeriod, issue, window }),
    ...checkSpelling(text, input.dictionary),
  ];
  const seen = new Set<string>();
  return findings
    .filter((f) => {
      const key = `${f.kind}|${f.line}|${f.quote}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line);
}

function issueDateOf(input: CheckInput): { year: number; month: number | null; day: number | null } | null {
  if (input.reportDate) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(input.reportDate);
    if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  }
  const { issueYear, issueMonth, issueDay } = input.report.meta;
  return issueYear ? { year: issueYear, month: issueMonth, day: issueDay } : null;
}

/** An ExtractedReport with nothing recovered yet: the checks then read everything from the lines. */
export function emptyExtractedReport(): ExtractedReport {
  return {
    meta: {
      docType: null,
      number: null,
      title: null,
      place: null,
      issueYear: null,
      issueMonth: null,
      issueDay: null,
      province: null,
      period: null,
      nextPeriod: null,
      signerName: null,
      signerTitle: null,
      signingAuthority: null,
      recipients: [],
    },
    headings: [],
    references: [],
    figures: [],
    tasks: [],
    difficulties: [],
    recommendations: [],
    findings: [],
  };
}
