/**
 * Reporting periods: month, quarter, half-year, nine months and year; their codes ("2020-10", "2020-Q3",
 * "2022-H1", "2022-9M", "2021"), labels, order, and the Decree 09/2019/NĐ-CP cut-off windows and deadlines.
 */
import { UserError } from "./errors.js";
import { addMonths, clampedDate, daysBetween, formatVietnameseDate, parseIsoDate } from "./iso-date.js";
import { unitKindLabel } from "./org-unit.js";
import type { CutoffRule, DeadlineRule, Frequency } from "./regime.js";
import type { PeriodKind, PeriodRef } from "./report.js";
import { type Holidays, workingDayOnOrAfter, workingDaysBetween } from "./working-days.js";

export { workingDaysBetween } from "./working-days.js";

/** The period kinds that have a calendar extent (PeriodKind without "ytd" and "other"). */
export type CalendarPeriodKind = Exclude<PeriodKind, "ytd" | "other">;

/** A reporting period; `index` is the month 1–12, quarter 1–4 or half 1–2, and 1 (or absent) otherwise. */
export interface Period {
  kind: CalendarPeriodKind;
  year: number;
  index?: number | null;
}

/** A (year, month) pair, month 1–12. */
export interface YearMonth {
  year: number;
  month: number;
}

/** An inclusive range of ISO dates. */
export interface DateWindow {
  from: string;
  to: string;
}

/** Decree 09/2019/NĐ-CP Art. 12: from the 15th of the month before the period to the 14th of its last month. */
export const DECREE_09_CUTOFF: CutoffRule = { startDay: 15, endDay: 14, startInPreviousMonth: true };

export const CALENDAR_PERIOD_KINDS: readonly CalendarPeriodKind[] = ["month", "quarter", "half", "nine_months", "year"];

const MAX_INDEX: Record<CalendarPeriodKind, number> = { month: 12, quarter: 4, half: 2, nine_months: 1, year: 1 };
const MONTHS_PER_INDEX: Record<CalendarPeriodKind, number> = {
  month: 1,
  quarter: 3,
  half: 6,
  nine_months: 9,
  year: 12,
};
const ROMAN = ["I", "II", "III", "IV"];
const ENGLISH_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const CODE_HELP =
  "cần dạng 2020-10 (tháng), 2020-Q3 (quý), 2022-H1 hoặc 2022-H2 (6 tháng), 2022-9M (9 tháng), 2021 (năm)";

function badCode(code: string, why: string, field: string): UserError {
  return new UserError("invalid_period", `Mã kỳ báo cáo "${code}" không hợp lệ: ${why}.`, { field });
}

/** The period's index, with the implicit 1 of years and nine-month periods filled in (a month without one fails). */
export function periodIndex(period: Period): number {
  return validatePeriod(period).index;
}

/** Checks a period object; a wrong kind, year or index is a UserError in Vietnamese. */
export function validatePeriod(period: Period, field = "period"): Period & { index: number } {
  if (!CALENDAR_PERIOD_KINDS.includes(period.kind)) {
    throw new UserError("invalid_period", `Loại kỳ báo cáo "${String(period.kind)}" không hợp lệ.`, { field });
  }
  if (!Number.isInteger(period.year) || period.year < 1000 || period.year > 9999) {
    throw new UserError("invalid_period", `Năm của kỳ báo cáo "${period.year}" không hợp lệ.`, { field });
  }
  const max = MAX_INDEX[period.kind];
  const index = period.index ?? (max === 1 ? 1 : null);
  if (index === null || !Number.isInteger(index) || index < 1 || index > max) {
    const what = { month: "tháng", quarter: "quý", half: "nửa năm", nine_months: "kỳ 9 tháng", year: "kỳ năm" };
    throw new UserError(
      "invalid_period",
      `Số thứ tự ${what[period.kind]} "${String(period.index)}" không hợp lệ: phải từ 1 đến ${max}.`,
      { field },
    );
  }
  return { kind: period.kind, year: period.year, index };
}

