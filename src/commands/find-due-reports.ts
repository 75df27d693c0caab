import { type DueBucket, dueStatus, weekOf } from "../domain/due-window.js";
import { addDays, daysBetween } from "../domain/iso-date.js";
import {
  cutoffWindow,
  type Period,
  parsePeriodCode,
  periodContaining,
  periodsInYear,
  previousPeriod,
} from "../domain/period.js";
import type { Actor } from "../policies/actor.js";
import type { AnalyticsScope } from "../policies/analytics.js";
import { reportScope } from "../policies/report.js";
import { findRegimes } from "../storage/regimes.js";
import { todayInVietnam } from "../storage/sql-helpers.js";
import { loadAnalyticsSetup, regimePeriodKind } from "./analytics/analytics-setup.js";
import { completenessCells } from "./analytics/completeness-cells.js";
import type { AppContext } from "./context.js";

/** How far back a late report is still listed. */
const LOOKBACK_DAYS = 366;

/**
 * False for a deadline dated in the first half of the period's own data window or before it: a rule that does not
 * apply to this period (the six-monthly "6 June" read for the second half, whose data run from May to November).
 */
function deadlineFitsPeriod(deadline: string, window: { from: string; to: string }): boolean {
  return daysBetween(window.from, deadline) * 2 >= daysBetween(window.from, window.to);
}

export interface FindDueReportsOptions {
  window: DueBucket | "all";
  today?: string | undefined;
}

export interface DueReport {
  bucket: DueBucket;
  regime: { code: string; name: string };
  unit: { code: string; name: string };
  periodCode: string;
  deadline: string;
  daysLeft: number;
  daysLate: number;
  state: "not_started" | "draft" | "submitted" | "issued" | "sent";
  reportId: number | null;
}

export interface DueReports {
  today: string;
  week: { from: string; to: string };
  items: DueReport[];
}

/**
 * The reports the actor's own units must send, under every periodic regime: those not yet sent whose deadline
 * falls between today and this week's Sunday, and those whose deadline has passed (within a year). Only the
 * units the actor works for (a division's staff: its department) — never what the receiving level merely sees.
 * Late ones first, most overdue first; then the week's by deadline.
 */
export async function findDueReports(
  ctx: AppContext,
  actor: Actor,
  options: FindDueReportsOptions,
): Promise<DueReports> {
  const today = options.today ?? todayInVietnam();
  const week = weekOf(today);
  const own = reportScope(actor);
  const scope: AnalyticsScope = { all: false, ownUnitIds: own.unitIds, releasedAll: false, releasedProvinceCodes: [] };
  if (own.unitIds.length === 0) return { today, week, items: [] };
  const from = addDays(today, -LOOKBACK_DAYS);
  const items: DueReport[] = [];
  for (const summary of await findRegimes(ctx.database.db, {})) {
    if (summary.frequency === "once") continue;
    const setup = await loadAnalyticsSetup(ctx, summary.code);
    const kind = regimePeriodKind(setup.regime);
    const candidates: Period[] = [];
    for (let year = Number(from.slice(0, 4)); year <= Number(week.to.slice(0, 4)); year++) {
      candidates.push(...periodsInYear(kind, year));
    }
    // Under Decree 09 windows the period running now may carry next year's code (from 15 December).
    const running = periodContaining(today, kind, setup.regime.cutoff);
    if (running) candidates.push(running, previousPeriod(running));
    const unique = [...new Map(candidates.map((p) => [`${p.kind}|${p.year}|${p.index}`, p])).values()];
    const cells = await completenessCells(ctx, setup, unique, scope, today);
    for (const cell of cells) {
      if (cell.state === "sent" || cell.deadline < from || cell.deadline < setup.regime.validFrom) continue;
      if (!deadlineFitsPeriod(cell.deadline, cutoffWindow(parsePeriodCode(cell.periodCode), setup.regime.cutoff))) {
        continue;
      }
      const status = dueStatus(cell.deadline, today);
      if (!status || (options.window !== "all" && options.window !== status.bucket)) continue;
      items.push({
        ...status,
        regime: { code: setup.regime.code, name: setup.regime.name },
        unit: { code: cell.unitCode, name: cell.unitName },
        periodCode: cell.periodCode,
        deadline: cell.deadline,
        state: cell.state,
        reportId: cell.reportId,
      });
    }
  }
  items.sort(
    (a, b) =>
      (a.bucket === b.bucket ? 0 : a.bucket === "late" ? -1 : 1) ||
      a.deadline.localeCompare(b.deadline) ||
      a.unit.name.localeCompare(b.unit.name, "vi") ||
      a.regime.code.localeCompare(b.regime.code),
  );
  return { today, week, items };
}
