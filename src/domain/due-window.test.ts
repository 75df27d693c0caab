import { describe, expect, it } from "vitest";
import { dueStatus, weekOf } from "./due-window.js";
import { deadline } from "./period.js";

describe("weekOf", () => {
  it("runs from Monday to Sunday around any day of the week", () => {
    // 23 November 2026 is a Monday.
    expect(weekOf("2026-11-23")).toEqual({ from: "2026-11-23", to: "2026-11-29" });
    expect(weekOf("2026-11-26")).toEqual({ from: "2026-11-23", to: "2026-11-29" });
    expect(weekOf("2026-11-29")).toEqual({ from: "2026-11-23", to: "2026-11-29" });
    expect(weekOf("2026-11-30")).toEqual({ from: "2026-11-30", to: "2026-12-06" });
  });

  it("crosses month, year and leap-day boundaries", () => {
    // Thursday 1 January 2026: the week began on Monday 29 December 2025.
    expect(weekOf("2026-01-01")).toEqual({ from: "2025-12-29", to: "2026-01-04" });
    // Thursday 29 February 2024.
    expect(weekOf("2024-02-29")).toEqual({ from: "2024-02-26", to: "2024-03-03" });
  });
});

describe("dueStatus", () => {
  it("counts the days left until a deadline later this week, today included", () => {
    expect(dueStatus("2026-11-25", "2026-11-23")).toEqual({ bucket: "week", daysLeft: 2, daysLate: 0 });
    expect(dueStatus("2026-11-23", "2026-11-23")).toEqual({ bucket: "week", daysLeft: 0, daysLate: 0 });
    expect(dueStatus("2026-11-29", "2026-11-27")).toEqual({ bucket: "week", daysLeft: 2, daysLate: 0 });
  });

  it("leaves out deadlines after this week's Sunday", () => {
    expect(dueStatus("2026-11-30", "2026-11-23")).toBeNull();
    expect(dueStatus("2026-12-15", "2026-11-29")).toBeNull();
  });

  it("counts the days late of a passed deadline, even one earlier this week", () => {
    expect(dueStatus("2026-11-15", "2026-11-23")).toEqual({ bucket: "late", daysLeft: 0, daysLate: 8 });
    expect(dueStatus("2026-11-24", "2026-11-26")).toEqual({ bucket: "late", daysLeft: 0, daysLate: 2 });
    expect(dueStatus("2025-12-15", "2026-01-02")).toEqual({ bucket: "late", daysLeft: 0, daysLate: 18 });
  });

  it("works from deadlines already moved past weekends and holidays", () => {
    // The deadline of a quarter whose 6th falls on Saturday
    // 6 June 2026, moved to Monday 8 June: it is due in the week of 8 June, not in the week before.
    const rule = { level: "department" as const, day: 6, monthOffset: 0, moveToNextWorkingDay: true };
    const due = deadline({ kind: "quarter", year: 2026, index: 2 }, rule);
    expect(due).toBe("2026-06-08");
    expect(dueStatus(due, "2026-06-05")).toBeNull();
    expect(dueStatus(due, "2026-06-07")).toBeNull();
    expect(dueStatus(due, "2026-06-08")).toEqual({ bucket: "week", daysLeft: 0, daysLate: 0 });
    expect(dueStatus(due, "2026-06-10")).toEqual({ bucket: "late", daysLeft: 0, daysLate: 2 });
    // A deadline moved over the National Day holiday (2 September 2026, Wednesday) to the Thursday.
    const holidayRule = { level: "department" as const, day: 2, monthOffset: 0, moveToNextWorkingDay: true };
    const moved = deadline({ kind: "month", year: 2026, index: 9 }, holidayRule, ["2026-09-01", "2026-09-02"]);
    expect(moved).toBe("2026-09-03");
    expect(dueStatus(moved, "2026-09-03")).toEqual({ bucket: "week", daysLeft: 0, daysLate: 0 });
  });
});
