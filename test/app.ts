import type { FastifyInstance, InjectOptions } from "fastify";
import type { AppContext } from "../src/commands/context.js";
import type { Config } from "../src/config.js";
import { buildApp } from "../src/http/app.js";
import type { Database } from "../src/storage/database.js";
import { createSession } from "../src/storage/users.js";
import { openTestDatabase } from "./database.js";
import { buildUnit, buildUser } from "./factories.js";

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
  /**
   * The app; unless opened with `{ signedIn: false }`, a request without a cookie header is sent as an
   * administrator (who sees every report), so tests of reading endpoints need not sign in.
   */
  app: FastifyInstance;
  ctx: AppContext;
  database: Database;
  close(): Promise<void>;
}

/** The HTTP app over a fresh test database, for `app.inject` (one per test file). */
export async function openTestApp(options: { signedIn?: boolean } = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const ctx: AppContext = { database, config: testConfig };
  const app = await buildApp(ctx);
  await app.ready();
  if (options.signedIn !== false) {
    const adminUnit = await buildUnit(database.db, { kind: "agency", name: "Quản trị hệ thống", symbol: null });
    const admin = await buildUser(database.db, { role: "admin", unitCode: adminUnit.code, displayName: "Quản trị" });
    const session = await createSession(database.db, { userId: admin.id, expiresAt: new Date(Date.now() + 36e5) });
    const inject = app.inject.bind(app) as (opts: InjectOptions) => ReturnType<FastifyInstance["inject"]>;
    const asAdmin = (opts: InjectOptions | string) => {
      const o: InjectOptions = typeof opts === "string" ? { url: opts } : opts;
      if (o.headers?.cookie !== undefined) return inject(o);
      return inject({
        ...o,
        headers: { ...o.headers, cookie: `baocao_session=${session.id}`, "x-csrf-token": session.csrfToken },
      });
    };
    (app as unknown as { inject: typeof asAdmin }).inject = asAdmin;
  }
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
