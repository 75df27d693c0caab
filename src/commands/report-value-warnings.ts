import type { Kysely } from "kysely";
import type { DataValue, Indicator, ReportSummary } from "../domain/records.js";
import { type IndicatorFacts, type ValueWarning, valueWarnings } from "../domain/value-warnings.js";
import { findIndicators } from "../storage/indicators.js";
import { findPreviousReport, findValues } from "../storage/report-queries.js";
import type { ReportAccessFacts } from "../storage/report-workflow.js";
import type { DB } from "../storage/schema.js";

function toFacts(indicator: Indicator): IndicatorFacts {
  return {
    code: indicator.code,
    name: indicator.name,
    valueType: indicator.valueType,
    unitOfMeasure: indicator.unitOfMeasure,
    isCumulative: indicator.isCumulative,
    numeratorCode: indicator.numeratorCode,
    denominatorCode: indicator.denominatorCode,
    categories: new Map(indicator.disaggregations.map((d) => [d.code, d.name])),
  };
}

/** Last period's cumulative figures of a report: the previous report of its regime and unit, and its values. */
export async function previousCumulativeValues(
  db: Kysely<DB>,
  report: Pick<ReportAccessFacts, "regimeId" | "unitId" | "periodCode">,
): Promise<{ report: ReportSummary | null; values: DataValue[] }> {
  const previous =
    report.regimeId !== null
      ? await findPreviousReport(db, {
          regimeId: report.regimeId,
          unitId: report.unitId,
          periodCode: report.periodCode,
        })
      : null;
  const values = previous ? (await findValues(db, previous.id)).filter((v) => v.isCumulative) : [];
  return { report: previous, values };
}

/** The warnings on a report's stored figures, against the previous report of its regime for cumulative ones. */
export async function currentValueWarnings(
  db: Kysely<DB>,
  report: Pick<ReportAccessFacts, "id" | "regimeId" | "unitId" | "periodCode">,
): Promise<ValueWarning[]> {
  const values = await findValues(db, report.id);
  const previous = await previousCumulativeValues(db, report);
  const previousTotals = new Map(previous.values.map((v) => [`${v.indicatorCode}|${v.disaggregation}`, v.value]));
  const indicators = new Map(
    (await findIndicators(db, { codes: [...new Set(values.map((v) => v.indicatorCode))] })).map((i) => [
      i.code,
      toFacts(i),
    ]),
  );
  return valueWarnings(
    values.map((v) => ({ indicatorCode: v.indicatorCode, disaggregation: v.disaggregation, value: v.value })),
    indicators,
    previousTotals,
  );
}
