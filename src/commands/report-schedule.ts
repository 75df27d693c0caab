import type { Kysely } from "kysely";
import type { UnitKind } from "../domain/org-unit.js";
import { unitKindLabel } from "../domain/org-unit.js";
import {
  cutoffWindow,
  type DateWindow,
  daysUntil,
  deadlinesByLevel,
  type Period,
  parsePeriodCode,
} from "../domain/period.js";
import type { Regime } from "../domain/records.js";
import type { DB } from "../storage/schema.js";
import { todayInVietnam } from "../storage/sql-helpers.js";
import { findHolidays } from "../storage/units.js";

/** A report's deadline at one level, with the days left (negative: late). */
export interface LevelDeadline {
  level: UnitKind;
  levelName: string;
  date: string;
  daysLeft: number;
}

/** When a report's data is cut off and when each level must send it (Decree 09/2019/NĐ-CP). */
export interface ReportSchedule {
  window: DateWindow | null;
  deadlines: LevelDeadline[];
  /** The deadline of the reporting unit's own level, when the regime sets one. */
  ownDeadline: LevelDeadline | null;
}

/** The calendar period of a code, or null for codes without one ("2025-YTD10", thematic "2025-CD-..."). */
export function calendarPeriod(code: string): Period | null {
  try {
    return parsePeriodCode(code);
  } catch {
    return null;
  }
}

/** The cut-off window and per-level deadlines of a period under a regime, counted from today in Vietnam. */
export async function reportSchedule(
  db: Kysely<DB>,
  regime: Pick<Regime, "cutoff" | "deadlines">,
  periodCode: string,
  unitKind: UnitKind,
  now: Date = new Date(),
): Promise<ReportSchedule> {
  const period = calendarPeriod(periodCode);
  if (!period) return { window: null, deadlines: [], ownDeadline: null };
  const window = cutoffWindow(period, regime.cutoff);
  const year = Number(window.to.slice(0, 4));
  const holidays = (await findHolidays(db, { from: `${year}-01-01`, to: `${year + 1}-12-31` })).map((h) => h.day);
  const today = todayInVietnam(now);
  const deadlines = deadlinesByLevel(period, regime.deadlines, holidays).map((d) => ({
    level: d.level,
    levelName: unitKindLabel(d.level),
    date: d.date,
    daysLeft: daysUntil(d.date, today),
  }));
  return { window, deadlines, ownDeadline: deadlines.find((d) => d.level === unitKind) ?? deadlines[0] ?? null };
}
