/**
 * Who may see which units' figures in analytics. Same rule as reports (issue 7): staff see every report of
 * their department, the receiving level sees issued or sent reports of the units under it (a ministry receiver:
 * every province; a province receiver: its province, including the provinces merged into it), administrators
 * everything. Written against the workflow branch's Actor shape so its `reportScope` can replace the body.
 */
import type { UnitKind } from "../domain/org-unit.js";
import type { Role } from "../domain/records.js";

/** One role held in one unit (the shape of policies/actor.ts on the workflow branch). */
export interface AnalyticsActorRole {
  role: Role;
  unitId: number;
  unitCode: string;
  unitKind: UnitKind;
  parentUnitId: number | null;
  provinceCode: string | null;
}

export interface AnalyticsActor {
  userId: number;
  roles: readonly AnalyticsActorRole[];
}

/** What an actor sees: own units in every state; released (issued, sent) reports of every unit or of provinces. */
export interface AnalyticsScope {
  all: boolean;
  ownUnitIds: number[];
  releasedAll: boolean;
  releasedProvinceCodes: string[];
}

const STAFF: ReadonlySet<Role> = new Set(["specialist", "office", "leader"]);
const CENTRAL: ReadonlySet<UnitKind> = new Set(["country", "government", "ministry", "ministry_unit"]);

/** The analytics scope of an actor; null (the command line, benchmarks) sees everything. */
export function analyticsScope(actor: AnalyticsActor | null): AnalyticsScope {
  const scope: AnalyticsScope = { all: actor === null, ownUnitIds: [], releasedAll: false, releasedProvinceCodes: [] };
  for (const role of actor?.roles ?? []) {
    if (role.role === "admin") scope.all = true;
    else if (STAFF.has(role.role)) {
      // A division works on its department's reports.
      scope.ownUnitIds.push(role.unitId);
      if (role.unitKind === "division" && role.parentUnitId !== null) scope.ownUnitIds.push(role.parentUnitId);
    } else if (role.role === "receiver") {
      if (CENTRAL.has(role.unitKind)) scope.releasedAll = true;
      else if (role.provinceCode) scope.releasedProvinceCodes.push(role.provinceCode);
    }
  }
  scope.ownUnitIds = [...new Set(scope.ownUnitIds)];
  scope.releasedProvinceCodes = [...new Set(scope.releasedProvinceCodes)];
  return scope;
}

/** True when the scope lets the actor see anything beyond their own units (the receiving level, admins). */
export function seesOtherUnits(scope: AnalyticsScope): boolean {
  return scope.all || scope.releasedAll || scope.releasedProvinceCodes.length > 0;
}
