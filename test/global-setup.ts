import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../src/storage/database.js";
import { migrate } from "../src/storage/migrate.js";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteDumpPath: string;
  }
}

/**
 * Once per run: on PGlite, migrate an in-memory database and dump it so each test file starts from the dump
 * (0.5 s instead of 3 s); on PostgreSQL, check the server answers so the run fails early with a clear message.
 */
export default async function setup(project: TestProject): Promise<void> {
  if (process.env.DATABASE_URL) {
    const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
    await database.close();
    project.provide("pgliteDumpPath", "");
    return;
  }
  const database = await openDatabase({});
  await migrate(database);
  const dump = await database.dump!();
  await database.close();
  const path = join(tmpdir(), `baocao-test-${process.pid}.tar`);
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteDumpPath", path);
}
