import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/database.js";
import type { Database } from "./database.js";
import { currentVersion, listMigrations, migrate } from "./migrate.js";

describe(`migrations on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database.close());

  it("records every migration once and re-applies none", async () => {
    const latest = listMigrations().at(-1)!.version;
    expect(await currentVersion(database)).toBe(latest);
    const again = await migrate(database);
    expect(again.applied).toEqual([]);
    expect(again.version).toBe(latest);
  });

  it("folds diacritics in SQL the way the app does", async () => {
    const r = await sql<{ v: string }>`select f_unaccent('Ký số Đường Cao Bằng') as v`.execute(database.db);
    expect(r.rows[0]?.v).toBe("ky so duong cao bang");
  });

  it("enforces enums and foreign keys in the database", async () => {
    await expect(
      database.db.insertInto("units").values({ code: "X-BAD-KIND", kind: "galaxy" }).execute(),
    ).rejects.toThrow();
    await expect(
      database.db.insertInto("unit_names").values({ unit_id: 987654, name: "Không có" }).execute(),
    ).rejects.toThrow();
  });

  it("allows one current report per regime, unit and period", async () => {
    const unit = await database.db
      .insertInto("units")
      .values({ code: `U-${Date.now()}`, kind: "department" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const regime = await database.db
      .insertInto("regimes")
      .values({
        code: `R-${Date.now()}`,
        name: "Báo cáo tháng",
        kind: "periodic",
        frequency: "month",
        cutoff_rule: JSON.stringify({ startDay: 15, endDay: 14 }),
        deadline_rules: JSON.stringify([]),
        submitting_unit_kinds: ["department"],
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const report = {
      regime_id: regime.id,
      unit_id: unit.id,
      period_kind: "month",
      period_year: 2025,
      period_index: 10,
      period_code: "2025-10",
    };
    await database.db.insertInto("reports").values(report).execute();
    await expect(database.db.insertInto("reports").values(report).execute()).rejects.toThrow();
  });
});
