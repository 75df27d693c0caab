import {
  type CalendarPeriodKind,
  comparePeriods,
  formatPeriodCode,
  nextPeriod,
  type Period,
  parsePeriodCode,
  previousPeriod,
} from "../../../../domain/period.js";

/**
 * What the indicator explorer shows, as kept in the address (so a view can be shared and the back button works):
 * regime, indicators, units (named ones or a level), periods (from/to of the regime's kind, or whole years),
 * the date whose administrative units are used, totals or categories, ranking order, and the chart.
 */
export interface ExplorerSelection {
  regime: string;
  indicators: string[];
  unitMode: "units" | "provinces" | "divisions";
  units: string[];
  /** The department whose divisions are shown (unitMode "divisions"). */
  of: string;
  /** "period": from/to are periods of the regime's kind; "year": whole years ("2024".."2026"). */
  by: "period" | "year";
  from: string;
  to: string;
  /** ISO date of the administrative units; "" for today (34 provinces). */
  asOf: string;
  disaggregation: "total" | "split";
  order: "desc" | "asc";
  chart: ChartKind | "auto";
  /** The indicator and period the chart shows ("" = the first indicator, the last period). */
  focus: string;
  at: string;
}

export type ChartKind = "series" | "bars" | "ranking";

/** The most periods one view asks for (ten years of months). */
export const MAX_PERIODS = 120;

const list = (value: string | null) =>
  (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** Reads the selection from the address; missing parts take the defaults (`regime` when none is named). */
export function parseSelection(query: URLSearchParams, defaults: { regime: string }): ExplorerSelection {
  const units = list(query.get("units"));
  const level = query.get("level");
  return {
    regime: query.get("regime")?.trim() || defaults.regime,
    indicators: [...new Set(list(query.get("indicators")))],
    unitMode:
      units.length > 0 ? "units" : level === "divisions" ? "divisions" : level === "units" ? "units" : "provinces",
    units: [...new Set(units)],
    of: query.get("of")?.trim() ?? "",
    by: oneOf(query.get("by"), ["period", "year"], "period"),
    from: query.get("from")?.trim() ?? "",
    to: query.get("to")?.trim() ?? "",
    asOf: /^\d{4}-\d{2}-\d{2}$/.test(query.get("asOf") ?? "") ? query.get("asOf")! : "",
    disaggregation: oneOf(query.get("disaggregation"), ["total", "split"], "total"),
    order: oneOf(query.get("order"), ["desc", "asc"], "desc"),
    chart: oneOf(query.get("chart"), ["auto", "series", "bars", "ranking"], "auto"),
    focus: query.get("focus")?.trim() ?? "",
    at: query.get("at")?.trim() ?? "",
  };
}

/** The selection as address parameters (defaults left out, so addresses stay short). */
export function selectionParams(selection: ExplorerSelection): Record<string, string | undefined> {
  const s = selection;
  return {
    regime: s.regime,
    indicators: s.indicators.join(",") || undefined,
    units: s.unitMode === "units" ? s.units.join(",") || undefined : undefined,
    level: s.unitMode === "units" ? (s.units.length === 0 ? "units" : undefined) : s.unitMode,
    of: s.unitMode === "divisions" ? s.of || undefined : undefined,
    by: s.by === "period" ? undefined : s.by,
    from: s.from || undefined,
    to: s.to || undefined,
    asOf: s.asOf || undefined,
    disaggregation: s.disaggregation === "total" ? undefined : s.disaggregation,
    order: s.order === "desc" ? undefined : s.order,
    chart: s.chart === "auto" ? undefined : s.chart,
    focus: s.focus || undefined,
    at: s.at || undefined,
  };
}

/** Why the periods cannot be listed, as a key of the page's dictionary. */
export type PeriodProblem = "missing" | "invalid" | "wrongKind" | "reversed" | "tooMany";

/**
 * The period codes from `from` to `to` inclusive: periods of the regime's kind, or whole years (`by: "year"`).
 * A period code of another kind, a range that runs backwards or one longer than MAX_PERIODS is a problem.
 */
export function periodCodes(
  selection: Pick<ExplorerSelection, "by" | "from" | "to">,
  kind: CalendarPeriodKind,
): { codes: string[] } | { problem: PeriodProblem } {
  if (!selection.from || !selection.to) return { problem: "missing" };
  let from: Period;
  let to: Period;
  try {
    from = parsePeriodCode(selection.from);
    to = parsePeriodCode(selection.to);
  } catch {
    return { problem: "invalid" };
  }
  const want = selection.by === "year" ? "year" : kind;
  if (from.kind !== want || to.kind !== want) return { problem: "wrongKind" };
  if (comparePeriods(from, to) > 0) return { problem: "reversed" };
  const codes: string[] = [];
  for (let p = from; comparePeriods(p, to) <= 0; p = nextPeriod(p)) {
    if (codes.length === MAX_PERIODS) return { problem: "tooMany" };
    codes.push(formatPeriodCode(p));
  }
  return { codes };
}

/** Adds `step` periods of the code's own kind ("2026-01", -1 → "2025-12"). */
export function shiftPeriodCode(code: string, step: number): string {
  let period = parsePeriodCode(code);
  for (let i = 0; i < Math.abs(step); i++) period = step > 0 ? nextPeriod(period) : previousPeriod(period);
  return formatPeriodCode(period);
}

/** The regime's period containing `date` (an ISO date) — the current month, quarter, half or year. */
export function periodOfDate(date: string, kind: CalendarPeriodKind): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  switch (kind) {
    case "month":
      return `${year}-${String(month).padStart(2, "0")}`;
    case "quarter":
      return `${year}-Q${Math.ceil(month / 3)}`;
    case "half":
      return `${year}-H${month <= 6 ? 1 : 2}`;
    case "nine_months":
      return `${month >= 9 ? year : year - 1}-9M`;
    case "year":
      return String(year);
  }
}

/**
 * The query of GET /api/analytics/indicators (and of the exports) for the selection, or null while something
 * required is missing (no indicator, no unit, no department for its divisions, bad periods).
 */
export function explorerQuery(selection: ExplorerSelection, kind: CalendarPeriodKind): Record<string, string> | null {
  const periods = periodCodes(selection, kind);
  if (!("codes" in periods) || selection.indicators.length === 0 || !selection.regime) return null;
  const query: Record<string, string> = {
    regime: selection.regime,
    indicators: selection.indicators.join(","),
    periods: periods.codes.join(","),
  };
  if (selection.unitMode === "units") {
    if (selection.units.length === 0) return null;
    query.units = selection.units.join(",");
  } else if (selection.unitMode === "divisions") {
    if (!selection.of) return null;
    query.level = "divisions";
    query.of = selection.of;
  } else query.level = "provinces";
  if (selection.asOf) query.asOf = selection.asOf;
  if (selection.disaggregation !== "total") query.disaggregation = selection.disaggregation;
  if (selection.order !== "desc") query.order = selection.order;
  return query;
}

/** The address of an export of the same query: the table of values or the rankings, as .xlsx or .csv. */
export function exportHref(
  table: "indicators" | "ranking",
  query: Record<string, string>,
  format: "xlsx" | "csv",
): string {
  return `/api/analytics/export/${table}?${new URLSearchParams({ ...query, format })}`;
}
