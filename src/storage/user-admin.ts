import type { Kysely } from "kysely";
import { UserError } from "../domain/errors.js";
import type { Role } from "../domain/records.js";
import { notFound } from "./db-errors.js";
import type { DB } from "./schema.js";
import { unitIdsByCode } from "./units.js";

/** Changes a user's full name; NOT_FOUND when there is no such user. */
export async function setUserDisplayName(db: Kysely<DB>, userId: number, displayName: string): Promise<void> {
  const result = await db
    .updateTable("users")
    .set({ display_name: displayName.normalize("NFC") })
    .where("id", "=", userId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw notFound(`người dùng số ${userId}`, "userId");
}

/** Replaces a user's roles with exactly the given ones (units by code; INVALID_REFERENCE for an unknown unit). */
export async function replaceUserRoles(
  db: Kysely<DB>,
  userId: number,
  roles: readonly { role: Role; unitCode: string }[],
): Promise<void> {
  const unitIds = await unitIdsByCode(
    db,
    roles.map((r) => r.unitCode),
  );
  roles.forEach((r, i) => {
    if (!unitIds.has(r.unitCode)) {
      throw new UserError("INVALID_REFERENCE", `Không có đơn vị mã "${r.unitCode}" để gán vai trò cho người dùng.`, {
        field: `roles[${i}].unitCode`,
      });
    }
  });
  await db.deleteFrom("user_roles").where("user_id", "=", userId).execute();
  if (roles.length > 0) {
    await db
      .insertInto("user_roles")
      .values(roles.map((r) => ({ user_id: userId, role: r.role, unit_id: unitIds.get(r.unitCode)! })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/** Enables or disables sign-in for a user. */
export async function setUserActive(db: Kysely<DB>, userId: number, active: boolean): Promise<void> {
  await db.updateTable("users").set({ is_active: active }).where("id", "=", userId).execute();
}

/** Stores a new (already hashed) password. */
export async function setPasswordHash(db: Kysely<DB>, userId: number, passwordHash: string): Promise<void> {
  await db.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", userId).execute();
}

/** Ends every session of a user (after disabling them or resetting their password); returns how many. */
export async function deleteUserSessions(db: Kysely<DB>, userId: number): Promise<number> {
  const result = await db.deleteFrom("sessions").where("user_id", "=", userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** How many active users hold the administrator role (so the last one is never locked out). */
export async function countActiveAdmins(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom("user_roles as r")
    .innerJoin("users as u", "u.id", "r.user_id")
    .select((eb) => eb.fn.count<number>("r.user_id").distinct().as("n"))
    .where("r.role", "=", "admin")
    .where("u.is_active", "=", true)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
