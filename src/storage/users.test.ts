import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/database.js";
import { buildDepartment, buildUser, uniqueSuffix } from "../../test/factories.js";
import type { Database } from "./database.js";
import {
  createSession,
  createUser,
  deleteExpiredSessions,
  deleteSession,
  extendSession,
  findSession,
  findUserByUsername,
  findUserIdsWithRole,
  findUserRoles,
  getUserById,
  getUserByUsername,
} from "./users.js";

describe(`users and sessions on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database.close());

  it("creates a user with roles in several units and reads it back by username in any case", async () => {
    const { department, divisions } = await buildDepartment(database.db);
    const username = `Hoa.${uniqueSuffix()}`;
    const user = await createUser(database.db, {
      username,
      displayName: "Trần Thị Hoa",
      passwordHash: "$argon2id$hash",
      roles: [
        { role: "specialist", unitCode: divisions.cntt.code },
        { role: "office", unitCode: department.code },
      ],
    });
    expect(user).toMatchObject({
      username: username.toLowerCase(),
      displayName: "Trần Thị Hoa",
      locale: "vi",
      isActive: true,
    });
    expect(user).not.toHaveProperty("passwordHash");
    expect(user.roles.map((r) => [r.role, r.unitCode, r.unitKind])).toEqual([
      ["office", department.code, "department"],
      ["specialist", divisions.cntt.code, "division"],
    ]);
    const account = await getUserByUsername(database.db, ` ${username.toUpperCase()} `);
    expect(account.passwordHash).toBe("$argon2id$hash");
    expect(await findUserRoles(database.db, user.id)).toEqual(user.roles);
    expect((await getUserById(database.db, user.id)).username).toBe(username.toLowerCase());
    expect(await findUserIdsWithRole(database.db, "specialist", divisions.cntt.id)).toEqual([user.id]);
  });

  it("refuses a taken username with ALREADY_EXISTS, not a raw SQL error", async () => {
    const user = await buildUser(database.db);
    await expect(
      createUser(database.db, { username: user.username, displayName: "Người khác", passwordHash: "x", roles: [] }),
    ).rejects.toMatchObject({
      code: "ALREADY_EXISTS",
      message: `Tên đăng nhập "${user.username}" đã được sử dụng.`,
      location: { field: "username" },
    });
  });

  it("refuses a role in an unknown unit and creates nothing", async () => {
    const username = `x-${uniqueSuffix().toLowerCase()}`;
    await expect(
      createUser(database.db, {
        username,
        displayName: "Lê Văn Tám",
        passwordHash: "x",
        roles: [{ role: "leader", unitCode: "KHONG-CO" }],
      }),
    ).rejects.toMatchObject({ code: "INVALID_REFERENCE", location: { field: "roles[0].unitCode" } });
    expect(await findUserByUsername(database.db, username)).toBeNull();
  });

  it("answers NOT_FOUND for unknown users", async () => {
    await expect(getUserByUsername(database.db, "khong-co-ai")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getUserById(database.db, 987654321)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("opens, finds, extends, expires and ends sessions", async () => {
    const user = await buildUser(database.db);
    const now = new Date("2026-01-10T08:00:00Z");
    const session = await createSession(database.db, { userId: user.id, expiresAt: new Date("2026-01-10T10:00:00Z") });
    expect(session.id.length).toBeGreaterThanOrEqual(40);
    expect(session.csrfToken).not.toBe(session.id);
    expect(await findSession(database.db, session.id, now)).toEqual(session);
    expect(await findSession(database.db, session.id, new Date("2026-01-10T10:00:01Z"))).toBeNull();
    await extendSession(database.db, session.id, new Date("2026-01-11T10:00:00Z"));
    expect(await findSession(database.db, session.id, new Date("2026-01-10T10:00:01Z"))).not.toBeNull();

    const old = await createSession(database.db, { userId: user.id, expiresAt: new Date("2000-01-01T00:00:00Z") });
    expect(await deleteExpiredSessions(database.db, now)).toBeGreaterThanOrEqual(1);
    expect(await findSession(database.db, old.id, new Date("1999-12-31T00:00:00Z"))).toBeNull();

    await deleteSession(database.db, session.id);
    expect(await findSession(database.db, session.id, now)).toBeNull();
  });

  it("refuses a session for an unknown user with INVALID_REFERENCE", async () => {
    await expect(
      createSession(database.db, { userId: 987654321, expiresAt: new Date("2030-01-01T00:00:00Z") }),
    ).rejects.toMatchObject({ code: "INVALID_REFERENCE" });
  });
});
