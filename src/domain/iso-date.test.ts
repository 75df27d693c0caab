import { describe, expect, it } from "vitest";
import { isUserError } from "./errors.js";
import {
  addDays,
  addMonths,
  clampedDate,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  formatVietnameseDate,
  isIsoDate,
  isLeapYear,
  parseIsoDate,
} from "./iso-date.js";

describe("isLeapYear / daysInMonth", () => {
  it.each([
    [2024, true],
    [2028, true],
    [2000, true],
    [2100, false],
    [2025, false],
    [2026, false],
  ])("%i leap=%s", (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
  });
  it.each([
    [1, 31],
    [3, 31],
    [4, 30],
    [6, 30],
    [7, 31],
    [8, 31],
    [9, 30],
    [11, 30],
    [12, 31],
  ])("month %i has %i days", (month, days) => {
    expect(daysInMonth(2025, month)).toBe(days);
  });
});

describe("isIsoDate / parseIsoDate", () => {
  it.each([
    ["2024-02-29", true],
    ["2028-02-29", true],
    ["2025-02-29", false],
    ["2025-04-31", false],
    ["2025-13-01", false],
    ["2025-00-10", false],
    ["2025-1-5", false],
    ["05/01/2025", false],
    ["", false],
    ["2025-12-31", true],
  ])("%s → %s", (text, valid) => {
    expect(isIsoDate(text)).toBe(valid);
  });

  it("throws a Vietnamese UserError naming the field", () => {
    try {
      parseIsoDate("2025-02-30", "effectiveDate");
      expect.unreachable();
    } catch (error) {
      expect(isUserError(error)).toBe(true);
      if (isUserError(error)) {
        expect(error.code).toBe("invalid_date");
        expect(error.message).toContain("2025-02-30");
        expect(error.message).toContain("không hợp lệ");
        expect(error.location.field).toBe("effectiveDate");
      }
    }
  });
});

describe("addDays / daysBetween / dayOfWeek", () => {
  it.each([
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-02-29", 1, "2024-03-01"],
    ["2025-02-28", 1, "2025-03-01"],
    ["2028-02-28", 2, "2028-03-01"],
    ["2024-12-31", 1, "2025-01-01"],
    ["2025-01-01", -1, "2024-12-31"],
    ["2025-03-01", -1, "2025-02-28"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2020-09-15", 30, "2020-10-15"],
    ["2025-07-01", 0, "2025-07-01"],
    ["2024-01-01", 366, "2025-01-01"],
  ])("%s %+i → %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it.each([
    ["2020-10-15", 4],
    ["2024-02-29", 4],
    ["2028-02-29", 2],
    ["2024-12-31", 2],
    ["2025-01-01", 3],
    ["2021-03-06", 6],
    ["2021-03-14", 0],
    ["1970-01-01", 4],
    ["1969-12-31", 3],
  ])("%s is weekday %i", (date, weekday) => {
    expect(dayOfWeek(date)).toBe(weekday);
  });
});

describe("addMonths / clampedDate / formatVietnameseDate", () => {
  it.each([
    [2020, 10, -1, 2020, 9],
    [2021, 1, -1, 2020, 12],
    [2020, 12, 1, 2021, 1],
    [2021, 3, -13, 2020, 2],
    [2021, 3, 22, 2023, 1],
  ])("%i-%i %+i → %i-%i", (year, month, offset, y, m) => {
    expect(addMonths(year, month, offset)).toEqual({ year: y, month: m });
  });

  it.each([
    [2025, 2, 31, "2025-02-28"],
    [2024, 2, 31, "2024-02-29"],
    [2025, 4, 31, "2025-04-30"],
    [2025, 1, 31, "2025-01-31"],
    [2025, 6, 0, "2025-06-01"],
  ])("clampedDate(%i, %i, %i) → %s", (year, month, day, expected) => {
    expect(clampedDate(year, month, day)).toBe(expected);
  });

  it("writes dd/mm/yyyy", () => {
    expect(formatVietnameseDate("2021-03-06")).toBe("06/03/2021");
  });
});
