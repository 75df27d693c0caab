import type { PeriodRef } from "../domain/report.js";
import { foldText } from "../domain/vn-text.js";
import type { ReportText } from "./report-text.js";

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** A period named in a phrase: "tháng 10/2020", "Quý III năm 2020", "6 tháng đầu năm 2020", "năm 2020". */
export interface PeriodMention {
  period: PeriodRef;
  start: number;
  end: number;
  /** The year was written (not inferred). */
  hasYear: boolean;
}

const MENTION =
  /(?<![\p{L}\d])(?:(6|sáu) tháng (đầu|cuối) năm(?: (\d{4}))?|(9|chín) tháng(?: đầu năm)?(?: (\d{4}))?|quý ([IV]{1,3}|[1-4])(?:\s*(?:\/|năm|-)\s*(\d{4}))?|tháng (\d{1,2})(?:\s*(?:\/|năm)\s*(\d{4}))?)(?![\p{L}\d])/giu;

/** Every period named in a text, with its offsets. */
export function periodMentions(text: string, defaultYear: number | null): PeriodMention[] {
  const out: PeriodMention[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) {
    const written = m[3] ?? m[5] ?? m[7] ?? m[9];
    const year = written ? Number(written) : defaultYear;
    if (year === null) continue;
    let period: PeriodRef | null = null;
    if (m[2]) period = { kind: "half", year, index: foldText(m[2]) === "dau" ? 1 : 2 };
    else if (m[4]) period = { kind: "nine_months", year, index: null };
    else if (m[6]) {
      const q = /\d/.test(m[6]) ? Number(m[6]) : (ROMAN[m[6].toLowerCase()] ?? 0);
      if (q >= 1 && q <= 4) period = { kind: "quarter", year, index: q };
    } else if (m[8]) {
      const month = Number(m[8]);
      if (month >= 1 && month <= 12) period = { kind: "month", year, index: month };
    }
    if (period) out.push({ period, start: m.index, end: m.index + m[0].length, hasYear: Boolean(written) });
  }
  return out;
}

const DATE_LINE = /ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/iu;

/** The report's own period read from its title lines, when the extractor did not give one. */
export function inferReportPeriod(text: ReportText): PeriodRef | null {
  for (const l of text.lines.slice(0, 12)) {
    if (DATE_LINE.test(l.text) || /^Số\s*:/iu.test(l.text)) continue;
    const mention = periodMentions(l.text, null).find((x) => x.hasYear);
    if (mention) return mention.period;
    const year = /(?:công tác|tổng kết|báo cáo)[^.]{0,40}?năm (\d{4})/iu.exec(l.text);
    if (year) return { kind: "year", year: Number(year[1]), index: null };
  }
  return null;
}

/** The issue date from the "<place>, ngày ... tháng ... năm ..." line; day and month may be blank. */
export function inferIssueDate(text: ReportText): { year: number; month: number | null; day: number | null } | null {
  for (const l of text.lines.slice(0, 15)) {
    const m = DATE_LINE.exec(l.text);
    if (m) return { year: Number(m[3]), month: m[2] ? Number(m[2]) : null, day: m[1] ? Number(m[1]) : null };
  }
  return null;
}