/** Parses "2020-10", "2020-Q3", "2022-H1", "2022-9M" or "2021" (case-insensitive, surrounding spaces ignored). */
export function parsePeriodCode(code: string, field = "periodCode"): Period {
  const text = code.trim().toUpperCase();
  const match = /^(\d{4})(?:-(.+))?$/.exec(text);
  if (!match) throw badCode(code, CODE_HELP, field);
  const year = Number(match[1]);
  const rest = match[2];
  if (rest === undefined) return { kind: "year", year, index: 1 };
  if (rest === "9M") return { kind: "nine_months", year, index: 1 };
  let found: RegExpExecArray | null = /^(\d{1,2})$/.exec(rest);
  if (found) {
    const month = Number(found[1]);
    if (month < 1 || month > 12) throw badCode(code, "tháng phải từ 01 đến 12", field);
    return { kind: "month", year, index: month };
  }
  found = /^Q(\d+)$/.exec(rest);
  if (found) {
    const quarter = Number(found[1]);
    if (quarter < 1 || quarter > 4) throw badCode(code, "quý phải từ Q1 đến Q4", field);
    return { kind: "quarter", year, index: quarter };
  }
  found = /^H(\d+)$/.exec(rest);
  if (found) {
    const half = Number(found[1]);
    if (half < 1 || half > 2) throw badCode(code, "nửa năm phải là H1 (6 tháng đầu) hoặc H2 (6 tháng cuối)", field);
    return { kind: "half", year, index: half };
  }
  throw badCode(code, CODE_HELP, field);
}

/** The canonical code of a period: "2020-10", "2020-Q3", "2022-H1", "2022-9M", "2021". */
export function formatPeriodCode(period: Period): string {
  const { kind, year, index } = validatePeriod(period);
  switch (kind) {
    case "month":
      return `${year}-${String(index).padStart(2, "0")}`;
    case "quarter":
      return `${year}-Q${index}`;
    case "half":
      return `${year}-H${index}`;
    case "nine_months":
      return `${year}-9M`;
    case "year":
      return String(year);
  }
}

/** The period of the extraction contract as a calendar period, or null for "ytd" / "other" / a bad index. */
export function periodFromRef(ref: PeriodRef): Period | null {
  if (ref.kind === "ytd" || ref.kind === "other") return null;
  try {
    return validatePeriod({ kind: ref.kind, year: ref.year, index: ref.index ?? null });
  } catch {
    return null;
  }
}

function shift(period: Period, step: 1 | -1): Period {
  const { kind, year, index } = validatePeriod(period);
  const max = MAX_INDEX[kind];
  const position = year * max + (index - 1) + step;
  return { kind, year: Math.floor(position / max), index: (position % max) + 1 };
}

/** The period of the same kind just before (December 2020 before January 2021; H2 before the next H1). */
export function previousPeriod(period: Period): Period {
  return shift(period, -1);
}

/** The period of the same kind just after. */
export function nextPeriod(period: Period): Period {
  return shift(period, 1);
}

/** First and last calendar month of the period (a nine-month period is January–September). */
export function periodMonths(period: Period): { first: YearMonth; last: YearMonth } {
  const { kind, year, index } = validatePeriod(period);
  const span = MONTHS_PER_INDEX[kind];
  const firstMonth = (index - 1) * span + 1;
  return { first: { year, month: firstMonth }, last: { year, month: firstMonth + span - 1 } };
}

/** The calendar days a period covers, first to last (not its cut-off window): 2024-Q1 → 2024-01-01..2024-03-31. */
export function periodDateRange(period: Period): DateWindow {
  const { first, last } = periodMonths(period);
  return { from: clampedDate(first.year, first.month, 1), to: clampedDate(last.year, last.month, 31) };
}

/** Every period of a kind in a year, in order (12 months, 4 quarters, 2 halves, one 9-month, one year). */
export function periodsInYear(kind: CalendarPeriodKind, year: number): Period[] {
  return Array.from({ length: MAX_INDEX[kind] }, (_, i) => validatePeriod({ kind, year, index: i + 1 }));
}

/** Orders periods by their last month, then the shorter first (October before Q4 before the year). */
export function comparePeriods(a: Period, b: Period): number {
  const aMonths = periodMonths(a);
  const bMonths = periodMonths(b);
  const aEnd = aMonths.last.year * 12 + aMonths.last.month;
  const bEnd = bMonths.last.year * 12 + bMonths.last.month;
  if (aEnd !== bEnd) return aEnd - bEnd;
  return MONTHS_PER_INDEX[a.kind] - MONTHS_PER_INDEX[b.kind];
}

