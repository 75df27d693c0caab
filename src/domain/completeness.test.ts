import { describe, expect, it } from "vitest";
import {
  type CompletenessState,
  completenessState,
  countCompleteness,
  type ReportProgress,
  type Timeliness,
  timeliness,
} from "./completeness.js";

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
  const cell = (state: CompletenessState, t: Timeliness, deadline = "2025-10-15") => ({
    state,
    timeliness: t,
    deadline,
  });

  it("counts states and rates over the units expected once the deadline has passed", () => {
    const counts = countCompleteness(
      [cell("sent", "on_time"), cell("sent", "late"), cell("draft", "overdue"), cell("not_started", "overdue")],
      "2025-10-20",
    );
    expect(counts).toMatchObject({
      expected: 4,
      onTime: 1,
      late: 1,
      overdue: 2,
      notYetDue: 0,
      sentRate: 50,
      onTimeRate: 25,
    });
    expect(counts.byState).toEqual({ not_started: 1, draft: 1, submitted: 0, issued: 0, sent: 2 });
    expect(countCompleteness([], "2025-10-20").sentRate).toBeNull();
  });

  // One unit over four months judged on 20/11/2025: Sep sent on time, Oct sent late, Nov due 15/11 missing,
  // Dec (due 15/12) not yet due, sent early. Rates over the three months due: 2/3 sent, 1/3 on time.
  it.each([
    ["a year row with a running period", "2025-11-20", 4, 1, 200 / 3, 100 / 3],
    ["on the November deadline day itself (17/11, moved off Saturday)", "2025-11-17", 4, 2, 100, 50],
    ["before any deadline", "2025-09-10", 4, 4, null, null],
  ] as const)("%s", (_, today, expected, notYetDue, sentRate, onTimeRate) => {
    const counts = countCompleteness(
      [
        cell("sent", "on_time", "2025-09-15"),
        cell("sent", "late", "2025-10-15"),
        cell("not_started", today > "2025-11-17" ? "overdue" : "due", "2025-11-17"),
        cell("sent", "on_time", "2025-12-15"),
      ],
      today,
    );
    expect(counts.expected).toBe(expected);
    expect(counts.notYetDue).toBe(notYetDue);
    if (sentRate === null) expect(counts.sentRate).toBeNull();
    else expect(counts.sentRate).toBeCloseTo(sentRate, 9);
    if (onTimeRate === null) expect(counts.onTimeRate).toBeNull();
    else expect(counts.onTimeRate).toBeCloseTo(onTimeRate, 9);
  });
});
