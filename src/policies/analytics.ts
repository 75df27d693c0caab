/**
 * Who may see which units' figures in analytics: the same rule as reports (policies/report.ts) — staff see every
 * report of their department, the receiving level sees issued or sent reports of the units under it (a ministry
 * receiver: every province; a province receiver: its province, and the provinces merged into it), administrators
 * everything.
 */
import type { Actor } from "./actor.js";
import { reportScope } from "./report.js";

export type AnalyticsActor = Actor;

/** What an actor sees: own units in every state; released (issued, sent) reports of every unit or of provinces. */
export interface AnalyticsScope {
  all: boolean;
  ownUnitIds: number[];
  releasedAll: boolean;
  releasedProvinceCodes: string[];
}

/** The analytics scope of an actor; null (the command line, benchmarks) sees everything. */
export function analyticsScope(actor: Actor | null): AnalyticsScope {
  if (actor === null) return { all: true, ownUnitIds: [], releasedAll: false, releasedProvinceCodes: [] };
  const scope = reportScope(actor);
  return {
    all: scope.all,
    ownUnitIds: scope.unitIds,
    releasedAll: scope.releasedAll,
    releasedProvinceCodes: scope.releasedProvinceCodes,
  };
}

/** True when the scope lets the actor see units beyond their own (the receiving level, administrators). */
export function seesOtherUnits(scope: AnalyticsScope): boolean {
  return scope.all || scope.releasedAll || scope.releasedProvinceCodes.length > 0;
}