/** The label of a period: Vietnamese "quý III năm 2020" (default) or English "Q3 2020". */
export function periodLabel(period: Period, locale: "vi" | "en" = "vi"): string {
  const { kind, year, index } = validatePeriod(period);
  if (locale === "en") {
    switch (kind) {
      case "month":
        return `${ENGLISH_MONTHS[index - 1]} ${year}`;
      case "quarter":
        return `Q${index} ${year}`;
      case "half":
        return `${index === 1 ? "first" : "second"} half of ${year}`;
      case "nine_months":
        return `first nine months of ${year}`;
      case "year":
        return `year ${year}`;
    }
  }
  switch (kind) {
    case "month":
      return `tháng ${index}/${year}`;
    case "quarter":
      return `quý ${ROMAN[index - 1]} năm ${year}`;
    case "half":
      return `6 tháng ${index === 1 ? "đầu" : "cuối"} năm ${year}`;
    case "nine_months":
      return `9 tháng năm ${year}`;
    case "year":
      return `năm ${year}`;
  }
}

/** Problems of a cut-off rule in Vietnamese (days outside 1–31, an empty window); empty when it is sound. */
export function validateCutoffRule(rule: CutoffRule): string[] {
  const problems: string[] = [];
  for (const [name, day] of [
    ["ngày bắt đầu", rule.startDay],
    ["ngày kết thúc", rule.endDay],
  ] as const) {
    if (!Number.isInteger(day) || day < 1 || day > 31)
      problems.push(`Ngày chốt số liệu: ${name} ${day} phải từ 1 đến 31.`);
  }
  if (!rule.startInPreviousMonth && rule.startDay > rule.endDay) {
    problems.push(
      `Ngày chốt số liệu: bắt đầu ngày ${rule.startDay} và kết thúc ngày ${rule.endDay} trong cùng tháng thì kỳ báo cáo tháng không có ngày nào.`,
    );
  }
  return problems;
}

/**
 * The data cut-off window of a period: `startDay` of the month before its first month (or of the first month)
 * to `endDay` of its last month, days clamped to the month's length (endDay 31 in February → 28 or 29).
 */
export function cutoffWindow(period: Period, rule: CutoffRule = DECREE_09_CUTOFF): DateWindow {
  const { first, last } = periodMonths(period);
  // A regime may move the whole window by whole months (monthShift -1: Q3 = 15/5 → 14/8) so that its
  // deadline falls after the window closes.
  const shift = rule.monthShift ?? 0;
  const start = addMonths(first.year, first.month, (rule.startInPreviousMonth ? -1 : 0) + shift);
  const end = addMonths(last.year, last.month, shift);
  return {
    from: clampedDate(start.year, start.month, rule.startDay),
    to: clampedDate(end.year, end.month, rule.endDay),
  };
}

function periodOfMonth(kind: CalendarPeriodKind, year: number, month: number): Period {
  if (kind === "nine_months" || kind === "year") return { kind, year, index: 1 };
  return { kind, year, index: Math.floor((month - 1) / MONTHS_PER_INDEX[kind]) + 1 };
}

/**
 * The period of `kind` whose cut-off window contains `date` (20/12/2020 is in the window of year 2021 under
 * Decree 09), the earliest one if a rule makes windows overlap, or null when none does (October for "9M").
 */
export function periodContaining(
  date: string,
  kind: CalendarPeriodKind,
  rule: CutoffRule = DECREE_09_CUTOFF,
): Period | null {
  const { year, month } = parseIsoDate(date);
  const base = periodOfMonth(kind, year, month);
  let candidate = previousPeriod(previousPeriod(base));
  for (let i = 0; i < 5; i++) {
    const window = cutoffWindow(candidate, rule);
    if (window.from <= date && date <= window.to) return candidate;
    candidate = nextPeriod(candidate);
  }
  return null;
}

/** True when the rule applies to periods of this kind (no `frequencies` = every kind). */
export function deadlineRuleApplies(rule: DeadlineRule, kind: CalendarPeriodKind): boolean {
  return !rule.frequencies || rule.frequencies.includes(kind as Frequency);
}

