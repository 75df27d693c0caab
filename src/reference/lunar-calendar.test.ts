import { describe, expect, it } from "vitest";
import { lunarNewYear, lunarToSolar, solarToLunar } from "./lunar-calendar.js";

describe("lunar calendar (UTC+7)", () => {
  // Mùng 1 Tết as published in Vietnamese calendars.
  it.each([
    [1985, "1985-01-21"], // Vietnam and China differ this year (China: 20 Feb)
    [2007, "2007-02-17"], // Vietnam and China differ (China: 18 Feb)
    [2019, "2019-02-05"],
    [2020, "2020-01-25"],
    [2021, "2021-02-12"],
    [2022, "2022-02-01"],
    [2023, "2023-01-22"],
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
    [2027, "2027-02-06"],
    [2030, "2030-02-02"], // new moon at 23:07 UTC+7, so a day before China (3 Feb)
  ])("Tết %i falls on %s", (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
    expect(solarToLunar(date)).toEqual({ day: 1, month: 1, year, isLeapMonth: false });
  });

  it.each([
    ["2025-01-28", { day: 29, month: 12, year: 2024, isLeapMonth: false }], // no 30 Tết in 2025
    ["2024-02-09", { day: 30, month: 12, year: 2023, isLeapMonth: false }],
    ["2023-03-22", { day: 1, month: 2, year: 2023, isLeapMonth: true }], // leap 2nd month of Quý Mão
    ["2023-04-20", { day: 1, month: 3, year: 2023, isLeapMonth: false }],
    ["2020-05-23", { day: 1, month: 4, year: 2020, isLeapMonth: true }], // leap 4th month of Canh Tý
    ["2025-07-25", { day: 1, month: 6, year: 2025, isLeapMonth: true }], // leap 6th month of Ất Tỵ
    ["2024-09-17", { day: 15, month: 8, year: 2024, isLeapMonth: false }], // Tết Trung thu
    ["2019-01-01", { day: 26, month: 11, year: 2018, isLeapMonth: false }],
  ])("%s is lunar %j", (date, lunar) => {
    expect(solarToLunar(date)).toEqual(lunar);
    expect(lunarToSolar(lunar)).toBe(date);
  });

  it("round-trips every day of 2019–2027", () => {
    for (let t = Date.parse("2019-01-01T00:00:00Z"); t <= Date.parse("2027-12-31T00:00:00Z"); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const lunar = solarToLunar(iso);
      expect(lunar.day).toBeGreaterThanOrEqual(1);
      expect(lunar.day).toBeLessThanOrEqual(30);
      expect(lunarToSolar(lunar)).toBe(iso);
    }
  });

  it("rejects a leap month that does not exist and a malformed date", () => {
    expect(() => lunarToSolar({ day: 1, month: 3, year: 2023, isLeapMonth: true })).toThrow(/not a leap month/);
    expect(() => lunarToSolar({ day: 1, month: 3, year: 2024, isLeapMonth: true })).toThrow(/no leap month/);
    expect(() => solarToLunar("29/01/2025")).toThrow(/Not an ISO date/);
  });
});
