import type { Actor } from "../policies/actor.js";
import type { AppContext } from "./context.js";
import { getVisibleReport } from "./report-access.js";
import { previousCumulativeValues } from "./report-value-warnings.js";

export interface PreviousValuesView {
  report: { id: number; periodCode: string; state: string } | null;
  values: { indicatorCode: string; disaggregation: string; value: number }[];
}

/**
 * Last period's cumulative figures for a report's form (same regime and unit, the latest earlier period), seen
 * by whoever may see the report (NOT_FOUND otherwise): the form warns when a cumulative figure goes down.
 */
export async function getPreviousValues(ctx: AppContext, actor: Actor, reportId: number): Promise<PreviousValuesView> {
  const db = ctx.database.db;
  const { stored } = await getVisibleReport(db, actor, reportId);
  const previous = await previousCumulativeValues(db, stored);
  return {
    report: previous.report
      ? { id: previous.report.id, periodCode: previous.report.periodCode, state: previous.report.state }
      : null,
    values: previous.values.map((v) => ({
      indicatorCode: v.indicatorCode,
      disaggregation: v.disaggregation,
      value: v.value,
    })),
  };
}
