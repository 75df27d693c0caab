import type { CompletenessCell, CompletenessState } from "../../../../contract/analytics.js";
import type { Regime } from "../../../../contract/regimes.js";
import {
  type CalendarPeriodKind,
  deadlinesByLevel,
  formatPeriodCode,
  periodLabel,
  periodsInYear,
} from "../../../../domain/period.js";

type Cell = Pick<CompletenessCell, "state" | "timeliness" | "daysLate" | "daysLeft">;

/** The regime's periods of `year` as select options ("2026-10" → "tháng 10/2026"); none for a one-off regime. */
export function periodChoices(
  frequency: Regime["frequency"],
  year: number,
  language: "vi" | "en" = "vi",
): { code: string; label: string }[] {
  if (frequency === "once") return [];
  return periodsInYear(frequency as CalendarPeriodKind, year).map((p) => ({
    code: formatPeriodCode(p),
    label: periodLabel(p, language),
  }));
}

/**
 * The latest period whose deadline (for the regime's first submitting level, weekends and holidays aside) has
 * passed on `today`: the one a receiving level looks at first. Null for a one-off regime.
 */
export function lastDuePeriod(
  regime: Pick<Regime, "frequency" | "deadlines" | "submittingUnitKinds">,
  today: string,
): string | null {
  if (regime.frequency === "once") return null;
  const year = Number(today.slice(0, 4));
  const level = regime.submittingUnitKinds[0];
  let found: string | null = null;
  for (const y of [year - 1, year]) {
    for (const period of periodsInYear(regime.frequency as CalendarPeriodKind, y)) {
      const deadlines = deadlinesByLevel(period, regime.deadlines);
      const own = deadlines.find((d) => d.level === level) ?? deadlines[0];
      if (own && own.date < today) found = formatPeriodCode(period);
    }
  }
  return found;
}

/** How a grid cell is coloured: by timeliness, and "not-due" for a report not yet due and not sent. */
export type CellTone = "none" | "on-time" | "late" | "overdue" | "not-due" | "pending" | "unknown";

/** The colour class of a cell (see the legend). */
export function cellTone(cell: Cell | null): CellTone {
  if (!cell) return "none";
  switch (cell.timeliness) {
    case "on_time":
      return "on-time";
    case "late":
      return "late";
    case "overdue":
      return "overdue";
    case "unknown":
      return "unknown";
    default:
      return cell.state === "not_started" ? "not-due" : "pending";
  }
}

/** Rows in the chosen state ("all" keeps every row). */
export function filterByState<T extends { state: CompletenessState }>(
  rows: readonly T[],
  state: CompletenessState | "all",
): T[] {
  return state === "all" ? [...rows] : rows.filter((r) => r.state === state);
}

/** Reminders split into the overdue (most days late first) and those due soon (nearest deadline first). */
export function splitReminders<T extends Cell & { deadline: string; unitName: string }>(
  items: readonly T[],
): { overdue: T[]; dueSoon: T[] } {
  const overdue = items
    .filter((i) => i.timeliness === "overdue")
    .sort((a, b) => b.daysLate - a.daysLate || a.unitName.localeCompare(b.unitName, "vi"));
  const dueSoon = items
    .filter((i) => i.timeliness === "due")
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.unitName.localeCompare(b.unitName, "vi"));
  return { overdue, dueSoon };
}

/** Today's date in Vietnam (UTC+7, no daylight saving) as YYYY-MM-DD. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** A percentage as the reader writes it, one decimal at most ("66,7%" / "66.7%"); null stays null. */
export function formatRate(value: number | null, language: "vi" | "en" = "vi"): string | null {
  if (value === null) return null;
  const rounded = Math.round(value * 10) / 10;
  const text = language === "en" ? String(rounded) : String(rounded).replace(".", ",");
  return `${text}%`;
}

// "Sở Khoa học và Công nghệ tỉnh Cao Bằng" → "Tỉnh Cao Bằng": a grid row has room for the place only.
const DEPARTMENT_PREFIX = /^Sở (Khoa học và Công nghệ|Thông tin và Truyền thông|KH&CN|TT&TT) /;

/** A department's name without the department's own words, for narrow columns (the full name goes in a title). */
export function shortUnitName(name: string): string {
  const place = name.replace(DEPARTMENT_PREFIX, "");
  return place === name ? name : place.charAt(0).toUpperCase() + place.slice(1);
}

/**
 * The part of the year a row's unit had to report, when not all of it: a province merged away on 1 July 2025
 * has cells up to June, its successor from July (`first`/`last` are indexes of the periods). Null for the whole year.
 */
export function reportingSpan(cells: readonly unknown[]): { first: number; last: number } | null {
  const present = cells.flatMap((c, i) => (c === null || c === undefined ? [] : [i]));
  const first = present[0];
  const last = present.at(-1);
  if (first === undefined || last === undefined) return null;
  return first === 0 && last === cells.length - 1 ? null : { first, last };
}
