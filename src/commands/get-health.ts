import { currentVersion } from "../storage/migrate.js";
import type { AppContext } from "./context.js";

export interface Health {
  status: "ok";
  database: "pglite" | "postgres";
  migrationVersion: number;
}

/** Reports that the database answers, which engine it is and the schema version. */
export async function getHealth(ctx: AppContext): Promise<Health> {
  return { status: "ok", database: ctx.database.kind, migrationVersion: await currentVersion(ctx.database) };
}
