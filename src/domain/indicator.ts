/** The indicator catalogue: what a figure means, its unit, and how it combines over units and time. */
import { evaluateFormula, formulaDependencies } from "./formula.js";
import type { Contributor } from "./org-unit.js";
import { parsePeriodCode, periodMonths } from "./period.js";

export type ValueType = "integer" | "decimal" | "percent" | "money";

/**
 * How values combine: flows `sum`, stocks take the `last` value, `ratio` is recomputed from numerator and
 * denominator (never averaged), `average` for the rare true means, `none` when they do not combine.
 */
export type Aggregation = "sum" | "last" | "average" | "ratio" | "none";

export interface DisaggregationDefinition {
  /** The dimension ("channel", "level", "severity", "holder"). */
  dimension: string;
  /** The category code ("online", "in_person", "level_3", "high"). */
  code: string;
  name: string;
  /** Folded phrases that identify the category next to a figure ("truc tuyen", "muc do cao"). */
  keywords?: string[];
}

export interface IndicatorDefinition {
  code: string;
  name: string;
  /** Division field ("cntt", "vien-thong", "buu-chinh", "attt", "bao-chi", "ttcs", "ttdn", "thanh-tra", ...). */
  field: string;
  unitOfMeasure: string | null;
  valueType: ValueType;
  aggregationUnits: Aggregation;
  aggregationTime: Aggregation;
  /** Derived indicators: arithmetic over other codes, e.g. "DOC_SIGNED / DOC_OUT * 100". */
  formula?: string | null;
  numeratorCode?: string | null;
  denominatorCode?: string | null;
  /** A running total ("lũy kế") carried forward from the previous period. */
  isCumulative?: boolean;
  /** Folded phrases that identify the indicator in a report's text ("van ban ky so"). */
  keywords: string[];
  disaggregations?: DisaggregationDefinition[];
  description?: string | null;
}

// ---------------------------------------------------------------------------------------------------------
// Aggregation over time and over units.

/** One value to combine: a unit's figure for a period (either may be absent when irrelevant). */
export interface AggregationValue {
  value: number | null;
  periodCode?: string | null;
  unitCode?: string | null;
}

/**
 * What to combine over: the periods of one unit, the units of one period, or both (each unit over time
 * first, then across units, which is what a stock needs: the last value of each province, summed).
 */
export type AggregationScope = "time" | "units" | "time_then_units";

/** Why a result is null: nothing to combine, a "none" indicator with several values, a zero or missing part. */
export type AggregateNote = "no_values" | "not_aggregatable" | "zero_denominator" | "missing_components";

export interface AggregateResult {
  value: number | null;
  /** How many non-null values went in (for a recomputed ratio: those of the denominator). */
  count: number;
  note?: AggregateNote;
  /** For "last": the period the value was taken from, when known. */
  periodCode?: string | null;
}

/** The catalogue entry and the values (same scope) of a component of a ratio or formula. */
export interface ResolvedComponent {
  indicator: IndicatorDefinition;
  values: readonly AggregationValue[];
}

/** Finds a component's definition and values by code; undefined when unknown. */
export type ComponentResolver = (code: string) => ResolvedComponent | undefined;

function methodFor(indicator: IndicatorDefinition, over: "time" | "units"): Aggregation {
  return over === "time" ? indicator.aggregationTime : indicator.aggregationUnits;
}

/** The month a period ends, as a number that orders (a stock is measured at the end of its period). */
function endMonth(periodCode: string): number {
  const { last } = periodMonths(parsePeriodCode(periodCode));
  return last.year * 12 + last.month;
}

function pickLast(values: readonly AggregationValue[]): AggregationValue {
  const allDated = values.every((v) => v.periodCode);
  let best = values[0]!;
  for (const candidate of values.slice(1)) {
    // Periods ending in the same month (December, Q4): the later entry wins, as it does for undated values.
    if (!allDated || endMonth(candidate.periodCode!) >= endMonth(best.periodCode!)) best = candidate;
  }
  return best;
}

