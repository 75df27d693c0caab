import { z } from "zod";
import { SearchText } from "./common.js";

export const Aggregation = z.enum(["sum", "last", "average", "ratio", "none"]).meta({ id: "Aggregation" });

export const Disaggregation = z
  .object({ dimension: z.string(), code: z.string(), name: z.string() })
  .meta({ id: "Disaggregation" });

/** An entry of the indicator catalogue. */
export const Indicator = z
  .object({
    code: z.string(),
    name: z.string(),
    field: z.string().nullable().describe("Lĩnh vực / division field"),
    unitOfMeasure: z.string().nullable(),
    valueType: z.enum(["integer", "decimal", "percent", "money"]),
    aggregationUnits: Aggregation,
    aggregationTime: Aggregation,
    formula: z.string().nullable(),
    numeratorCode: z.string().nullable().describe("Chỉ tiêu tử số của tỷ lệ / the ratio's numerator"),
    denominatorCode: z.string().nullable().describe("Chỉ tiêu mẫu số của tỷ lệ / the ratio's denominator"),
    isCumulative: z.boolean(),
    disaggregations: z.array(Disaggregation),
    description: z.string().nullable(),
  })
  .meta({ id: "Indicator" });
export type Indicator = z.infer<typeof Indicator>;

export const ListIndicatorsQuery = z.object({
  field: z.string().trim().min(1).max(50).optional().describe('Lĩnh vực ("cntt", "vien-thong") / field'),
  q: SearchText.optional().describe("Tìm theo tên hoặc mã, không phân biệt dấu / search ignoring diacritics"),
});
export type ListIndicatorsQuery = z.infer<typeof ListIndicatorsQuery>;

export const IndicatorList = z.object({ items: z.array(Indicator) }).meta({ id: "IndicatorList" });
export type IndicatorList = z.infer<typeof IndicatorList>;
