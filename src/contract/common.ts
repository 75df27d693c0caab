import { z } from "zod";

// Validation messages of the API are Vietnamese like every other message (zod ships a Vietnamese locale).
z.config(z.locales.vi());

/** A reporting period code: "2026-10" (month), "2026-Q3", "2026-H1", "2026-9M" or "2026" (year). */
export const PeriodCode = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2]|Q[1-4]|H[12]|9M))?$/,
    'Mã kỳ báo cáo không hợp lệ: dùng dạng "2026-10" (tháng), "2026-Q3" (quý), "2026-H1" (6 tháng), "2026-9M" (9 tháng) hoặc "2026" (năm)',
  )
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