/**
 * The deadline of a period under a rule: `day` of the period's last month moved by `monthOffset`, or of
 * `fixedMonth` in the year of the period's last month (6 June, 25 November); the day is clamped to the month's
 * length, then moved to the next working day when `moveToNextWorkingDay` is set.
 */
export function deadline(period: Period, rule: DeadlineRule, holidays?: Holidays): string {
  const { last } = periodMonths(period);
  const target =
    rule.fixedMonth != null
      ? { year: last.year, month: rule.fixedMonth }
      : addMonths(last.year, last.month, rule.monthOffset ?? 0);
  const date = clampedDate(target.year, target.month, rule.day);
  return rule.moveToNextWorkingDay ? workingDayOnOrAfter(date, holidays) : date;
}

/** One deadline per level for a period; a rule naming this period kind wins over a general one of its level. */
export function deadlinesByLevel(
  period: Period,
  rules: readonly DeadlineRule[],
  holidays?: Holidays,
): { level: DeadlineRule["level"]; date: string; rule: DeadlineRule }[] {
  const chosen = new Map<DeadlineRule["level"], DeadlineRule>();
  for (const rule of rules) {
    if (!deadlineRuleApplies(rule, period.kind)) continue;
    const current = chosen.get(rule.level);
    if (!current || (!current.frequencies && rule.frequencies)) chosen.set(rule.level, rule);
  }
  return [...chosen.values()].map((rule) => ({ level: rule.level, date: deadline(period, rule, holidays), rule }));
}

/** Calendar days from `today` to `date`: 0 on the day, negative when the date has passed (late). */
export function daysUntil(date: string, today: string): number {
  return daysBetween(today, date);
}

/**
 * Checks a deadline rule against a cut-off rule for one period, as Decree 09/2019/NĐ-CP requires at least one
 * working day between the end of the cut-off and the deadline. Returns the problem in Vietnamese, or null.
 */
export function validateDeadlineRule(
  period: Period,
  cutoff: CutoffRule,
  rule: DeadlineRule,
  holidays?: Holidays,
): string | null {
  const level = unitKindLabel(rule.level);
  if (!Number.isInteger(rule.day) || rule.day < 1 || rule.day > 31) {
    return `Hạn gửi báo cáo của ${level}: ngày ${rule.day} phải từ 1 đến 31.`;
  }
  if (rule.fixedMonth != null && (!Number.isInteger(rule.fixedMonth) || rule.fixedMonth < 1 || rule.fixedMonth > 12)) {
    return `Hạn gửi báo cáo của ${level}: tháng ${rule.fixedMonth} phải từ 1 đến 12.`;
  }
  if (rule.monthOffset != null && !Number.isInteger(rule.monthOffset)) {
    return `Hạn gửi báo cáo của ${level}: số tháng lùi ${rule.monthOffset} phải là số nguyên.`;
  }
  const due = deadline(period, rule, holidays);
  const end = cutoffWindow(period, cutoff).to;
  const label = periodLabel(period);
  if (due <= end) {
    return (
      `Hạn gửi báo cáo ${label} của ${level} là ${formatVietnameseDate(due)}, không sau ngày chốt số liệu ` +
      `${formatVietnameseDate(end)}: Nghị định 09/2019/NĐ-CP yêu cầu ít nhất 01 ngày làm việc sau ngày chốt số liệu.`
    );
  }
  if (workingDaysBetween(end, due, holidays) < 1) {
    return (
      `Hạn gửi báo cáo ${label} của ${level} là ${formatVietnameseDate(due)}: từ sau ngày chốt số liệu ` +
      `${formatVietnameseDate(end)} đến hạn không có ngày làm việc nào, trong khi Nghị định 09/2019/NĐ-CP yêu cầu ` +
      "ít nhất 01 ngày làm việc."
    );
  }
  return null;
}

/** Every problem of a regime's deadline rules over all periods of one kind in a year (one line per problem). */
export function validateDeadlineRules(
  kind: CalendarPeriodKind,
  year: number,
  cutoff: CutoffRule,
  rules: readonly DeadlineRule[],
  holidays?: Holidays,
): string[] {
  const problems: string[] = [];
  for (const period of periodsInYear(kind, year)) {
    for (const { rule } of deadlinesByLevel(period, rules, holidays)) {
      const problem = validateDeadlineRule(period, cutoff, rule, holidays);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}
