import type { FastifyInstance } from "fastify";
import type { AppContext } from "../src/commands/context.js";
import type { Config } from "../src/config.js";
import { buildApp } from "../src/http/app.js";
import type { Database } from "../src/storage/database.js";
import { openTestDatabase } from "./database.js";

/** The configuration tests run with (nothing read from the environment). */
export const testConfig: Config = {
  port: 0,
  host: "127.0.0.1",
  databaseUrl: process.env.DATABASE_URL,
  dataDir: "memory://",
  demoPassword: undefined,
  dbSchema: undefined,
  logLevel: "silent",
};

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  database: Database;
  close(): Promise<void>;
}

/** The HTTP app over a fresh test database, for `app.inject` (one per test file). */
export async function openTestApp(): Promise<TestApp> {
  const database = await openTestDatabase();
  const ctx: AppContext = { database, config: testConfig };
  const app = await buildApp(ctx);
  await app.ready();
  return {
    app,
    ctx,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
