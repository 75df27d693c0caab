import type { Indicator } from "../../contract/indicators.js";
import type { Indicator as IndicatorRecord } from "../../domain/records.js";

/** A catalogue entry as the API shows it. */
export function presentIndicator(i: IndicatorRecord): Indicator {
  return {
    code: i.code,
    name: i.name,
    field: i.field || null,
    unitOfMeasure: i.unitOfMeasure,
    valueType: i.valueType,
    aggregationUnits: i.aggregationUnits,
    aggregationTime: i.aggregationTime,
    formula: i.formula,
    numeratorCode: i.numeratorCode,
    denominatorCode: i.denominatorCode,
    isCumulative: i.isCumulative,
    keywords: i.keywords,
    disaggregations: i.disaggregations.map((d) => ({ dimension: d.dimension, code: d.code, name: d.name })),
    description: i.description,
    isActive: i.isActive,
  };
}
