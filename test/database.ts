import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { sql } from "kysely";
import { inject } from "vitest";
import { type Database, openDatabase } from "../src/storage/database.js";
import { migrate } from "../src/storage/migrate.js";

/**
 * A migrated database for one test file: PostgreSQL in a schema of its own when DATABASE_URL is set (dropped
 * on close), otherwise an in-memory PGlite loaded from the run's migrated dump. Tests never truncate: each one
 * creates the data it needs with the factories.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const schema = `t_${randomBytes(6).toString("hex")}`;
    const database = await openDatabase({ databaseUrl: url, schema });
    await migrate(database);
    const close = database.close.bind(database);
    return Object.assign(database, {
      async close() {
        await sql.raw(`drop schema if exists ${schema} cascade`).execute(database.db);
        await close();
      },
    });
  }
  const dumpPath = inject("pgliteDumpPath");
  const database = await openDatabase(dumpPath ? { loadDump: new Blob([readFileSync(dumpPath)]) } : {});
  if (!dumpPath) await migrate(database);
  return database;
}
