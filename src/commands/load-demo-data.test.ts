import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/database.js";
import { loadConfig } from "../config.js";
import type { Database } from "../storage/database.js";
import { verifyPassword } from "./auth/password.js";
import type { AppContext } from "./context.js";
import { DEMO_ACCOUNTS, loadDemoDataIfEmpty } from "./load-demo-data.js";

// The demo data needs an empty database: this file's database holds nothing else.
describe(`demo data on first start (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  let database: Database;
  let ctx: AppContext;
  beforeAll(async () => {
    database = await openTestDatabase();
    ctx = { database, config: { ...loadConfig({}), demoPassword: "demo-password-2026" } };
  });
  afterAll(async () => database.close());

  it("loads units, the pack, accounts and reports once", async () => {
    const first = await loadDemoDataIfEmpty(ctx);
    expect(first.loaded).toBe(true);
    expect(first.message).toContain("BAOCAO_DEMO_PASSWORD");
    expect(first.message).not.toContain("demo-password-2026");
    const db = database.db;
    const count = async (table: "units" | "regimes" | "indicators" | "users" | "reports" | "data_values") =>
      Number((await db.selectFrom(table).select(db.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    expect(await count("regimes")).toBe(5);
    expect(await count("indicators")).toBeGreaterThanOrEqual(100);
    expect(await count("users")).toBe(DEMO_ACCOUNTS.length);
    expect(await count("reports")).toBe(first.reports);
    expect(await count("data_values")).toBeGreaterThan(1000);

    const second = await loadDemoDataIfEmpty(ctx);
    expect(second.loaded).toBe(false);
    expect(await count("reports")).toBe(first.reports);
  });

  it("spans the July 2025 merger: the old provinces report until June, the new Vĩnh Long from July", async () => {
    const rows = await database.db
      .selectFrom("reports")
      .innerJoin("units", "units.id", "reports.unit_id")
      .select([
        "units.code",
        (eb) => eb.fn.min("reports.period_code").as("first"),
        (eb) => eb.fn.max("reports.period_code").as("last"),
      ])
      .where("reports.period_kind", "=", "month")
      .groupBy("units.code")
      .execute();
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get("SO-84")?.last).toBe("2025-06");
    expect(byCode.get("SO-86-2025")?.first).toBe("2025-07");
    expect(byCode.get("SO-04")?.first).toBe("2024-07");
  });

  it("gives every demo account the configured password", async () => {
    const user = await database.db
      .selectFrom("users")
      .select("password_hash")
      .where("username", "=", "giamdoc")
      .executeTakeFirstOrThrow();
    expect(await verifyPassword(user.password_hash, "demo-password-2026")).toBe(true);
  });
});
