import { addDays, fromMonthIndex, isoDate, isWeekend, monthCode, parseMonthCode, quarterCode } from "./calendar.js";
import type { DemoDepartment } from "./departments.js";
import { createRng } from "./prng.js";
import { romanQuarter } from "./vn-format.js";

/** One report the demo writes: a department, a regime, a period, and when it was (or is due to be) issued. */
export interface DemoSlot {
  department: DemoDepartment;
  regimeCode: "ICT-THANG" | "ICT-QUY";
  periodCode: string;
  /** Month index of the period's last month (the month itself, or the quarter's third month). */
  periodMonth: number;
  previousPeriodCode: string;
  nextPeriodCode: string;
  periodLabel: string;
  nextPeriodLabel: string;
  /** The months whose simulated values make up the report (three monthly windows for a quarter). */
  months: number[];
  /** Data window (Decree 09 cut-off, shifted one month earlier for the quarterly briefing). */
  windowStart: string;
  windowEnd: string;
  deadline: string;
  issuedOn: string;
  isLate: boolean;
}

function windowOf(months: number[]): { start: string; end: string } {
  const first = fromMonthIndex((months[0] ?? 0) - 1);
  const last = fromMonthIndex(months.at(-1) ?? 0);
  return { start: isoDate(first.year, first.month, 15), end: isoDate(last.year, last.month, 14) };
}

/** Moves a weekend date to the Friday before (on time) or the Monday after (late). */
function toWorkingDay(date: string, forward: boolean): string {
  let day = date;
  while (isWeekend(day)) day = addDays(day, forward ? 1 : -1);
  return day;
}

function issueDate(seedParts: (string | number)[], deadline: string, earliest: number, isQuarterly: boolean) {
  const rng = createRng(...seedParts, "issue");
  const isLate = rng.chance(0.08);
  const [year, month] = deadline.split("-").map(Number) as [number, number];
  const deadlineDay = Number(deadline.slice(8));
  const day = isLate ? deadlineDay + rng.int(1, 4) : Math.max(earliest, deadlineDay - rng.int(0, isQuarterly ? 4 : 3));
  return { issuedOn: toWorkingDay(isoDate(year, month, day), isLate), isLate };
}

function inRange(department: DemoDepartment, month: number): boolean {
  const from = department.fromMonth ? parseMonthCode(department.fromMonth) : Number.NEGATIVE_INFINITY;
  const to = department.toMonth ? parseMonthCode(department.toMonth) : Number.POSITIVE_INFINITY;
  return month >= from && month <= to;
}

/** Every monthly and quarterly report of the departments whose period ends within [from, to] (month indexes). */
export function planSlots(departments: DemoDepartment[], from: number, to: number, seed: string | number): DemoSlot[] {
  const slots: DemoSlot[] = [];
  for (const department of departments) {
    for (let month = from; month <= to; month++) {
      if (!inRange(department, month)) continue;
      const { year, month: m } = fromMonthIndex(month);
      const months = [month];
      const window = windowOf(months);
      const deadline = isoDate(year, m, 15);
      const periodCode = monthCode(month);
      const next = fromMonthIndex(month + 1);
      slots.push({
        department,
        regimeCode: "ICT-THANG",
        periodCode,
        periodMonth: month,
        previousPeriodCode: monthCode(month - 1),
        nextPeriodCode: monthCode(month + 1),
        periodLabel: `tháng ${m}/${year}`,
        nextPeriodLabel: `tháng ${next.month}/${next.year}`,
        months,
        windowStart: window.start,
        windowEnd: window.end,
        deadline,
        ...issueDate([seed, department.code, "ICT-THANG", periodCode], deadline, 10, false),
      });
      if (m % 3 !== 0) continue;
      // The quarter ends this month; its briefing report covers the three monthly windows ending the month before.
      const quarter = m / 3;
      const quarterMonths = [month - 3, month - 2, month - 1];
      const quarterWindow = windowOf(quarterMonths);
      const quarterDeadline = isoDate(year, m, 6);
      const quarterPeriod = quarterCode(year, quarter);
      const nextQuarter = quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: quarter + 1 };
      const previousQuarter = quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
      slots.push({
        department,
        regimeCode: "ICT-QUY",
        periodCode: quarterPeriod,
        periodMonth: month,
        previousPeriodCode: quarterCode(previousQuarter.year, previousQuarter.quarter),
        nextPeriodCode: quarterCode(nextQuarter.year, nextQuarter.quarter),
        periodLabel: `quý ${romanQuarter(quarter)}/${year}`,
        nextPeriodLabel: `quý ${romanQuarter(nextQuarter.quarter)}/${nextQuarter.year}`,
        months: quarterMonths,
        windowStart: quarterWindow.start,
        windowEnd: quarterWindow.end,
        deadline: quarterDeadline,
        ...issueDate([seed, department.code, "ICT-QUY", quarterPeriod], quarterDeadline, 1, true),
      });
    }
  }
  return slots;
}
