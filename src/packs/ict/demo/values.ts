import type { ValueContent } from "../../../domain/report.js";
import { getIctIndicator } from "../indicators.js";
import { type AreaSeries, round1, seriesValue } from "./series.js";

/**
 * The values of a report's form over the given months and areas, keyed "CODE" or "CODE:category": flows summed
 * over the months, stocks taken at the last month, both summed over areas, ratios recomputed from their parts.
 */
export function composeValues(areas: AreaSeries[], months: number[], codes: string[]): Map<string, number> {
  const values = new Map<string, number>();
  const lastMonth = months.at(-1);
  if (lastMonth === undefined) throw new Error("composeValues needs at least one month");
  for (const code of codes) {
    const indicator = getIctIndicator(code);
    if (indicator.aggregationTime === "ratio") continue;
    const keys = [...(areas[0]?.keys() ?? [])].filter((key) => key === code || key.startsWith(`${code}:`));
    for (const key of keys) {
      let total = 0;
      for (const series of areas) {
        const periodMonths = indicator.aggregationTime === "sum" ? months : [lastMonth];
        for (const month of periodMonths) {
          const value = seriesValue(series, key, month);
          if (value === undefined) throw new Error(`No simulated ${key} for month ${month}`);
          total += value;
        }
      }
      values.set(key, indicator.valueType === "money" ? round1(total) : total);
    }
  }
  for (const code of codes) {
    const indicator = getIctIndicator(code);
    if (indicator.aggregationTime !== "ratio") continue;
    const numerator = values.get(indicator.numeratorCode ?? "");
    const denominator = values.get(indicator.denominatorCode ?? "");
    if (numerator === undefined || denominator === undefined || denominator === 0) continue;
    values.set(code, Math.round((numerator / denominator) * 10000) / 100);
  }
  return values;
}

/** The stored form of composed values: totals without a category, ratios marked as computed. */
export function toValueContents(values: Map<string, number>): ValueContent[] {
  return [...values].map(([key, value]) => {
    const [indicatorCode = key, disaggregation] = key.split(":");
    const computed = getIctIndicator(indicatorCode).aggregationTime === "ratio";
    const content: ValueContent = { indicatorCode, value, provenance: computed ? "computed" : "typed" };
    if (disaggregation) content.disaggregation = disaggregation;
    return content;
  });
}
