import type { DisaggregationDefinition, IndicatorDefinition } from "../../domain/indicator.js";

/** Optional parts of an indicator definition that the builders below do not fix. */
type Extra = Partial<Pick<IndicatorDefinition, "disaggregations" | "description" | "valueType">>;

/** A flow counted over the period ("văn bản đi trong tháng"): sums over units and over time. */
export function flow(
  code: string,
  name: string,
  field: string,
  unitOfMeasure: string,
  keywords: string[],
  extra: Extra = {},
): IndicatorDefinition {
  return {
    code,
    name,
    field,
    unitOfMeasure,
    valueType: "integer",
    aggregationUnits: "sum",
    aggregationTime: "sum",
    keywords,
    ...extra,
  };
}

/** A stock at the end of the period ("thuê bao di động"): sums over units, the last value over time. */
export function stock(
  code: string,
  name: string,
  field: string,
  unitOfMeasure: string,
  keywords: string[],
  extra: Extra = {},
): IndicatorDefinition {
  return { ...flow(code, name, field, unitOfMeasure, keywords, extra), aggregationTime: "last" };
}

/** A running total since the system started ("lũy kế", "nâng tổng số"): a stock that never decreases. */
export function cumulative(
  code: string,
  name: string,
  field: string,
  unitOfMeasure: string,
  keywords: string[],
  extra: Extra = {},
): IndicatorDefinition {
  return { ...stock(code, name, field, unitOfMeasure, keywords, extra), isCumulative: true };
}

/** An amount of money in million VND over the period (revenue, fines). */
export function money(
  code: string,
  name: string,
  field: string,
  keywords: string[],
  extra: Extra = {},
): IndicatorDefinition {
  return { ...flow(code, name, field, "triệu đồng", keywords, extra), valueType: "money" };
}

/** A percentage recomputed from its parts wherever it is aggregated: numerator / denominator × 100. */
export function ratio(
  code: string,
  name: string,
  field: string,
  numeratorCode: string,
  denominatorCode: string,
  keywords: string[],
  extra: Extra = {},
): IndicatorDefinition {
  return {
    code,
    name,
    field,
    unitOfMeasure: "%",
    valueType: "percent",
    aggregationUnits: "ratio",
    aggregationTime: "ratio",
    formula: `${numeratorCode} / ${denominatorCode} * 100`,
    numeratorCode,
    denominatorCode,
    keywords,
    ...extra,
  };
}

/** A value that does not combine over units or time (a rank, a score, an average duration). */
export function standalone(
  code: string,
  name: string,
  field: string,
  unitOfMeasure: string | null,
  keywords: string[],
  extra: Extra = {},
): IndicatorDefinition {
  return {
    code,
    name,
    field,
    unitOfMeasure,
    valueType: "decimal",
    aggregationUnits: "none",
    aggregationTime: "none",
    keywords,
    ...extra,
  };
}

/** Disaggregation categories shared by several indicators. */
export const channel: DisaggregationDefinition[] = [
  { dimension: "channel", code: "online", name: "Trực tuyến", keywords: ["truc tuyen", "qua mang", "online"] },
  { dimension: "channel", code: "in_person", name: "Trực tiếp", keywords: ["truc tiep", "tai bo phan mot cua"] },
];

export const serviceLevel: DisaggregationDefinition[] = [
  { dimension: "level", code: "level_3", name: "Mức độ 3", keywords: ["muc do 3", "muc 3"] },
  { dimension: "level", code: "level_4", name: "Mức độ 4", keywords: ["muc do 4", "muc 4"] },
  { dimension: "level", code: "full", name: "Toàn trình", keywords: ["toan trinh"] },
  { dimension: "level", code: "partial", name: "Một phần", keywords: ["mot phan"] },
];

export const severity: DisaggregationDefinition[] = [
  { dimension: "severity", code: "low", name: "Mức độ thấp", keywords: ["muc do thap", "muc thap"] },
  {
    dimension: "severity",
    code: "medium",
    name: "Mức độ trung bình",
    keywords: ["muc do trung binh", "muc trung binh"],
  },
  { dimension: "severity", code: "high", name: "Mức độ cao", keywords: ["muc do cao", "muc cao", "nghiem trong"] },
];

export const holder: DisaggregationDefinition[] = [
  { dimension: "holder", code: "organisation", name: "Tổ chức", keywords: ["to chuc", "co quan"] },
  { dimension: "holder", code: "personal", name: "Cá nhân", keywords: ["ca nhan"] },
];
