import { z } from "zod";
import { SearchText } from "./common.js";

export const Aggregation = z.enum(["sum", "last", "average", "ratio", "none"]).meta({ id: "Aggregation" });
export const ValueType = z.enum(["integer", "decimal", "percent", "money"]).meta({ id: "ValueType" });

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
    valueType: ValueType,
    aggregationUnits: Aggregation,
    aggregationTime: Aggregation,
    formula: z.string().nullable(),
    numeratorCode: z.string().nullable().describe("Chỉ tiêu tử số của tỷ lệ / the ratio's numerator"),
    denominatorCode: z.string().nullable().describe("Chỉ tiêu mẫu số của tỷ lệ / the ratio's denominator"),
    isCumulative: z.boolean(),
    keywords: z.array(z.string()).describe("Cụm từ nhận diện (không dấu) / folded keywords"),
    disaggregations: z.array(Disaggregation),
    description: z.string().nullable(),
    isActive: z.boolean().describe("false: đã ngừng sử dụng / deactivated"),
  })
  .meta({ id: "Indicator" });
export type Indicator = z.infer<typeof Indicator>;

export const ListIndicatorsQuery = z.object({
  field: z.string().trim().min(1).max(50).optional().describe('Lĩnh vực ("cntt", "vien-thong") / field'),
  q: SearchText.optional().describe("Tìm theo tên hoặc mã, không phân biệt dấu / search ignoring diacritics"),
  active: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional()
    .describe("Chỉ chỉ tiêu đang dùng (true) hoặc đã ngừng (false) / active filter"),
});
export type ListIndicatorsQuery = z.input<typeof ListIndicatorsQuery>;

export const IndicatorList = z.object({ items: z.array(Indicator) }).meta({ id: "IndicatorList" });
export type IndicatorList = z.infer<typeof IndicatorList>;

const IndicatorCode = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Z0-9_]{1,79}$/, "Mã chỉ tiêu 2–80 ký tự: chữ in hoa không dấu, số, gạch dưới; bắt đầu bằng chữ");
const CategoryCode = z
  .string()
  .trim()
  .regex(/^[a-z0-9_]{1,50}$/, "Mã hạng mục: chữ thường không dấu, số, gạch dưới");
const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Dài quá ${max} ký tự`)
    .nullable()
    .optional()
    .transform((v) => v || null);
const OptionalCode = z
  .string()
  .trim()
  .max(80)
  .nullable()
  .optional()
  .transform((v) => v || null);

const IndicatorFields = {
  name: z.string().trim().min(1, "Nhập tên chỉ tiêu").max(300, "Tên chỉ tiêu dài quá 300 ký tự"),
  field: z
    .string()
    .trim()
    .max(50)
    .nullable()
    .optional()
    .transform((v) => v ?? "")
    .describe("Lĩnh vực / division field"),
  unitOfMeasure: OptionalText(50),
  valueType: ValueType,
  aggregationUnits: Aggregation,
  aggregationTime: Aggregation,
  formula: OptionalText(500).describe('Công thức theo mã chỉ tiêu ("DOC_SIGNED / DOC_OUT * 100")'),
  numeratorCode: OptionalCode,
  denominatorCode: OptionalCode,
  isCumulative: z.boolean().default(false),
  keywords: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
  disaggregations: z
    .array(
      z.object({
        dimension: z.string().trim().min(1, "Nhập chiều phân tổ").max(50),
        code: CategoryCode,
        name: z.string().trim().min(1, "Nhập tên hạng mục").max(200),
      }),
    )
    .max(50)
    .default([]),
  description: OptionalText(2000),
};

/** A new catalogue indicator. */
export const CreateIndicatorBody = z
  .object({ code: IndicatorCode, ...IndicatorFields })
  .meta({ id: "CreateIndicatorBody" });
export type CreateIndicatorBody = z.input<typeof CreateIndicatorBody>;

/** The whole of an indicator but its code (which never changes), and whether it is in use. */
export const UpdateIndicatorBody = z
  .object({ ...IndicatorFields, isActive: z.boolean().optional() })
  .meta({ id: "UpdateIndicatorBody" });
export type UpdateIndicatorBody = z.input<typeof UpdateIndicatorBody>;

export const IndicatorParams = z.object({ code: z.string().trim().min(1).max(80) });

export const RemoveIndicatorResult = z
  .object({
    outcome: z.enum(["deleted", "deactivated"]).describe("deactivated: chỉ tiêu đã có số liệu nên chỉ ngừng dùng"),
    indicator: Indicator.nullable(),
  })
  .meta({ id: "RemoveIndicatorResult" });
export type RemoveIndicatorResult = z.infer<typeof RemoveIndicatorResult>;
