import { type CompletenessCounts, countCompleteness } from "../domain/completeness.js";
import { UserError } from "../domain/errors.js";
import { parsePeriodCode, periodLabel } from "../domain/period.js";
import { type AnalyticsActor, analyticsScope } from "../policies/analytics.js";
import { todayInVietnam } from "../storage/sql-helpers.js";
import { loadAnalyticsSetup, regimePeriodKind } from "./analytics/analytics-setup.js";
import { type CompletenessCell, completenessCells } from "./analytics/completeness-cells.js";
import type { AppContext } from "./context.js";

export interface GetCompletenessOptions {
  actor: AnalyticsActor | null;
  regimeCode: string;
  periodCode: string;
  /** The day "late" is judged on (default today in Vietnam). */
  today?: string | undefined;
}

export interface CompletenessView {
  regime: { code: string; name: string };
  periodCode: string;
  periodLabel: string;
  rows: CompletenessCell[];
  counts: CompletenessCounts;
}

/** Every unit that must report for a regime and period, where its report stands and how late it is. */
export async function getCompleteness(ctx: AppContext, options: GetCompletenessOptions): Promise<CompletenessView> {
  const setup = await loadAnalyticsSetup(ctx, options.regimeCode);
  const period = parsePeriodCode(options.periodCode, "period");
  if (period.kind !== regimePeriodKind(setup.regime)) {
    throw new UserError(
      "INVALID_INPUT",
      `Kỳ ${options.periodCode} không phải là kỳ của chế độ báo cáo "${setup.regime.code}".`,
      { field: "period" },
    );
  }
  const today = options.today ?? todayInVietnam();
  const rows = await completenessCells(ctx, setup, [period], analyticsScope(options.actor), today);
  rows.sort((a, b) => b.daysLate - a.daysLate || a.unitName.localeCompare(b.unitName, "vi"));
  return {
    regime: { code: setup.regime.code, name: setup.regime.name },
    periodCode: options.periodCode,
    periodLabel: periodLabel(period),
    rows,
    counts: countCompleteness(rows, today),
  };
}
