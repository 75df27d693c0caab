import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  isWeekend,
  isWorkingDay,
  nextWorkingDay,
  workingDayOnOrAfter,
  workingDaysBetween,
} from "./working-days.js";

// A hand-written holiday list in the shape the reference data provides (Tết 2024 and 2025, 30/4, 1/5, 2/9).
const HOLIDAYS = new Set([
  "2024-01-01",
  "2024-02-08",
  "2024-02-09",
  "2024-02-12",
  "2024-02-13",
  "2024-02-14",
  "2025-01-01",
  "2025-01-27",
  "2025-01-28",
  "2025-01-29",
  "2025-01-30",
  "2025-01-31",
  "2025-04-07",
  "2025-04-30",
  "2025-05-01",
  "2025-05-02",
  "2025-09-01",
  "2025-09-02",
  "2026-01-01",
]);

describe("isWorkingDay", () => {
  it.each([
    ["2025-11-21", true, "Friday"],
    ["2025-11-22", false, "Saturday"],
    ["2025-11-23", false, "Sunday"],
    ["2025-11-24", true, "Monday"],
    ["2025-01-01", false, "New Year, Wednesday"],
    ["2025-01-29", false, "Tết"],
    ["2025-09-02", false, "National Day"],
    ["2025-09-03", true, "after National Day"],
    ["2024-02-29", true, "leap day 2024, Thursday"],
    ["2028-02-29", true, "leap day 2028, Tuesday"],
    ["2024-02-14", false, "Tết 2024"],
  ])("%s → %s (%s)", (date, expected) => {
    expect(isWorkingDay(date, HOLIDAYS)).toBe(expected);
  });

  it("accepts holidays as an array and no holidays at all", () => {
    expect(isWorkingDay("2025-04-30", ["2025-04-30"])).toBe(false);
    expect(isWorkingDay("2025-04-30")).toBe(true);
    expect(isWeekend("2025-04-30")).toBe(false);
  });

  it("refuses an impossible date", () => {
    expect(() => isWorkingDay("2025-02-29")).toThrow(/không hợp lệ/);
  });
});

describe("nextWorkingDay / workingDayOnOrAfter", () => {
  it.each([
    // date, next strictly after, on-or-after
    ["2025-11-21", "2025-11-24", "2025-11-21"],
    ["2025-11-22", "2025-11-24", "2025-11-24"],
    ["2025-01-24", "2025-02-03", "2025-01-24"],
    ["2025-01-25", "2025-02-03", "2025-02-03"],
    ["2025-08-29", "2025-09-03", "2025-08-29"],
    ["2025-08-30", "2025-09-03", "2025-09-03"],
    ["2025-12-31", "2026-01-02", "2025-12-31"],
    ["2027-12-31", "2028-01-03", "2027-12-31"],
    ["2024-02-28", "2024-02-29", "2024-02-28"],
    ["2024-02-07", "2024-02-15", "2024-02-07"],
    ["2024-02-10", "2024-02-15", "2024-02-15"],
  ])("%s → next %s, on-or-after %s", (date, next, onOrAfter) => {
    expect(nextWorkingDay(date, HOLIDAYS)).toBe(next);
    expect(workingDayOnOrAfter(date, HOLIDAYS)).toBe(onOrAfter);
  });
});

describe("addWorkingDays", () => {
  it.each([
    ["2025-11-20", 1, "2025-11-21"],
    ["2025-11-21", 1, "2025-11-24"],
    ["2025-11-21", 5, "2025-11-28"],
    ["2025-11-22", 0, "2025-11-22"],
    ["2025-11-22", 1, "2025-11-24"],
    ["2025-01-24", 1, "2025-02-03"],
    ["2025-01-24", 3, "2025-02-05"],
    ["2025-12-30", 2, "2026-01-02"],
    ["2025-11-24", -1, "2025-11-21"],
    ["2025-02-03", -1, "2025-01-24"],
    ["2026-01-02", -2, "2025-12-30"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2028-02-29", 1, "2028-03-01"],
    ["2024-03-01", -1, "2024-02-29"],
  ])("%s %+i working days → %s", (date, count, expected) => {
    expect(addWorkingDays(date, count, HOLIDAYS)).toBe(expected);
  });

  it("refuses a fractional count", () => {
    expect(() => addWorkingDays("2025-11-20", 1.5)).toThrow();
  });
});

describe("workingDaysBetween", () => {
  it.each([
    ["2025-11-21", "2025-11-24", 1, "Friday → Monday"],
    ["2025-11-21", "2025-11-21", 0, "same day"],
    ["2025-11-17", "2025-11-28", 9, "two weeks minus the start Monday"],
    ["2025-01-24", "2025-02-03", 1, "over Tết"],
    ["2025-12-29", "2026-01-02", 3, "over New Year"],
    ["2024-02-26", "2024-03-04", 5, "over the 2024 leap day"],
    ["2025-11-24", "2025-11-21", -1, "backwards"],
    ["2021-03-14", "2021-03-15", 1, "Sunday → Monday"],
  ])("%s → %s = %i (%s)", (from, to, expected) => {
    expect(workingDaysBetween(from, to, HOLIDAYS)).toBe(expected);
  });
});

describe("make-up working Saturdays (ngày làm bù)", () => {
  // 2025: Friday 2/5 off in exchange for working Saturday 26/4.
  const CALENDAR = { holidays: [...HOLIDAYS], makeUpWorkingDays: ["2025-04-26"] };

  it.each([
    ["2025-04-26", true],
    ["2025-04-27", false],
    ["2025-05-02", false],
    ["2025-04-25", true],
  ])("%s working → %s", (date, expected) => {
    expect(isWorkingDay(date, CALENDAR)).toBe(expected);
  });

  it("counts and moves over the make-up Saturday", () => {
    expect(nextWorkingDay("2025-04-25", CALENDAR)).toBe("2025-04-26");
    expect(addWorkingDays("2025-04-25", 2, CALENDAR)).toBe("2025-04-28");
    expect(workingDaysBetween("2025-04-24", "2025-04-28", CALENDAR)).toBe(3);
    expect(workingDaysBetween("2025-04-24", "2025-04-28", HOLIDAYS)).toBe(2);
    expect(workingDayOnOrAfter("2025-04-30", CALENDAR)).toBe("2025-05-05");
  });

  it("a Set of holidays is read live, so a later addition counts", () => {
    const live = new Set<string>();
    expect(isWorkingDay("2025-11-20", live)).toBe(true);
    live.add("2025-11-20");
    expect(isWorkingDay("2025-11-20", live)).toBe(false);
  });
});
