/**
 * Warnings about a report's figures as they are typed, in Vietnamese: a category larger than its total, a
 * numerator larger than its denominator, a percentage over 100, a cumulative figure lower than last period's,
 * a negative count. They never block saving: a person decides.
 */
import type { ValueType } from "./indicator.js";
import { formatVnNumber } from "./vn-number.js";

export interface IndicatorFacts {
  code: string;
  name: string;
  valueType: ValueType;
  unitOfMeasure: string | null;
  isCumulative: boolean;
  numeratorCode: string | null;
  denominatorCode: string | null;
  /** Category names by code. */
  categories: ReadonlyMap<string, string>;
}

export interface ValueFact {
  indicatorCode: string;
  /** "" is the total. */
  disaggregation: string;
  value: number;
}

export type ValueWarningKind = "part-exceeds-total" | "ratio-over-100" | "cumulative-decreased" | "negative";

export interface ValueWarning {
  indicator: string;
  disaggregation: string;
  kind: ValueWarningKind;
  message: string;
}

const key = (code: string, disaggregation: string) => `${code}|${disaggregation}`;

function withUnit(value: number, indicator: IndicatorFacts): string {
  const text = formatVnNumber(value);
  if (!indicator.unitOfMeasure) return text;
  return indicator.unitOfMeasure === "%" ? `${text}%` : `${text} ${indicator.unitOfMeasure}`;
}

/** Every warning about `values` (the report's figures after the save), given last period's cumulative totals. */
export function valueWarnings(
  values: readonly ValueFact[],
  indicators: ReadonlyMap<string, IndicatorFacts>,
  previousTotals: ReadonlyMap<string, number> = new Map(),
): ValueWarning[] {
  const byKey = new Map(values.map((v) => [key(v.indicatorCode, v.disaggregation), v.value]));
  const warnings: ValueWarning[] = [];
  for (const v of values) {
    const indicator = indicators.get(v.indicatorCode);
    if (!indicator) continue;
    const warn = (kind: ValueWarningKind, message: string) =>
      warnings.push({ indicator: v.indicatorCode, disaggregation: v.disaggregation, kind, message });
    const category = v.disaggregation ? (indicator.categories.get(v.disaggregation) ?? v.disaggregation) : null;
    const label = category ? `${indicator.name} (${category})` : indicator.name;
    if (v.value < 0) {
      warn("negative", `${label}: giá trị ${withUnit(v.value, indicator)} âm, số liệu thống kê không thể âm.`);
    }
    if (indicator.valueType === "percent" && v.value > 100) {
      warn("ratio-over-100", `${label}: tỷ lệ ${withUnit(v.value, indicator)} vượt quá 100%.`);
    }
    if (category) {
      const total = byKey.get(key(v.indicatorCode, ""));
      if (total !== undefined && v.value > total) {
        warn(
          "part-exceeds-total",
          `${label}: ${withUnit(v.value, indicator)} lớn hơn tổng số ${withUnit(total, indicator)}.`,
        );
      }
    }
    if (!category && indicator.numeratorCode && indicator.denominatorCode) {
      const part = byKey.get(key(indicator.numeratorCode, ""));
      const whole = byKey.get(key(indicator.denominatorCode, ""));
      const partIndicator = indicators.get(indicator.numeratorCode);
      const wholeIndicator = indicators.get(indicator.denominatorCode);
      if (part !== undefined && whole !== undefined && part > whole && partIndicator && wholeIndicator) {
        warn(
          "part-exceeds-total",
          `${partIndicator.name} (${withUnit(part, partIndicator)}) lớn hơn ${wholeIndicator.name.charAt(0).toLowerCase()}${wholeIndicator.name.slice(1)} (${withUnit(whole, wholeIndicator)}), nên ${indicator.name.charAt(0).toLowerCase()}${indicator.name.slice(1)} vượt quá 100%.`,
        );
      }
    }
    const previous = previousTotals.get(key(v.indicatorCode, v.disaggregation));
    if (indicator.isCumulative && previous !== undefined && v.value < previous) {
      warn(
        "cumulative-decreased",
        `${label}: số lũy kế ${withUnit(v.value, indicator)} thấp hơn kỳ trước (${withUnit(previous, indicator)}); số lũy kế không giảm.`,
      );
    }
  }
  return warnings;
}
