import { z } from "zod";
import { Code, IsoDate, SearchText } from "./common.js";

export const UnitKind = z
  .enum([
    "country",
    "government",
    "ministry",
    "ministry_unit",
    "people_committee",
    "department",
    "division",
    "district",
    "commune",
    "agency",
  ])
  .meta({ id: "UnitKind" });
export type UnitKind = z.infer<typeof UnitKind>;

/** A unit with the name in force on the requested date. */
export const Unit = z
  .object({
    code: z.string(),
    kind: UnitKind,
    name: z.string().describe("Tên có hiệu lực tại ngày xem / name in force"),
    shortName: z.string().nullable(),
    symbol: z.string().nullable().describe('Ký hiệu trong số văn bản ("STTTT") / document symbol'),
    parentCode: z.string().nullable(),
    provinceCode: z.string().nullable(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
  })
  .meta({ id: "Unit" });
export type Unit = z.infer<typeof Unit>;

export const UnitName = z
  .object({
    name: z.string(),
    shortName: z.string().nullable(),
    symbol: z.string().nullable(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
  })
  .meta({ id: "UnitName" });

export const UnitSuccession = z
  .object({
    fromCode: z.string(),
    toCode: z.string(),
    effectiveDate: z.string(),
    kind: z.enum(["merge", "split", "rename", "transfer"]),
    note: z.string().nullable(),
  })
  .meta({ id: "UnitSuccession" });

/** One unit with its names over time, children and successions. */
export const UnitDetail = Unit.extend({
  names: z.array(UnitName),
  children: z.array(Unit),
  predecessors: z.array(UnitSuccession),
  successors: z.array(UnitSuccession),
}).meta({ id: "UnitDetail" });
export type UnitDetail = z.infer<typeof UnitDetail>;

export const ListUnitsQuery = z.object({
  kind: UnitKind.optional(),
  q: SearchText.optional().describe("Tìm theo tên, không phân biệt dấu / name search ignoring diacritics"),
  at: IsoDate.optional().describe("Ngày hiệu lực (mặc định hôm nay) / effective date"),
  parent: Code.optional().describe("Mã đơn vị cấp trên / parent unit code"),
  limit: z.coerce.number().int().min(1).max(2000).default(500).describe("Số đơn vị tối đa / at most this many"),
});
export type ListUnitsQuery = z.infer<typeof ListUnitsQuery>;

export const UnitList = z.object({ items: z.array(Unit) }).meta({ id: "UnitList" });
export type UnitList = z.infer<typeof UnitList>;

export const UnitParams = z.object({ code: Code });
export const UnitQuery = z.object({ at: IsoDate.optional() });

const UnitNameFields = {
  name: z.string().trim().min(1, "Nhập tên đơn vị").max(300, "Tên đơn vị dài quá 300 ký tự"),
  shortName: z
    .string()
    .trim()
    .max(100)
    .nullable()
    .optional()
    .transform((v) => v || null),
  symbol: z
    .string()
    .trim()
    .max(30, "Ký hiệu dài quá 30 ký tự")
    .nullable()
    .optional()
    .transform((v) => v || null)
    .describe('Ký hiệu trong số văn bản ("CĐS") / document symbol'),
  validFrom: IsoDate.describe("Có hiệu lực từ ngày / in force from"),
};

/** A new division of a department. */
export const CreateDivisionBody = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[A-Z0-9][A-Z0-9-]{1,49}$/, "Mã đơn vị 2–50 ký tự: chữ in hoa không dấu, số, gạch ngang"),
    parentCode: Code.describe("Mã Sở / department code"),
    ...UnitNameFields,
  })
  .meta({ id: "CreateDivisionBody" });
export type CreateDivisionBody = z.input<typeof CreateDivisionBody>;

/** A unit's new name from a date (the previous one ends the day before). */
export const RenameUnitBody = z.object(UnitNameFields).meta({ id: "RenameUnitBody" });
export type RenameUnitBody = z.input<typeof RenameUnitBody>;

/** A unit's last day. */
export const EndUnitBody = z
  .object({ validTo: IsoDate.describe("Ngày cuối cùng đơn vị hoạt động / last day") })
  .meta({ id: "EndUnitBody" });
export type EndUnitBody = z.infer<typeof EndUnitBody>;
