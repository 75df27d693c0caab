import { readdirSync, readFileSync } from "node:fs";
import { sql } from "kysely";
import type { Database } from "./database.js";

const MIGRATIONS_DIR = new URL("./migrations/", import.meta.url);

export interface Migration {
  version: number;
  name: string;
  script: string;
}

/** The numbered plain-SQL migrations ("001-domain.sql"), in order. */
export function listMigrations(): Migration[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{3}-[a-z0-9-]+\.sql$/.test(f))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 3)),
      name: file.replace(/\.sql$/, ""),
      script: readFileSync(new URL(file, MIGRATIONS_DIR), "utf8"),
    }));
}

export interface MigrationResult {
  applied: string[];
  version: number;
}

/**
 * Applies the migrations not yet recorded, each in its own transaction, under an advisory lock so that two
 * processes (or parallel test files on one server) never migrate at once.
 */
export async function migrate(database: Database): Promise<MigrationResult> {
  await database.execScript(
    "create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())",
  );
  const applied: string[] = [];
  for (const m of listMigrations()) {
    const done = await database.db
      .selectFrom("schema_migrations")
      .select("version")
      .where("version", "=", m.version)
      .executeTakeFirst();
    if (done) continue;
    await database.execScript(
      `begin;\nselect pg_advisory_xact_lock(815200);\n${m.script}\n;insert into schema_migrations (version, name) values (${m.version}, '${m.name}') on conflict do nothing;\ncommit;`,
    );
    applied.push(m.name);
  }
  return { applied, version: await currentVersion(database) };
}

/** The highest applied migration version (0 on an empty database). */
export async function currentVersion(database: Database): Promise<number> {
  const row = await sql<{ v: number | null }>`select max(version) as v from schema_migrations`.execute(database.db);
  return Number(row.rows[0]?.v ?? 0);
}
