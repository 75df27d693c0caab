import type { Kysely } from "kysely";
import type { PeriodKind, ReportState, ValueProvenance } from "../domain/report.js";
import { periodColumns } from "./period-code.js";
import type { DB } from "./schema.js";

export interface IndicatorValueQuery {
  indicatorCodes: readonly string[];
  /** Only these periods (any spelling of a code: "2025-9" is "2025-09"). */
  periodCodes?: readonly string[] | undefined;
  periodKind?: PeriodKind | undefined;
  fromYear?: number | undefined;
  toYear?: number | undefined;
  unitIds?: readonly number[] | undefined;
  regimeCode?: string | undefined;
  /** Only reports in these states (e.g. issued and sent, for official figures); all when absent. */
  states?: readonly ReportState[] | undefined;
  /** Only the totals (disaggregation ""), the default; false includes every category. */
  totalsOnly?: boolean | undefined;
}

/** One value of one indicator in one report: what comparisons, rankings and trends are computed from. */
export interface IndicatorValue {
  reportId: number;
  unitId: number;
  unitCode: string;
  periodKind: PeriodKind;
  periodYear: number;
  periodIndex: number | null;
  periodCode: string;
  indicatorCode: string;
  disaggregation: string;
  value: number;
  provenance: ValueProvenance;
}

/** Values of the given indicators in current reports, by indicator, period and unit code. */
export async function findIndicatorValues(db: Kysely<DB>, query: IndicatorValueQuery): Promise<IndicatorValue[]> {
  if (query.indicatorCodes.length === 0) return [];
  let select = db
    .selectFrom("data_values as v")
    .innerJoin("indicators as i", "i.id", "v.indicator_id")
    .innerJoin("reports as r", "r.id", "v.report_id")
    .innerJoin("units as u", "u.id", "r.unit_id")
    .select([
      "r.id as report_id",
      "r.unit_id",
      "u.code as unit_code",
      "r.period_kind",
      "r.period_year",
      "r.period_index",
      "r.period_code",
      "i.code as indicator_code",
      "v.disaggregation",
      "v.value",
      "v.provenance",
    ])
    .where("i.code", "in", [...query.indicatorCodes])
    .where("r.is_current", "=", true)
    .orderBy("i.code")
    .orderBy("r.period_year")
    .orderBy("r.period_code")
    .orderBy("u.code")
    .orderBy("v.disaggregation");
  if (query.totalsOnly ?? true) select = select.where("v.disaggregation", "=", "");
  if (query.periodCodes) {
    const codes = query.periodCodes.map((c) => periodColumns(c).code);
    select = select.where("r.period_code", "in", codes.length ? codes : [""]);
  }
  if (query.periodKind) select = select.where("r.period_kind", "=", query.periodKind);
  if (query.fromYear) select = select.where("r.period_year", ">=", query.fromYear);
  if (query.toYear) select = select.where("r.period_year", "<=", query.toYear);
  if (query.unitIds) select = select.where("r.unit_id", "in", query.unitIds.length ? [...query.unitIds] : [-1]);
  if (query.regimeCode) {
    const code = query.regimeCode;
    select = select.where("r.regime_id", "=", (eb) => eb.selectFrom("regimes").select("id").where("code", "=", code));
  }
  if (query.states) select = select.where("r.state", "in", query.states.length ? [...query.states] : ["-"]);
  const rows = await select.execute();
  return rows.map((r) => ({
    reportId: r.report_id,
    unitId: r.unit_id,
    unitCode: r.unit_code,
    periodKind: r.period_kind as PeriodKind,
    periodYear: r.period_year,
    periodIndex: r.period_index,
    periodCode: r.period_code,
    indicatorCode: r.indicator_code,
    disaggregation: r.disaggregation,
    value: r.value,
    provenance: r.provenance as ValueProvenance,
  }));
}
