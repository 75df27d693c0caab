/** Who is acting: a signed-in user with the roles they hold, each in a unit placed in the hierarchy. */
import type { UnitKind } from "../domain/org-unit.js";
import type { Role } from "../domain/records.js";

/** One role held in one unit, with what the policies need to know about that unit. */
export interface ActorRole {
  role: Role;
  unitId: number;
  unitCode: string;
  unitKind: UnitKind;
  /** The unit above (a division's department); null at the top. */
  parentUnitId: number | null;
  /** National code of the unit's province ("04"), null for central units. */
  provinceCode: string | null;
}

export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  roles: readonly ActorRole[];
}

/** True when the actor holds `role` in any unit. */
export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.some((r) => r.role === role);
}

/** The units whose reports a staff role (specialist, office, leader) works on: its own and, for a division, its department's. */
export function reportUnitsOf(role: ActorRole): number[] {
  return role.unitKind === "division" && role.parentUnitId !== null ? [role.unitId, role.parentUnitId] : [role.unitId];
}