function combine(method: Aggregation, values: readonly AggregationValue[]): AggregateResult {
  const known = values.filter((v): v is AggregationValue & { value: number } => typeof v.value === "number");
  const count = known.length;
  if (count === 0) return { value: null, count, note: "no_values" };
  switch (method) {
    case "sum":
      return { value: known.reduce((total, v) => total + v.value, 0), count };
    case "average":
      return { value: known.reduce((total, v) => total + v.value, 0) / count, count };
    case "last": {
      const last = pickLast(known);
      return { value: last.value, count, periodCode: last.periodCode ?? null };
    }
    case "none":
      return count === 1 ? { value: known[0]!.value, count } : { value: null, count, note: "not_aggregatable" };
    case "ratio":
      // A ratio is never combined from its own values; see recomputeRatio.
      return { value: null, count, note: "missing_components" };
  }
}

function groupByUnit(values: readonly AggregationValue[]): AggregationValue[][] {
  const groups = new Map<string, AggregationValue[]>();
  for (const value of values) {
    const key = value.unitCode ?? "";
    const group = groups.get(key) ?? [];
    group.push(value);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function aggregateScope(
  indicator: IndicatorDefinition,
  values: readonly AggregationValue[],
  over: AggregationScope,
  resolve: ComponentResolver | undefined,
  inProgress: ReadonlySet<string>,
): AggregateResult {
  const usesRatio =
    over === "time_then_units"
      ? indicator.aggregationTime === "ratio" || indicator.aggregationUnits === "ratio"
      : methodFor(indicator, over) === "ratio";
  if (usesRatio) return recomputeRatio(indicator, over, resolve, inProgress);
  if (over !== "time_then_units") return combine(methodFor(indicator, over), values);
  const perUnit = groupByUnit(values).map((group) => {
    const result = combine(indicator.aggregationTime, group);
    return { value: result.value, unitCode: group[0]?.unitCode ?? null, periodCode: result.periodCode ?? null };
  });
  return combine(indicator.aggregationUnits, perUnit);
}

/**
 * A ratio recomputed from its aggregated parts: the formula over aggregated dependencies when there is one,
 * otherwise numerator / denominator (× 100 for percentages). Never an average of ratios.
 */
function recomputeRatio(
  indicator: IndicatorDefinition,
  over: AggregationScope,
  resolve: ComponentResolver | undefined,
  inProgress: ReadonlySet<string>,
): AggregateResult {
  if (inProgress.has(indicator.code)) {
    throw new Error(`Indicator ${indicator.code} depends on itself through its formula or ratio parts`);
  }
  const nested = new Set(inProgress).add(indicator.code);
  const codes = indicator.formula
    ? formulaDependencies(indicator.formula)
    : [indicator.numeratorCode, indicator.denominatorCode].filter((c): c is string => !!c);
  if (!resolve || codes.length === 0 || (!indicator.formula && codes.length < 2)) {
    return { value: null, count: 0, note: "missing_components" };
  }
  const parts = new Map<string, AggregateResult>();
  for (const code of codes) {
    const component = resolve(code);
    if (!component) return { value: null, count: 0, note: "missing_components" };
    parts.set(code, aggregateScope(component.indicator, component.values, over, resolve, nested));
  }
  const denominatorCode = indicator.denominatorCode ?? codes.at(-1)!;
  const count = parts.get(denominatorCode)?.count ?? Math.max(...[...parts.values()].map((p) => p.count));
  if ([...parts.values()].some((p) => p.value === null)) return { value: null, count, note: "missing_components" };
  const partValue = (code: string) => parts.get(code)?.value ?? null;
  let value: number | null;
  if (indicator.formula) {
    value = evaluateFormula(indicator.formula, partValue);
  } else {
    const denominator = partValue(indicator.denominatorCode!)!;
    const scale = indicator.valueType === "percent" ? 100 : 1;
    value = denominator === 0 ? null : (partValue(indicator.numeratorCode!)! / denominator) * scale;
  }
  return value === null ? { value, count, note: "zero_denominator" } : { value, count };
}

/**
 * Combines an indicator's values over time or over units by its catalogue rule: sum for flows, the latest
 * period's value for stocks, a ratio recomputed from its aggregated parts (found through `resolve`), a mean
 * for true averages, and nothing for "none" (one value passes through). A merged province's history is the
 * same call over its predecessors' values with `over: "units"`.
 */
export function aggregate(
  indicator: IndicatorDefinition,
  values: readonly AggregationValue[],
  over: AggregationScope,
  resolve?: ComponentResolver,
): AggregateResult {
  return aggregateScope(indicator, values, over, resolve, new Set());
}

/** A value of today's unit computed from the units that made it up, and whether some only partly did. */
export interface ContributorAggregate extends AggregateResult {
  /** The contributors that had a value for the indicator (or for a ratio's parts). */
  unitCodes: string[];
  /** True when a contributor was split later, so its whole figure overstates its share (shown as a warning). */
  hasPartial: boolean;
}

/**
 * Today's unit's value for one period from its contributors' values (UnitGraph.contributorsAt): the new Vĩnh
 * Long's October 2024 figure is Trà Vinh's + Bến Tre's + old Vĩnh Long's, a rate recomputed from their parts.
 */
export function aggregateContributors(
  indicator: IndicatorDefinition,
  contributors: readonly Contributor[],
  lookupValue: (indicatorCode: string, unitCode: string) => number | null | undefined,
  catalogue: (code: string) => IndicatorDefinition | undefined,
): ContributorAggregate {
  const used = new Set<string>();
  const valuesFor = (code: string): AggregationValue[] =>
    contributors.flatMap(({ code: unitCode }) => {
      const value = lookupValue(code, unitCode);
      if (typeof value !== "number") return [];
      used.add(unitCode);
      return [{ value, unitCode }];
    });
  const resolve: ComponentResolver = (code) => {
    const definition = catalogue(code);
    return definition ? { indicator: definition, values: valuesFor(code) } : undefined;
  };
  const result = aggregate(indicator, valuesFor(indicator.code), "units", resolve);
  const unitCodes = contributors.map((c) => c.code).filter((code) => used.has(code));
  const hasPartial = contributors.some((c) => c.partial && used.has(c.code));
  return { ...result, unitCodes, hasPartial };
}

/** Problems of a catalogue entry in Vietnamese: a ratio without parts, a bad formula, unknown codes. */
export function validateIndicator(
  indicator: IndicatorDefinition,
  knownCodes: ReadonlySet<string> | readonly string[],
): string[] {
  const known = new Set(knownCodes);
  const problems: string[] = [];
  const label = `Chỉ tiêu ${indicator.code}`;
  let dependencies: string[] = [];
  if (indicator.formula) {
    try {
      dependencies = formulaDependencies(indicator.formula);
    } catch (error) {
      problems.push(`${label}: ${(error as Error).message}`);
    }
  }
  dependencies.push(...[indicator.numeratorCode, indicator.denominatorCode].filter((c): c is string => !!c));
  for (const code of new Set(dependencies)) {
    if (code === indicator.code) problems.push(`${label}: công thức dùng chính chỉ tiêu này.`);
    else if (!known.has(code)) problems.push(`${label}: công thức dùng mã chỉ tiêu "${code}" không có trong danh mục.`);
  }
  const ratio = indicator.aggregationTime === "ratio" || indicator.aggregationUnits === "ratio";
  if (ratio && !indicator.formula && !(indicator.numeratorCode && indicator.denominatorCode)) {
    problems.push(`${label}: tỷ lệ phải có công thức hoặc mã tử số và mẫu số để tính lại khi cộng gộp.`);
  }
  return problems;
}
