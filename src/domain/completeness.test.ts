import { describe, expect, it } from "vitest";
import { completenessState, countCompleteness, type ReportProgress, timeliness } from "./completeness.js";

const progress = (state: ReportProgress["state"], sentOn: string | null = null, hasSubmittedPart = false) => ({
  state,
  sentOn,
  hasSubmittedPart,
});

describe("completenessState", () => {
  it.each([
    [progress(null), "not_started"],
    [progress("draft"), "draft"],
    [progress("draft", null, true), "submitted"],
    [progress("compiled"), "submitted"],
    [progress("returned"), "submitted"],
    [progress("approved"), "submitted"],
    [progress("issued"), "issued"],
    [progress("sent", "2025-10-15"), "sent"],
  ] as const)("%j → %s", (p, expected) => {
    expect(completenessState(p)).toBe(expected);
  });
});

describe("timeliness against the deadline 15/10/2025", () => {
  it.each([
    ["sent on the deadline", progress("sent", "2025-10-15"), "2025-11-01", "on_time", 0, null],
    ["sent two days early", progress("sent", "2025-10-13"), "2025-11-01", "on_time", 0, null],
    ["sent three days late", progress("sent", "2025-10-18"), "2025-11-01", "late", 3, null],
    ["sent across a month end", progress("sent", "2025-11-02"), "2025-11-20", "late", 18, null],
    ["issued, not sent, past the deadline", progress("issued"), "2025-10-20", "overdue", 5, -5],
    ["not started, deadline today", progress(null), "2025-10-15", "due", 0, 0],
    ["draft, four days left", progress("draft"), "2025-10-11", "due", 0, 4],
    ["sent without a date (imported)", progress("sent"), "2025-11-01", "unknown", 0, null],
  ] as const)("%s", (_, p, today, expected, daysLate, daysLeft) => {
    expect(timeliness(p, "2025-10-15", today)).toEqual({ timeliness: expected, daysLate, daysLeft });
  });
});

describe("countCompleteness", () => {
  it("counts states and rates over the units expected", () => {
    const counts = countCompleteness([
      { state: "sent", timeliness: "on_time" },
      { state: "sent", timeliness: "late" },
      { state: "draft", timeliness: "overdue" },
      { state: "not_started", timeliness: "overdue" },
    ]);
    expect(counts).toMatchObject({ expected: 4, onTime: 1, late: 1, overdue: 2, sentRate: 50, onTimeRate: 25 });
    expect(counts.byState).toEqual({ not_started: 1, draft: 1, submitted: 0, issued: 0, sent: 2 });
    expect(countCompleteness([]).sentRate).toBeNull();
  });
});
