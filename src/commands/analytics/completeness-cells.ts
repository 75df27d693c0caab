import { type CompletenessState, completenessState, type Timeliness, timeliness } from "../../domain/completeness.js";
import { cutoffWindow, deadlinesByLevel, formatPeriodCode, type Period } from "../../domain/period.js";
import type { AnalyticsScope } from "../../policies/analytics.js";
import { findReportProgress } from "../../storage/analytics-completeness.js";
import type { StoredUnitDefinition } from "../../storage/analytics-units.js";
import { todayInVietnam } from "../../storage/sql-helpers.js";
import type { AppContext } from "../context.js";
import { type AnalyticsSetup, unitNameOn, visibleUnitIds } from "./analytics-setup.js";

/** One unit's report for one period, against the deadline of its level. */
export interface CompletenessCell {
  unitCode: string;
  unitName: string;
  periodCode: string;
  state: CompletenessState;
  reportId: number | null;
  sentOn: string | null;
  deadline: string;
  timeliness: Timeliness;
  daysLate: number;
  daysLeft: number | null;
}

/**
 * The units that must report for `period`: of the regime's submitting kinds, existing on the last day of the
 * period's cut-off window (so June 2025 counts the 63 old departments, July 2025 the 34 new ones), and visible.
 */
export function expectedUnits(setup: AnalyticsSetup, period: Period, scope: AnalyticsScope): StoredUnitDefinition[] {
  const day = cutoffWindow(period, setup.regime.cutoff).to;
  const kinds = new Set<string>(setup.regime.submittingUnitKinds);
  const visible = visibleUnitIds(scope, setup);
  return setup.units.filter(
    (u) =>
      kinds.has(u.kind) &&
      u.validFrom <= day &&
      (!u.validTo || u.validTo >= day) &&
      (visible.anyState.has(u.id) || visible.released.has(u.id)),
  );
}

/** The deadline of `unit`'s level for the period (the regime's rule for its kind, else its first rule). */
export function deadlineFor(setup: AnalyticsSetup, period: Period, unit: StoredUnitDefinition): string {
  const deadlines = deadlinesByLevel(period, setup.regime.deadlines, setup.holidays);
  const found = deadlines.find((d) => d.level === unit.kind) ?? deadlines[0];
  if (!found) throw new Error(`Regime ${setup.regime.code} has no deadline rule for ${period.kind}`);
  return found.date;
}

/** Completeness cells of the given periods for the expected units, from one query. */
export async function completenessCells(
  ctx: AppContext,
  setup: AnalyticsSetup,
  periods: readonly Period[],
  scope: AnalyticsScope,
  today: string = todayInVietnam(),
): Promise<CompletenessCell[]> {
  const expected = periods.map((period) => ({ period, units: expectedUnits(setup, period, scope) }));
  const unitIds = [...new Set(expected.flatMap((e) => e.units.map((u) => u.id)))];
  const rows = await findReportProgress(ctx.database.db, {
    regimeId: setup.regime.id,
    periodCodes: periods.map(formatPeriodCode),
    unitIds,
  });
  const byKey = new Map(rows.map((r) => [`${r.unitId}|${r.periodCode}`, r]));
  return expected.flatMap(({ period, units }) => {
    const periodCode = formatPeriodCode(period);
    // One deadline per level and period, not per cell (working days are counted through the holidays).
    const deadlines = new Map<string, string>();
    return units.map((unit): CompletenessCell => {
      const row = byKey.get(`${unit.id}|${periodCode}`);
      const progress = {
        state: row?.state ?? null,
        hasSubmittedPart: row?.hasSubmittedPart ?? false,
        sentOn: row?.sentAt ? todayInVietnam(row.sentAt) : null,
      };
      let deadline = deadlines.get(unit.kind);
      if (deadline === undefined) {
        deadline = deadlineFor(setup, period, unit);
        deadlines.set(unit.kind, deadline);
      }
      return {
        unitCode: unit.code,
        unitName: unitNameOn(unit, deadline),
        periodCode,
        state: completenessState(progress),
        reportId: row?.reportId ?? null,
        sentOn: progress.sentOn,
        deadline,
        ...timeliness(progress, deadline, today),
      };
    });
  });
}
