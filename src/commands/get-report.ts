import type { ReportDetail } from "../domain/records.js";
import { findIndicators } from "../storage/indicators.js";
import { findRegimes } from "../storage/regimes.js";
import { getReportDetail } from "../storage/report-queries.js";
import type { AppContext } from "./context.js";

/** Which report; issue 7 adds the acting user here (404 for a report they may not see). */
export interface GetReportOptions {
  id: number;
}

/** A report with the names its codes stand for. */
export interface ReportView {
  report: ReportDetail;
  /** Regime names by code. */
  regimeNames: Map<string, string>;
  /** Disaggregation category names keyed "INDICATOR_CODE/category". */
  categoryNames: Map<string, string>;
}

/** One report with sections, values, tasks, citations and findings; NOT_FOUND when there is none. */
export async function getReport(ctx: AppContext, options: GetReportOptions): Promise<ReportView> {
  const db = ctx.database.db;
  const report = await getReportDetail(db, options.id);
  const codes = [...new Set(report.values.filter((v) => v.disaggregation).map((v) => v.indicatorCode))];
  const [regimes, indicators] = await Promise.all([
    report.regimeCode ? findRegimes(db) : Promise.resolve([]),
    codes.length ? findIndicators(db, { codes }) : Promise.resolve([]),
  ]);
  const categoryNames = new Map<string, string>();
  for (const indicator of indicators) {
    for (const d of indicator.disaggregations) categoryNames.set(`${indicator.code}/${d.code}`, d.name);
  }
  return { report, regimeNames: new Map(regimes.map((r) => [r.code, r.name])), categoryNames };
}
