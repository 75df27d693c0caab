/**
 * An indicator's value for one unit as it stands on a chosen date, over a chosen span of reporting periods:
 * first across the units that made it up in each period (the new Vĩnh Long's 2024 months are Trà Vinh's +
 * Bến Tre's + old Vĩnh Long's), then over time (flows sum, stocks take the last period, ratios recomputed).
 */
import { evaluateFormula, formulaDependencies } from "./formula.js";
import {
  type AggregateResult,
  type AggregationValue,
  aggregate,
  type ComponentResolver,
  type IndicatorDefinition,
} from "./indicator.js";
import type { UnitGraph } from "./org-unit.js";
import { parsePeriodCode, periodDateRange } from "./period.js";

/** A stored value of one unit and period: (indicator code, unit code, period code) → number or nothing. */
export type ValueLookup = (indicatorCode: string, unitCode: string, periodCode: string) => number | null | undefined;

export interface UnitHistoryQuery {
  indicator: IndicatorDefinition;
  catalogue: (code: string) => IndicatorDefinition | undefined;
  /** The unit as it stands on `asOf` (a today's province, or one of the 63 with an earlier date). */
  unitCode: string;
  /** The reporting periods the value spans (the twelve months of a year, or just one period). */
  periodCodes: readonly string[];
  graph: UnitGraph;
  asOf: string;
  lookup: ValueLookup;
}

export interface UnitHistoryValue extends AggregateResult {
  /** Units whose stored values went in; more than one, or another unit than the target, means combined. */
  combinedFrom: string[];
  /** True when a contributor was later split, so its whole figure overstates its share. */
  hasPartial: boolean;
  /** True when the value was computed from the indicator's formula (no stored value). */
  isDerived: boolean;
}

/** The value of one indicator for one unit over the given periods (see module comment). */
export function unitHistoryValue(query: UnitHistoryQuery): UnitHistoryValue {
  const used = new Set<string>();
  let hasPartial = false;
  let isDerived = false;
  const contributors = new Map<string, ReturnType<UnitGraph["contributorsAt"]>>();
  const contributorsIn = (periodCode: string) => {
    let found = contributors.get(periodCode);
    if (!found) {
      const dataDate = periodDateRange(parsePeriodCode(periodCode)).to;
      found = query.graph.contributorsAt(query.unitCode, dataDate, query.asOf);
      contributors.set(periodCode, found);
    }
    return found;
  };
  const valuesOf = (code: string, periodCode: string): AggregationValue[] =>
    contributorsIn(periodCode).flatMap((c) => {
      const value = query.lookup(code, c.code, periodCode);
      if (typeof value !== "number") return [];
      used.add(c.code);
      if (c.partial) hasPartial = true;
      return [{ value, unitCode: c.code, periodCode }];
    });

  const acrossUnits = new Map<string, AggregateResult>();
  const combinedIn = (code: string, periodCode: string, depth: number): AggregateResult => {
    const key = `${code}|${periodCode}`;
    const cached = acrossUnits.get(key);
    if (cached) return cached;
    const definition = query.catalogue(code);
    let result: AggregateResult;
    if (!definition) result = { value: null, count: 0, note: "missing_components" };
    else {
      const resolve: ComponentResolver = (part) => {
        const indicator = query.catalogue(part);
        return indicator ? { indicator, values: valuesOf(part, periodCode) } : undefined;
      };
      result = aggregate(definition, valuesOf(code, periodCode), "units", resolve);
      // A derived indicator that is not a ratio (a sum of parts) and was not stored: evaluate its formula.
      if (result.value === null && result.note === "no_values" && definition.formula && depth < 8) {
        const parts = formulaDependencies(definition.formula);
        const partValues = new Map(parts.map((p) => [p, combinedIn(p, periodCode, depth + 1).value]));
        const value = evaluateFormula(definition.formula, partValues);
        if (value !== null) {
          isDerived = true;
          result = { value, count: 1 };
        }
      }
    }
    acrossUnits.set(key, result);
    return result;
  };
  const seriesOf = (code: string): AggregationValue[] =>
    query.periodCodes.map((periodCode) => ({ value: combinedIn(code, periodCode, 0).value, periodCode }));

  const resolveOverTime: ComponentResolver = (code) => {
    const indicator = query.catalogue(code);
    return indicator ? { indicator, values: seriesOf(code) } : undefined;
  };
  let result = aggregate(query.indicator, seriesOf(query.indicator.code), "time", resolveOverTime);
  if (result.value === null && result.note === "no_values") {
    // Say why the periods had nothing: several ranks that do not add up, a zero denominator ...
    const reason = query.periodCodes
      .map((p) => combinedIn(query.indicator.code, p, 0).note)
      .find((note) => note && note !== "no_values");
    if (reason) result = { ...result, note: reason };
  }
  return { ...result, combinedFrom: [...used].sort(), hasPartial, isDerived };
}
