import { type Kysely, sql } from "kysely";
import type { ReportState } from "../domain/report.js";
import type { DB } from "./schema.js";

/** One stored value as analytics reads it: whose, which period, which indicator and category. */
export interface AnalyticsValueRow {
  unitId: number;
  periodCode: string;
  indicatorId: number;
  /** "" for the total, otherwise the category code. */
  disaggregation: string;
  value: number;
  reportId: number;
}

export interface AnalyticsValueQuery {
  regimeId: number;
  periodCodes: readonly string[];
  indicatorIds: readonly number[];
  /** Units whose reports count whatever their state (the actor's own). */
  anyStateUnitIds: readonly number[];
  /** Units whose reports count once issued or sent (what the receiving level sees). */
  releasedUnitIds: readonly number[];
  /** Only reports in these states, whoever asks. */
  onlyStates?: readonly ReportState[] | undefined;
  /** Only the totals (disaggregation ""), not the categories. */
  totalsOnly?: boolean;
}

/**
 * The values of some indicators in the current reports of a regime, periods and units, read live from
 * data_values: the reports are found through reports_current_uq (regime, unit, period), then each report's
 * values through data_values' unique (report, indicator, category) index — a nested loop whose cost grows with
 * the reports asked for, not with the size of the table.
 */
export async function findAnalyticsValues(db: Kysely<DB>, query: AnalyticsValueQuery): Promise<AnalyticsValueRow[]> {
  const units = [...new Set([...query.anyStateUnitIds, ...query.releasedUnitIds])];
  if (units.length === 0 || query.periodCodes.length === 0 || query.indicatorIds.length === 0) return [];
  const rows = await sql<{
    unit_id: number;
    period_code: string;
    indicator_id: number;
    disaggregation: string;
    value: number;
    report_id: number;
  }>`select r.unit_id, r.period_code, v.indicator_id, v.disaggregation, v.value, r.id as report_id
    from reports r
    join data_values v on v.report_id = r.id and v.indicator_id = any(${[...query.indicatorIds]}::int[])
      ${query.totalsOnly ? sql`and v.disaggregation = ''` : sql``}
    where r.regime_id = ${query.regimeId} and r.is_current
      and r.unit_id = any(${units}::int[])
      and r.period_code = any(${[...query.periodCodes]}::text[])
      and (r.unit_id = any(${[...query.anyStateUnitIds]}::int[]) or r.state in ('issued', 'sent'))
      ${query.onlyStates ? sql`and r.state = any(${[...query.onlyStates]}::text[])` : sql``}`.execute(db);
  return rows.rows.map((r) => ({
    unitId: r.unit_id,
    periodCode: r.period_code,
    indicatorId: r.indicator_id,
    disaggregation: r.disaggregation,
    value: Number(r.value),
    reportId: r.report_id,
  }));
}
