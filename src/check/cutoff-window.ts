import type { PeriodRef } from "../domain/report.js";

/** A span of days, both ends included, as ISO dates. */
export interface DateWindow {
  from: string;
  to: string;
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/**
 * The Decree 09/2019/NĐ-CP Art. 12 data cut-off window of a period: month M covers 15/(M-1) to 14/M, a quarter
 * 15th of the month before it to the 14th of its last month, 6 months 15/12 → 14/6 (15/6 → 14/12), 9 months
 * 15/12 → 14/9, a year 15/12 → 14/12. Local until src/domain/period.ts `cutoffWindow` is merged.
 */
export function cutoffWindow(period: PeriodRef): DateWindow | null {
  const { kind, year } = period;
  const index = period.index ?? null;
  const fromMonthEnd = (lastMonth: number, months: number): DateWindow => {
    const startMonth = lastMonth - months;
    const from = startMonth >= 1 ? iso(year, startMonth, 15) : iso(year - 1, startMonth + 12, 15);
    return { from, to: iso(year, lastMonth, 14) };
  };
  switch (kind) {
    case "month":
      return index ? fromMonthEnd(index, 1) : null;
    case "quarter":
      return index ? fromMonthEnd(index * 3, 3) : null;
    case "half":
      return index ? fromMonthEnd(index * 6, 6) : null;
    case "nine_months":
      return fromMonthEnd(9, 9);
    case "year":
      return fromMonthEnd(12, 12);
    default:
      return null;
  }
}
