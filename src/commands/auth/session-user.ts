import type { Kysely } from "kysely";
import type { Role } from "../../domain/records.js";
import type { Actor } from "../../policies/actor.js";
import { findRolesInUnits } from "../../storage/report-workflow.js";
import type { DB } from "../../storage/schema.js";
import { getUnitById } from "../../storage/units.js";
import { getUserById } from "../../storage/users.js";

/** A signed-in user as the session endpoints return it: who, and which roles in which units. */
export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  locale: "vi" | "en";
  roles: { role: Role; unitCode: string; unitName: string; unitKind: string }[];
}

/** The acting user of the policies and the user of the session endpoints, read together. */
export async function loadActor(db: Kysely<DB>, userId: number): Promise<{ actor: Actor; user: SessionUser }> {
  const [user, roles] = await Promise.all([getUserById(db, userId), findRolesInUnits(db, userId)]);
  const names = new Map<number, string>();
  for (const id of new Set(roles.map((r) => r.unitId))) names.set(id, (await getUnitById(db, id)).name);
  return {
    actor: { userId: user.id, username: user.username, displayName: user.displayName, roles },
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      locale: user.locale,
      roles: roles.map((r) => ({
        role: r.role,
        unitCode: r.unitCode,
        unitName: names.get(r.unitId) ?? r.unitCode,
        unitKind: r.unitKind,
      })),
    },
  };
}
