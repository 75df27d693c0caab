import type { Kysely } from "kysely";
import type { DeadlineRule } from "../domain/regime.js";
import { notFound } from "./db-errors.js";
import type { DB } from "./schema.js";

/** Replaces a regime's deadline rules and end date (null: still in force). */
export async function updateRegimeSettings(
  db: Kysely<DB>,
  code: string,
  settings: { deadlines: readonly DeadlineRule[]; validTo: string | null },
): Promise<number> {
  const row = await db
    .updateTable("regimes")
    .set({ deadline_rules: JSON.stringify(settings.deadlines), valid_to: settings.validTo })
    .where("code", "=", code)
    .returning("id")
    .executeTakeFirst();
  if (!row) throw notFound(`chế độ báo cáo mã "${code}"`, "code");
  return row.id;
}
