import { type CompletenessCounts, countCompleteness } from "../domain/completeness.js";
import { formatPeriodCode, periodLabel, periodsInYear } from "../domain/period.js";
import { type AnalyticsActor, analyticsScope } from "../policies/analytics.js";
import { todayInVietnam } from "../storage/sql-helpers.js";
import { loadAnalyticsSetup, regimePeriodKind } from "./analytics/analytics-setup.js";
import { type CompletenessCell, completenessCells } from "./analytics/completeness-cells.js";
import type { AppContext } from "./context.js";

export interface GetCompletenessGridOptions {
  actor: AnalyticsActor | null;
  regimeCode: string;
  year: number;
  today?: string | undefined;
}

export interface CompletenessGridRow {
  unitCode: string;
  unitName: string;
  /** One per period of the year; null when the unit did not have to report then (not yet, or no longer). */
  cells: (CompletenessCell | null)[];
  counts: CompletenessCounts;
}

export interface CompletenessGrid {
  regime: { code: string; name: string };
  year: number;
  periods: { code: string; label: string; counts: CompletenessCounts }[];
  rows: CompletenessGridRow[];
  counts: CompletenessCounts;
}

/** The year's grid: units × periods of the regime, each cell a state and lateness, with counts both ways. */
export async function getCompletenessGrid(
  ctx: AppContext,
  options: GetCompletenessGridOptions,
): Promise<CompletenessGrid> {
  const setup = await loadAnalyticsSetup(ctx, options.regimeCode);
  const periods = periodsInYear(regimePeriodKind(setup.regime), options.year);
  const today = options.today ?? todayInVietnam();
  const cells = await completenessCells(ctx, setup, periods, analyticsScope(options.actor), today);
  const codes = periods.map(formatPeriodCode);
  const byUnit = new Map<string, CompletenessGridRow>();
  for (const cell of cells) {
    let row = byUnit.get(cell.unitCode);
    if (!row) {
      row = {
        unitCode: cell.unitCode,
        unitName: cell.unitName,
        cells: codes.map(() => null),
        counts: countCompleteness([], today),
      };
      byUnit.set(cell.unitCode, row);
    }
    row.cells[codes.indexOf(cell.periodCode)] = cell;
    // The latest name the unit reported under labels its row.
    row.unitName = cell.unitName;
  }
  const rows = [...byUnit.values()].sort((a, b) => a.unitName.localeCompare(b.unitName, "vi"));
  for (const row of rows)
    row.counts = countCompleteness(
      row.cells.filter((c): c is CompletenessCell => c !== null),
      today,
    );
  return {
    regime: { code: setup.regime.code, name: setup.regime.name },
    year: options.year,
    periods: periods.map((p, i) => ({
      code: codes[i]!,
      label: periodLabel(p),
      counts: countCompleteness(
        cells.filter((c) => c.periodCode === codes[i]),
        today,
      ),
    })),
    rows,
    counts: countCompleteness(cells, today),
  };
}
