import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, periodLabel } from "./format.js";
import { en } from "./i18n/en.js";
import { vi } from "./i18n/vi.js";

describe("formatDate", () => {
  it.each([
    ["2026-10-15", "15/10/2026"],
    ["2025-07-01", "01/07/2025"],
    [null, ""],
    ["", ""],
    ["không phải ngày", "không phải ngày"],
  ])("%s → %s", (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });

  it("formats a timestamp as a local date", () => {
    const local = new Date(2026, 0, 5, 12, 0, 0).toISOString();
    expect(formatDate(local)).toBe("05/01/2026");
  });
});

describe("formatNumber", () => {
  it.each([
    [64096, "vi", "64.096"],
    [57.33, "vi", "57,33"],
    [1234.5, "vi", "1.234,5"],
    [64096, "en", "64,096"],
    [57.33, "en", "57.33"],
  ])("%d in %s → %s", (value, language, expected) => {
    expect(formatNumber(value, language)).toBe(expected);
  });
});

describe("periodLabel", () => {
  it.each([
    ["2026-10", "Tháng 10/2026", "October 2026"],
    ["2025-01", "Tháng 1/2025", "January 2025"],
    ["2026-Q3", "Quý III năm 2026", "Q3 2026"],
    ["2026-Q4", "Quý IV năm 2026", "Q4 2026"],
    ["2022-H1", "6 tháng đầu năm 2022", "First half of 2022"],
    ["2022-H2", "6 tháng cuối năm 2022", "Second half of 2022"],
    ["2024-9M", "9 tháng năm 2024", "First nine months of 2024"],
    ["2021", "Năm 2021", "Year 2021"],
    ["kỳ lạ", "kỳ lạ", "kỳ lạ"],
    ["2025-13", "2025-13", "2025-13"],
  ])("%s → %s / %s", (code, inVietnamese, inEnglish) => {
    expect(periodLabel(code, vi)).toBe(inVietnamese);
    expect(periodLabel(code, en)).toBe(inEnglish);
  });
});
