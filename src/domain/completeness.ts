/** Completeness and timeliness of reporting: where each unit's report stands against its deadline. */
import { daysBetween } from "./iso-date.js";
import type { ReportState } from "./report.js";

/** Where a unit's report stands, as the receiving level reads it. */
export type CompletenessState = "not_started" | "draft" | "submitted" | "issued" | "sent";

/**
 * Against the deadline: sent on time or late; not sent and past the deadline (`overdue`), or still `due`;
 * `unknown` when a sent report carries no date (imported from an old document).
 */
export type Timeliness = "on_time" | "late" | "overdue" | "due" | "unknown";

export const COMPLETENESS_LABELS: Record<CompletenessState, string> = {
  not_started: "Chưa lập",
  draft: "Đang soạn",
  submitted: "Đã trình",
  issued: "Đã ban hành",
  sent: "Đã gửi",
};

export const TIMELINESS_LABELS: Record<Timeliness, string> = {
  on_time: "Đúng hạn",
  late: "Gửi muộn",
  overdue: "Quá hạn chưa gửi",
  due: "Chưa đến hạn",
  unknown: "Không rõ ngày gửi",
};

/** What storage knows of a unit's current report for a period (null state: no report yet). */
export interface ReportProgress {
  state: ReportState | null;
  /** True when a division has submitted its part (the report is still a draft). */
  hasSubmittedPart: boolean;
  /** The date (in Vietnam) the report was sent, when it was. */
  sentOn: string | null;
}

/** The completeness state: compiled, approved or returned reports and drafts with submitted parts count as submitted. */
export function completenessState(progress: ReportProgress): CompletenessState {
  switch (progress.state) {
    case null:
      return "not_started";
    case "sent":
      return "sent";
    case "issued":
      return "issued";
    case "compiled":
    case "approved":
    case "returned":
      return "submitted";
    case "draft":
      return progress.hasSubmittedPart ? "submitted" : "draft";
  }
}

export interface TimelinessResult {
  timeliness: Timeliness;
  /** Days after the deadline the report was sent (or, not sent, days past it so far); 0 when not late. */
  daysLate: number;
  /** Days left until the deadline for a report not yet sent (negative once past). */
  daysLeft: number | null;
}

/** Sent date against the deadline of the unit's level; `today` decides whether an unsent report is overdue. */
export function timeliness(progress: ReportProgress, deadline: string, today: string): TimelinessResult {
  if (progress.state === "sent") {
    if (!progress.sentOn) return { timeliness: "unknown", daysLate: 0, daysLeft: null };
    const late = daysBetween(deadline, progress.sentOn);
    return late > 0
      ? { timeliness: "late", daysLate: late, daysLeft: null }
      : { timeliness: "on_time", daysLate: 0, daysLeft: null };
  }
  const left = daysBetween(today, deadline);
  return left < 0
    ? { timeliness: "overdue", daysLate: -left, daysLeft: left }
    : { timeliness: "due", daysLate: 0, daysLeft: left };
}

/** Counts of one row or column of the grid, with rates in percent of the units expected (null when none). */
export interface CompletenessCounts {
  expected: number;
  byState: Record<CompletenessState, number>;
  onTime: number;
  late: number;
  overdue: number;
  /** Cells whose deadline has not passed yet on the day judged: shown, but left out of the rates. */
  notYetDue: number;
  /** Sent / (expected − not yet due) × 100; null when nothing is due yet. */
  sentRate: number | null;
  /** Sent on time / (expected − not yet due) × 100. */
  onTimeRate: number | null;
}

/**
 * Whether a cell's deadline has passed on `today` (ISO dates compare as text). On the deadline day itself a unit
 * still has time, so the cell is not yet due.
 */
export function isPastDeadline(deadline: string, today: string): boolean {
  return deadline < today;
}

/**
 * Tallies cells (each a state, a timeliness and a deadline) into counts and percentages. The rates count only
 * the cells whose deadline has passed on `today`: a period still running would otherwise read as unreported.
 */
export function countCompleteness(
  cells: readonly { state: CompletenessState; timeliness: Timeliness; deadline: string }[],
  today: string,
): CompletenessCounts {
  const byState: Record<CompletenessState, number> = { not_started: 0, draft: 0, submitted: 0, issued: 0, sent: 0 };
  let onTime = 0;
  let late = 0;
  let overdue = 0;
  let notYetDue = 0;
  let dueSent = 0;
  let dueOnTime = 0;
  for (const cell of cells) {
    byState[cell.state] += 1;
    if (cell.timeliness === "on_time") onTime += 1;
    else if (cell.timeliness === "late") late += 1;
    else if (cell.timeliness === "overdue") overdue += 1;
    if (!isPastDeadline(cell.deadline, today)) {
      notYetDue += 1;
      continue;
    }
    if (cell.state === "sent") dueSent += 1;
    if (cell.timeliness === "on_time") dueOnTime += 1;
  }
  const expected = cells.length;
  const due = expected - notYetDue;
  const rate = (n: number) => (due === 0 ? null : (n / due) * 100);
  return {
    expected,
    byState,
    onTime,
    late,
    overdue,
    notYetDue,
    sentRate: rate(dueSent),
    onTimeRate: rate(dueOnTime),
  };
}
