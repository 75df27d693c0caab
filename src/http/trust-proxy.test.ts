import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testConfig } from "../../test/app.js";
import { openTestDatabase } from "../../test/database.js";
import { buildUnit, uniqueSuffix } from "../../test/factories.js";
import { createAccount } from "../commands/create-account.js";
import { type Config, loadConfig } from "../config.js";
import type { Database } from "../storage/database.js";
import { buildApp } from "./app.js";

const PASSWORD = "Mat-khau-proxy-2026";

let database: Database;
let username: string;
const apps: FastifyInstance[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  const unit = await buildUnit(database.db);
  username = `vanphong.${uniqueSuffix().toLowerCase()}`;
  await createAccount(
    { database, config: testConfig },
    { username, displayName: "Hoàng Thị Lan", password: PASSWORD, roles: [{ role: "office", unitCode: unit.code }] },
  );
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await database?.close();
});

async function appWith(trustProxy: Config["trustProxy"]): Promise<FastifyInstance> {
  const app = await buildApp({ database, config: { ...testConfig, trustProxy } });
  await app.ready();
  apps.push(app);
  return app;
}

/** Signs in and returns the Set-Cookie header of the session cookie. */
async function sessionCookie(
  app: FastifyInstance,
  options: { headers?: Record<string, string>; remoteAddress?: string } = {},
): Promise<string> {
  const res = await app.inject({
    method: "POST",
    url: "/api/session",
    payload: { username, password: PASSWORD },
    headers: options.headers ?? {},
    ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
  });
  expect(res.statusCode, res.body).toBe(200);
  const header = ([] as string[]).concat(res.headers["set-cookie"] ?? []).find((c) => c.startsWith("baocao_session="));
  expect(header).toBeDefined();
  return header!;
}

const isSecure = (cookie: string) => /;\s*Secure(;|$)/i.test(cookie);

describe("the session cookie behind a reverse proxy", () => {
  it("is Secure when a trusted proxy says the request came over https, and only then", async () => {
    const app = await appWith(true);
    const https = await sessionCookie(app, { headers: { "x-forwarded-proto": "https" } });
    expect(isSecure(https)).toBe(true);
    expect(https).toMatch(/HttpOnly/i);
    expect(https).toMatch(/SameSite=Lax/i);
    expect(isSecure(await sessionCookie(app, { headers: { "x-forwarded-proto": "http" } }))).toBe(false);
    expect(isSecure(await sessionCookie(app))).toBe(false);
  });

  it("ignores X-Forwarded-Proto when no proxy is trusted (the default)", async () => {
    const app = await appWith(undefined);
    expect(isSecure(await sessionCookie(app, { headers: { "x-forwarded-proto": "https" } }))).toBe(false);
  });

  it("believes only the listed proxy addresses", async () => {
    const app = await appWith(["10.0.0.0/8", "127.0.0.1"]);
    const forwarded = { "x-forwarded-proto": "https" };
    expect(isSecure(await sessionCookie(app, { headers: forwarded, remoteAddress: "10.1.2.3" }))).toBe(true);
    expect(isSecure(await sessionCookie(app, { headers: forwarded, remoteAddress: "203.0.113.9" }))).toBe(false);
  });
});

describe("BAOCAO_TRUST_PROXY", () => {
  it("reads true, false, nothing, or a list of addresses and ranges", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ BAOCAO_TRUST_PROXY: "true" }).trustProxy).toBe(true);
    expect(loadConfig({ BAOCAO_TRUST_PROXY: "FALSE" }).trustProxy).toBe(false);
    expect(loadConfig({ BAOCAO_TRUST_PROXY: "127.0.0.1, 10.0.0.0/8" }).trustProxy).toEqual(["127.0.0.1", "10.0.0.0/8"]);
  });

  it("stops with a Vietnamese message naming the variable for a value it cannot read", () => {
    expect(() => loadConfig({ BAOCAO_TRUST_PROXY: "có; không" })).toThrow(/BAOCAO_TRUST_PROXY.*true, false/);
  });
});
