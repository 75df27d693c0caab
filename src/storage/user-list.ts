import type { Kysely } from "kysely";
import type { User } from "../domain/records.js";
import type { DB } from "./schema.js";
import { findUserRoles } from "./users.js";

/** Every user with roles, by username (administration list). */
export async function findUsers(db: Kysely<DB>, query: { limit?: number; offset?: number } = {}): Promise<User[]> {
  const rows = await db
    .selectFrom("users")
    .select(["id", "username", "display_name", "locale", "is_active"])
    .orderBy("username")
    .limit(query.limit ?? 200)
    .offset(query.offset ?? 0)
    .execute();
  const users: User[] = [];
  for (const r of rows) {
    users.push({
      id: r.id,
      username: r.username,
      displayName: r.display_name,
      locale: r.locale as "vi" | "en",
      isActive: r.is_active,
      roles: await findUserRoles(db, r.id),
    });
  }
  return users;
}
