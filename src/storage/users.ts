import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { UserError } from "../domain/errors.js";
import type { UnitKind } from "../domain/org-unit.js";
import type { Role, Session, User, UserAccount, UserRole } from "../domain/records.js";
import { notFound, withViolations } from "./db-errors.js";
import type { DB } from "./schema.js";
import { inTransaction } from "./transaction.js";
import { unitIdsByCode } from "./units.js";

export interface NewUser {
  username: string;
  displayName: string;
  /** Already hashed by the caller (argon2): storage never sees a password. */
  passwordHash: string;
  locale?: "vi" | "en";
  /** The position printed when the user signs ("Giám đốc", "Phó Giám đốc"). */
  jobTitle?: string | null;
  roles: { role: Role; unitCode: string }[];
}

/** Creates a user with roles in units given by code; ALREADY_EXISTS when the username is taken. */
export async function createUser(db: Kysely<DB>, user: NewUser): Promise<User> {
  const username = user.username.trim().toLowerCase();
  const unitIds = await unitIdsByCode(
    db,
    user.roles.map((r) => r.unitCode),
  );
  user.roles.forEach((r, i) => {
    if (!unitIds.has(r.unitCode)) {
      throw new UserError("INVALID_REFERENCE", `Không có đơn vị mã "${r.unitCode}" để gán vai trò cho người dùng.`, {
        field: `roles[${i}].unitCode`,
      });
    }
  });
  const id = await inTransaction(db, async (trx) => {
    const row = await withViolations(
      { unique: `Tên đăng nhập "${username}" đã được sử dụng.`, field: "username" },
      () =>
        trx
          .insertInto("users")
          .values({
            username,
            display_name: user.displayName.normalize("NFC"),
            password_hash: user.passwordHash,
            locale: user.locale ?? "vi",
            job_title: user.jobTitle?.trim().normalize("NFC") || null,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
    );
    if (user.roles.length > 0) {
      await trx
        .insertInto("user_roles")
        .values(user.roles.map((r) => ({ user_id: row.id, role: r.role, unit_id: unitIds.get(r.unitCode)! })))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    return row.id;
  });
  return getUserById(db, id);
}

/** One user with roles; NOT_FOUND otherwise. */
export async function getUserById(db: Kysely<DB>, id: number): Promise<User> {
  const account = await accountWhere(db, { id });
  if (!account) throw notFound(`người dùng số ${id}`, "userId");
  const { passwordHash: _hash, ...user } = account;
  return user;
}

/** A user with roles and password hash by username (any case), or null: for signing in. */
export async function findUserByUsername(db: Kysely<DB>, username: string): Promise<UserAccount | null> {
  return accountWhere(db, { username: username.trim().toLowerCase() });
}

/** A user with roles and password hash by username; NOT_FOUND otherwise. */
export async function getUserByUsername(db: Kysely<DB>, username: string): Promise<UserAccount> {
  const account = await findUserByUsername(db, username);
  if (!account) throw notFound(`người dùng "${username}"`, "username");
  return account;
}

async function accountWhere(db: Kysely<DB>, key: { id: number } | { username: string }): Promise<UserAccount | null> {
  const select = db.selectFrom("users").selectAll();
  const row = await ("id" in key
    ? select.where("id", "=", key.id)
    : select.where("username", "=", key.username)
  ).executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    locale: row.locale as "vi" | "en",
    isActive: row.is_active,
    roles: await findUserRoles(db, row.id),
    passwordHash: row.password_hash,
  };
}

/** The roles a user holds, with the unit of each. */
export async function findUserRoles(db: Kysely<DB>, userId: number): Promise<UserRole[]> {
  const rows = await db
    .selectFrom("user_roles as r")
    .innerJoin("units as u", "u.id", "r.unit_id")
    .select(["r.role", "r.unit_id", "u.code", "u.kind"])
    .where("r.user_id", "=", userId)
    .orderBy("u.code")
    .orderBy("r.role")
    .execute();
  return rows.map((r) => ({ role: r.role as Role, unitId: r.unit_id, unitCode: r.code, unitKind: r.kind as UnitKind }));
}

/** Ids of the users holding `role` in the unit (e.g. the leaders to notify). */
export async function findUserIdsWithRole(db: Kysely<DB>, role: Role, unitId: number): Promise<number[]> {
  const rows = await db
    .selectFrom("user_roles")
    .select("user_id")
    .where("role", "=", role)
    .where("unit_id", "=", unitId)
    .orderBy("user_id")
    .execute();
  return rows.map((r) => r.user_id);
}

/** Opens a session for a user; the id and CSRF token are random unless given. */
export async function createSession(
  db: Kysely<DB>,
  session: { userId: number; expiresAt: Date; id?: string; csrfToken?: string },
): Promise<Session> {
  const row = await withViolations(
    { foreignKey: "Người dùng của phiên đăng nhập không tồn tại.", field: "userId" },
    () =>
      db
        .insertInto("sessions")
        .values({
          id: session.id ?? randomBytes(32).toString("base64url"),
          user_id: session.userId,
          csrf_token: session.csrfToken ?? randomBytes(24).toString("base64url"),
          expires_at: session.expiresAt,
        })
        .returningAll()
        .executeTakeFirstOrThrow(),
  );
  return toSession(row);
}

/** The session with this id when it has not expired at `now`, or null. */
export async function findSession(db: Kysely<DB>, id: string, now: Date = new Date()): Promise<Session | null> {
  const row = await db
    .selectFrom("sessions")
    .selectAll()
    .where("id", "=", id)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return row ? toSession(row) : null;
}

/** Moves a session's expiry (sliding sessions). */
export async function extendSession(db: Kysely<DB>, id: string, expiresAt: Date): Promise<void> {
  await db.updateTable("sessions").set({ expires_at: expiresAt }).where("id", "=", id).execute();
}

/** Ends one session (sign out). */
export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", id).execute();
}

/** Removes the sessions expired at `now`; returns how many. */
export async function deleteExpiredSessions(db: Kysely<DB>, now: Date = new Date()): Promise<number> {
  const result = await db.deleteFrom("sessions").where("expires_at", "<=", now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

function toSession(row: {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: Date;
  expires_at: Date;
}): Session {
  return {
    id: row.id,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    createdAt: new Date(row.created_at),
    expiresAt: new Date(row.expires_at),
  };
}
