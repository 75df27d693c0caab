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
  // Which states count: only state-limited units need a test, and a test naming only the units needed. A long
  // `unit_id = any(...) or state in (...)` costs more to plan than the rest of the query on PGlite.
  const anyState = new Set(query.anyStateUnitIds);
  const released = query.releasedUnitIds.filter((id) => !anyState.has(id));
  const stateTest =
    released.length === 0
      ? sql``
      : anyState.size === 0
        ? sql`and r.state in ('issued', 'sent')`
        : sql`and (r.unit_id = any(${[...anyState]}::int[]) or r.state in ('issued', 'sent'))`;
  // One JSON row instead of thousands: PGlite pays per row handed back to JavaScript, not per byte.
  const result = await sql<{ rows: string | null }>`select json_agg(json_build_array(
      r.unit_id, r.period_code, v.indicator_id, v.disaggregation, v.value, r.id))::text as rows
    from reports r
    join data_values v on v.report_id = r.id and v.indicator_id = any(${[...query.indicatorIds]}::int[])
      ${query.totalsOnly ? sql`and v.disaggregation = ''` : sql``}
    where r.regime_id = ${query.regimeId} and r.is_current
      and r.unit_id = any(${units}::int[])
      and r.period_code = any(${[...query.periodCodes]}::text[])
      ${stateTest}
      ${query.onlyStates ? sql`and r.state = any(${[...query.onlyStates]}::text[])` : sql``}`.execute(db);
  const rows = JSON.parse(result.rows[0]?.rows ?? "[]") as [number, string, number, string, number, number][];
  return rows.map(([unitId, periodCode, indicatorId, disaggregation, value, reportId]) => ({
    unitId,
    periodCode,
    indicatorId,
    disaggregation,
    value: Number(value),
    reportId,
  }));
}
