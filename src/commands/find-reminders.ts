import { addDays } from "../domain/iso-date.js";
import { type Period, periodContaining, periodsInYear, previousPeriod } from "../domain/period.js";
import { type AnalyticsActor, analyticsScope } from "../policies/analytics.js";
import { todayInVietnam } from "../storage/sql-helpers.js";
import { loadAnalyticsSetup, regimePeriodKind } from "./analytics/analytics-setup.js";
import { type CompletenessCell, completenessCells } from "./analytics/completeness-cells.js";
import type { AppContext } from "./context.js";

export interface FindRemindersOptions {
  actor: AnalyticsActor | null;
  regimeCode: string;
  /** Reports due within this many days are listed with the late ones. */
  withinDays: number;
  /** How far back late reports are still chased (default 366 days). */
  lookbackDays?: number | undefined;
  today?: string | undefined;
}

/**
 * What to chase: reports not yet sent whose deadline is within `withinDays` from today, and those already late
 * (most overdue first), over the periods whose deadline falls in the look-back window.
 */
export async function findReminders(ctx: AppContext, options: FindRemindersOptions): Promise<CompletenessCell[]> {
  const today = options.today ?? todayInVietnam();
  const setup = await loadAnalyticsSetup(ctx, options.regimeCode);
  const kind = regimePeriodKind(setup.regime);
  const from = addDays(today, -(options.lookbackDays ?? 366));
  const until = addDays(today, options.withinDays);
  const years = new Set([Number(from.slice(0, 4)), Number(today.slice(0, 4)), Number(until.slice(0, 4))]);
  const candidates: Period[] = [];
  for (const year of [...years].sort()) candidates.push(...periodsInYear(kind, year));
  // The period running now may belong to next year's code under Decree 09 windows (December's 15th onwards).
  const running = periodContaining(today, kind, setup.regime.cutoff);
  if (running) candidates.push(running, previousPeriod(running));
  const unique = [...new Map(candidates.map((p) => [`${p.kind}|${p.year}|${p.index}`, p])).values()];
  const cells = await completenessCells(ctx, setup, unique, analyticsScope(options.actor), today);
  return cells
    .filter((c) => c.state !== "sent" && c.deadline >= from && c.deadline <= until)
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.unitName.localeCompare(b.unitName, "vi"));
}
