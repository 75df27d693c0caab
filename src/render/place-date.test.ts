import { describe, expect, it } from "vitest";
import { formatDecreeDay, formatDecreeMonth, formatPlaceDate, partialDateOfIso } from "./place-date.js";

describe("formatPlaceDate", () => {
  it.each([
    ["Cao Bằng", "2026-01-05", "Cao Bằng, ngày 05 tháng 01 năm 2026"],
    ["Cao Bằng", "2020-08-14", "Cao Bằng, ngày 14 tháng 8 năm 2020"],
    ["Trà Vinh", "2020-02-29", "Trà Vinh, ngày 29 tháng 02 năm 2020"],
    ["Vĩnh Long", "2025-12-09", "Vĩnh Long, ngày 09 tháng 12 năm 2025"],
    ["Ninh Bình", "2025-03-10", "Ninh Bình, ngày 10 tháng 3 năm 2025"],
    ["Hà Nội", "2024-11-30T08:15:00Z", "Hà Nội, ngày 30 tháng 11 năm 2024"],
  ])("%s, %s → %s", (place, iso, expected) => {
    expect(formatPlaceDate(place, partialDateOfIso(iso))).toBe(expected);
  });

  it("leaves day, month and year blank for a report not yet issued", () => {
    expect(formatPlaceDate("Cao Bằng", partialDateOfIso(null))).toBe("Cao Bằng, ngày    tháng    năm 20..");
  });

  it("keeps what is known of a partly dated draft", () => {
    expect(formatPlaceDate("Cao Bằng", { day: null, month: 8, year: 2020 })).toBe("Cao Bằng, ngày    tháng 8 năm 2020");
  });

  it("writes the date alone when the place is unknown, and in NFC", () => {
    const decomposed = "Cao Bằng".normalize("NFD");
    expect(formatPlaceDate(null, { day: 1, month: 2, year: 2021 })).toBe("ngày 01 tháng 02 năm 2021");
    expect(formatPlaceDate(decomposed, { day: 1, month: 2, year: 2021 })).toBe(
      "Cao Bằng, ngày 01 tháng 02 năm 2021".normalize("NFC"),
    );
  });
});

describe("Decree 30 day and month", () => {
  it.each([
    [1, "01"],
    [9, "09"],
    [10, "10"],
    [31, "31"],
  ])("day %i → %s", (day, text) => expect(formatDecreeDay(day)).toBe(text));

  it.each([
    [1, "01"],
    [2, "02"],
    [3, "3"],
    [9, "9"],
    [12, "12"],
  ])("month %i → %s", (month, text) => expect(formatDecreeMonth(month)).toBe(text));

  it.each(["", "14/8/2020", "2020-8-14", "not a date"])("reads %j as no date", (raw) => {
    expect(partialDateOfIso(raw)).toEqual({ day: null, month: null, year: null });
  });
});
