/**
 * What is due this week and what is late: the Monday–Sunday week of a day (Vietnam's calendar week) and where an
 * unsent report's deadline falls against it. Deadlines already moved off weekends and holidays by the regime's
 * rules (period.ts) are compared in calendar days, as the report page counts "còn N ngày".
 */
import { addDays, dayOfWeek, daysBetween } from "./iso-date.js";
import type { DateWindow } from "./period.js";

/** Where a deadline falls for a report not yet sent: later this week, already passed, or neither. */
export type DueBucket = "week" | "late";

/** The Monday and Sunday of the week holding `today` (a Sunday belongs to the week that began six days before). */
export function weekOf(today: string): DateWindow {
  const sinceMonday = (dayOfWeek(today) + 6) % 7;
  const from = addDays(today, -sinceMonday);
  return { from, to: addDays(from, 6) };
}

export interface DueStatus {
  bucket: DueBucket;
  /** Calendar days from today to the deadline (0: due today); 0 once late. */
  daysLeft: number;
  /** Calendar days since the deadline; 0 while not late. */
  daysLate: number;
}

/**
 * The bucket of an unsent report's deadline: `late` once it has passed, `week` from today to the week's Sunday,
 * null when it is further away. A deadline earlier this week that has passed is late, not due.
 */
export function dueStatus(deadline: string, today: string): DueStatus | null {
  const left = daysBetween(today, deadline);
  if (left < 0) return { bucket: "late", daysLeft: 0, daysLate: -left };
  if (deadline <= weekOf(today).to) return { bucket: "week", daysLeft: left, daysLate: 0 };
  return null;
}
