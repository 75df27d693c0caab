import { z } from "zod";
import { formatPeriodCode, parsePeriodCode } from "../domain/period.js";

// Validation messages of the API are Vietnamese like every other message (zod ships a Vietnamese locale).
z.config(z.locales.vi());

/**
 * A reporting period code: "2026-10" (month), "2026-Q3", "2026-H1", "2026-9M" or "2026" (year); read as the
 * domain reads it and passed on in its canonical form ("2026-q3" → "2026-Q3").
 */
export const PeriodCode = z
  .string()
  .transform((code, ctx) => {
    try {
      return formatPeriodCode(parsePeriodCode(code, "period"));
    } catch (error) {
      ctx.addIssue({ code: "custom", message: (error as Error).message });
      return z.NEVER;
    }
  })
  .meta({ description: "Mã kỳ báo cáo / period code", examples: ["2026-10", "2026-Q3", "2026-H1", "2026"] });

/** An ISO calendar date ("2026-10-15"). */
export const IsoDate = z.iso.date("Ngày không hợp lệ: dùng dạng YYYY-MM-DD (ví dụ 2026-10-15)");

/** A code of a unit, regime or indicator. */
export const Code = z.string().trim().min(1, "Mã không được để trống").max(100, "Mã dài quá 100 ký tự");

/** A search text (matched without diacritics: "ky so" finds "ký số"). */
export const SearchText = z.string().trim().max(200, "Chuỗi tìm kiếm dài quá 200 ký tự");

/** Paging of list endpoints. */
export const PageQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50).describe("Số dòng tối đa / page size"),
  offset: z.coerce.number().int().min(0).default(0).describe("Bỏ qua / offset"),
};
