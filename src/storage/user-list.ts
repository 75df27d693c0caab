import { type Kysely, sql } from "kysely";
import type { Role, User } from "../domain/records.js";
import { foldText } from "../domain/vn-text.js";
import type { DB } from "./schema.js";
import { escapeLike } from "./sql-helpers.js";
import { findUserRoles } from "./users.js";

export interface UserQuery {
  /** Part of the username or full name, with or without diacritics ("nguyen" finds "Nguyễn"). */
  q?: string | undefined;
  role?: Role | undefined;
  active?: boolean | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** Users with roles matching every given criterion, by username (administration list). */
export async function findUsers(db: Kysely<DB>, query: UserQuery = {}): Promise<User[]> {
  let select = db
    .selectFrom("users")
    .select(["id", "username", "display_name", "locale", "is_active"])
    .orderBy("username")
    .limit(query.limit ?? 200)
    .offset(query.offset ?? 0);
  const q = query.q ? foldText(query.q) : "";
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    select = select.where(
      sql<boolean>`(f_unaccent(display_name) like f_unaccent(${pattern}) or username like ${pattern})`,
    );
  }
  if (query.role) {
    const role = query.role;
    select = select.where((eb) =>
      eb.exists(
        eb
          .selectFrom("user_roles as r")
          .select("r.user_id")
          .whereRef("r.user_id", "=", "users.id")
          .where("r.role", "=", role),
      ),
    );
  }
  if (query.active !== undefined) select = select.where("is_active", "=", query.active);
  const rows = await select.execute();
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
