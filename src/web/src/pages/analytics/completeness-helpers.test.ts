import { describe, expect, it } from "vitest";
import type { Regime } from "../../../../contract/regimes.js";
import {
  cellTone,
  filterByState,
  formatRate,
  lastDuePeriod,
  periodChoices,
  reportingSpan,
  shortUnitName,
  splitReminders,
} from "./completeness-helpers.js";

// The ICT ministry's monthly regime (Circular 02/2023/TT-BTTTT): departments by the 15th, the ministry's units by the 16th.
const monthly: Pick<Regime, "frequency" | "deadlines" | "submittingUnitKinds"> = {
  frequency: "month",
  submittingUnitKinds: ["department"],
  deadlines: [
    { level: "department", day: 15, monthOffset: 0, moveToNextWorkingDay: true },
    { level: "ministry_unit", day: 16, monthOffset: 0, moveToNextWorkingDay: true },
  ],
};
const quarterly: typeof monthly = {
  frequency: "quarter",
  submittingUnitKinds: ["department"],
  deadlines: [{ level: "department", day: 6, monthOffset: 0 }],
};

describe("lastDuePeriod", () => {
  it.each([
    ["monthly, after the 15th", monthly, "2026-11-23", "2026-11"],
    ["monthly, on the deadline day itself", monthly, "2026-10-15", "2026-09"],
    ["monthly, 16/11/2026 (the 15th is a Sunday, moved to Monday 16th)", monthly, "2026-11-16", "2026-10"],
    ["monthly, early January looks back to last year", monthly, "2027-01-05", "2026-12"],
    ["quarterly, before the 6th of the quarter's last month", quarterly, "2026-12-01", "2026-Q3"],
    ["quarterly, after it", quarterly, "2026-12-07", "2026-Q4"],
  ] as const)("%s", (_, regime, today, expected) => {
    expect(lastDuePeriod(regime, today)).toBe(expected);
  });

  it("has none for a one-off regime", () => {
    expect(lastDuePeriod({ ...monthly, frequency: "once" }, "2026-11-23")).toBeNull();
  });
});

describe("periodChoices", () => {
  it("lists the quarters of a year in Vietnamese and English", () => {
    expect(periodChoices("quarter", 2026).map((p) => p.code)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    expect(periodChoices("month", 2026)[9]).toEqual({ code: "2026-10", label: "tháng 10/2026" });
    expect(periodChoices("month", 2026, "en")[9]?.label).not.toBe("tháng 10/2026");
    expect(periodChoices("once", 2026)).toEqual([]);
  });
});

describe("cellTone", () => {
  it.each([
    [null, "none"],
    [{ state: "sent", timeliness: "on_time", daysLate: 0, daysLeft: null }, "on-time"],
    [{ state: "sent", timeliness: "late", daysLate: 3, daysLeft: null }, "late"],
    [{ state: "issued", timeliness: "overdue", daysLate: 5, daysLeft: -5 }, "overdue"],
    [{ state: "not_started", timeliness: "due", daysLate: 0, daysLeft: 12 }, "not-due"],
    [{ state: "draft", timeliness: "due", daysLate: 0, daysLeft: 2 }, "pending"],
    [{ state: "sent", timeliness: "unknown", daysLate: 0, daysLeft: null }, "unknown"],
  ] as const)("%j → %s", (cell, tone) => {
    expect(cellTone(cell)).toBe(tone);
  });
});

describe("filterByState and splitReminders", () => {
  const row = (
    unitName: string,
    state: "sent" | "draft" | "not_started",
    timeliness: "due" | "overdue" | "on_time",
    deadline: string,
    daysLate = 0,
  ) => ({
    unitName,
    state,
    timeliness,
    deadline,
    daysLate,
    daysLeft: null,
  });
  const rows = [
    row("Sở KH&CN Cao Bằng", "sent", "on_time", "2026-10-15"),
    row("Sở KH&CN Vĩnh Long", "draft", "overdue", "2026-10-15", 39),
    row("Sở KH&CN Huế", "not_started", "overdue", "2026-11-16", 7),
    row("Sở KH&CN Lạng Sơn", "not_started", "due", "2026-12-15"),
    row("Sở KH&CN Bắc Ninh", "draft", "due", "2026-11-30"),
  ];

  it("keeps the rows of one state, or all", () => {
    expect(filterByState(rows, "not_started").map((r) => r.unitName)).toEqual(["Sở KH&CN Huế", "Sở KH&CN Lạng Sơn"]);
    expect(filterByState(rows, "all")).toHaveLength(5);
  });

  it("puts the most overdue first and the nearest deadline first", () => {
    const { overdue, dueSoon } = splitReminders(rows);
    expect(overdue.map((r) => r.unitName)).toEqual(["Sở KH&CN Vĩnh Long", "Sở KH&CN Huế"]);
    expect(dueSoon.map((r) => r.unitName)).toEqual(["Sở KH&CN Bắc Ninh", "Sở KH&CN Lạng Sơn"]);
  });
});

describe("formatRate", () => {
  it.each([
    [200 / 3, "vi", "66,7%"],
    [200 / 3, "en", "66.7%"],
    [100, "vi", "100%"],
    [0, "vi", "0%"],
    [null, "vi", null],
  ] as const)("%s (%s) → %s", (value, language, expected) => {
    expect(formatRate(value, language)).toBe(expected);
  });
});

describe("shortUnitName", () => {
  it.each([
    ["Sở Khoa học và Công nghệ tỉnh Cao Bằng", "Tỉnh Cao Bằng"],
    ["Sở Thông tin và Truyền thông tỉnh Bến Tre", "Tỉnh Bến Tre"],
    ["Sở Khoa học và Công nghệ thành phố Hà Nội", "Thành phố Hà Nội"],
    ["Sở KH&CN Vĩnh Long", "Vĩnh Long"],
    ["Văn phòng Bộ", "Văn phòng Bộ"],
  ])("%s → %s", (name, expected) => {
    expect(shortUnitName(name)).toBe(expected);
  });
});

describe("reportingSpan", () => {
  const c = {};
  const months = (from: number, to: number) => Array.from({ length: 12 }, (_, i) => (i >= from && i <= to ? c : null));
  it.each([
    ["the whole year", months(0, 11), null],
    ["merged away on 1 July 2025: January to June", months(0, 5), { first: 0, last: 5 }],
    ["its successor: July to December", months(6, 11), { first: 6, last: 11 }],
    ["no cell at all", months(12, 12), null],
  ])("%s", (_, cells, expected) => {
    expect(reportingSpan(cells)).toEqual(expected);
  });
});
