import { describe, expect, it } from "vitest";
import { holidays, isWorkingDay, makeUpWorkingDays, publicHolidays } from "./holidays.js";
import { lunarNewYear, lunarToSolar } from "./lunar-calendar.js";

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const isWeekend = (iso: string) => weekday(iso) === 0 || weekday(iso) === 6;
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027];
const inYear = (year: number) => publicHolidays.filter((h) => h.date.startsWith(`${year}-`));

describe("public holidays 2019–2027", () => {
  it("are real ISO dates, in order, each listed once", () => {
    for (const h of publicHolidays) {
      expect(new Date(`${h.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(h.date);
      expect(h.name.normalize("NFC")).toBe(h.name);
    }
    const dates = publicHolidays.map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
    expect(holidays).toHaveLength(publicHolidays.length);
  });

  it.each(YEARS)("%i gives the statutory number of weekdays off (10 until 2020, 11 from 2021)", (year) => {
    const weekdaysOff = inYear(year).filter((h) => h.kind !== "swap" && !isWeekend(h.date));
    expect(weekdaysOff).toHaveLength(year <= 2020 ? 10 : 11);
  });

  it.each(YEARS)("%i has the fixed solar holidays on their dates", (year) => {
    const names = new Map(inYear(year).map((h) => [h.date, h.name]));
    expect(names.get(`${year}-01-01`)).toBe("Tết Dương lịch");
    expect(names.get(`${year}-04-30`)).toBe("Ngày Chiến thắng (30/4)");
    expect(names.get(`${year}-05-01`)).toBe("Ngày Quốc tế Lao động (1/5)");
    expect(names.get(`${year}-09-02`)).toBe("Quốc khánh (2/9)");
    const extra = inYear(year).filter((h) => h.name === "Quốc khánh (ngày liền kề)");
    expect(extra.map((h) => h.date.slice(5))).toEqual(year <= 2020 ? [] : [expect.stringMatching(/^09-0[13]$/)]);
  });

  it.each(YEARS)("%i: Tết is 5 working days around mùng 1 and Giỗ Tổ falls on 10/3 lunar", (year) => {
    const tet = inYear(year).filter((h) => h.name === "Tết Nguyên đán");
    const newYear = lunarNewYear(year);
    expect(tet.map((h) => h.date)).toContain(newYear);
    expect(tet.filter((h) => !isWeekend(h.date))).toHaveLength(5);
    // a contiguous block
    const first = Date.parse(`${tet[0]?.date}T00:00:00Z`);
    expect(tet.map((h) => Date.parse(`${h.date}T00:00:00Z`))).toEqual(tet.map((_, i) => first + i * 86_400_000));
    const hungKings = inYear(year).filter((h) => h.name === "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
    expect(hungKings.map((h) => h.date)).toEqual([lunarToSolar({ day: 10, month: 3, year, isLeapMonth: false })]);
  });

  it("gives a compensation day on a weekday right after a holiday that falls on a weekend", () => {
    for (const c of publicHolidays.filter((h) => h.kind === "compensation")) {
      expect(isWeekend(c.date), c.date).toBe(false);
      const forName = c.name.replace(/^Nghỉ bù /, "");
      const original = publicHolidays
        .filter((h) => h.kind === "holiday" && h.name === forName && h.date < c.date)
        .at(-1);
      expect(original && isWeekend(original.date), c.date).toBe(true);
      const gapDays = (Date.parse(c.date) - Date.parse(original?.date ?? c.date)) / 86_400_000;
      expect(gapDays).toBeGreaterThan(0);
      expect(gapDays).toBeLessThanOrEqual(4);
    }
  });

  it("pays back every swapped weekday with a make-up Saturday", () => {
    const swaps = publicHolidays.filter((h) => h.kind === "swap");
    expect(swaps.map((s) => s.date)).toEqual(["2019-04-29", "2024-04-29", "2025-05-02", "2026-01-02"]);
    for (const s of swaps) {
      expect(isWeekend(s.date)).toBe(false);
      expect(makeUpWorkingDays.find((m) => m.replaces === s.date)?.date).toBe(s.makeUpDate);
    }
    for (const m of makeUpWorkingDays) expect(weekday(m.date)).toBe(6);
  });

  it.each([
    ["2025-01-29", false], // mùng 1 Tết Ất Tỵ, a Wednesday
    ["2025-01-27", false],
    ["2025-02-03", true],
    ["2025-09-02", false], // a Tuesday
    ["2025-09-01", false],
    ["2025-09-03", true],
    ["2025-04-26", true], // Saturday worked for Friday 2 May
    ["2025-05-02", false],
    ["2024-05-04", true],
    ["2023-05-03", false],
    ["2023-09-04", false],
    ["2022-01-03", false],
    ["2021-05-03", false],
    ["2020-01-29", false],
    ["2020-01-30", true],
    ["2026-04-27", false],
    ["2026-01-02", false],
    ["2026-01-10", true], // Saturday worked for Friday 2 January
    ["2026-01-03", false], // an ordinary Saturday
    ["2026-01-05", true],
  ])("%s is a working day: %s", (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it("knows 2 September 2025 is a Tuesday and Tết 2025 days off include 29 January", () => {
    expect(weekday("2025-09-02")).toBe(2);
    expect(holidays.filter((h) => h.date.startsWith("2025-01-")).map((h) => h.date)).toEqual([
      "2025-01-01",
      "2025-01-27",
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
    ]);
  });

  it("marks what was not confirmed as provisional, and nothing before 2026", () => {
    const provisional = publicHolidays.filter((h) => h.provisional);
    expect(provisional.length).toBeGreaterThan(0);
    expect(provisional.every((h) => h.date >= "2026-01-01")).toBe(true);
  });
});
