import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/database.js";
import { buildDepartment, buildRegime, buildReport, buildUnit, uniqueSuffix } from "../../test/factories.js";
import { referenceDataVersion } from "./analytics-units.js";
import type { Database } from "./database.js";
import { inTransaction } from "./transaction.js";

describe(`reference data version on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database.close());

  /** Runs `write` and says whether the version analytics caches against changed. */
  async function changes(write: () => Promise<unknown>): Promise<boolean> {
    const before = await referenceDataVersion(database.db);
    await write();
    return (await referenceDataVersion(database.db)) !== before;
  }

  it("changes with every write to the units, their names and successions, and holidays", async () => {
    const db = database.db;
    const unit = await buildUnit(db);
    const other = await buildUnit(db);
    expect(await changes(() => buildUnit(db))).toBe(true);
    expect(
      await changes(() => db.updateTable("units").set({ valid_to: "2025-06-30" }).where("id", "=", unit.id).execute()),
    ).toBe(true);
    expect(
      await changes(() =>
        db.updateTable("unit_names").set({ short_name: "Sở TT&TT Cao Bằng" }).where("unit_id", "=", unit.id).execute(),
      ),
    ).toBe(true);
    expect(
      await changes(() =>
        db
          .insertInto("unit_successions")
          .values({ from_unit_id: unit.id, to_unit_id: other.id, effective_date: "2025-07-01", kind: "merge" })
          .execute(),
      ),
    ).toBe(true);
    expect(await changes(() => db.deleteFrom("unit_successions").where("from_unit_id", "=", unit.id).execute())).toBe(
      true,
    );
    const n = Number.parseInt(uniqueSuffix(), 16);
    const day = new Date(Date.UTC(2040 + (n % 50), n % 12, 1 + (n % 28))).toISOString().slice(0, 10);
    expect(await changes(() => db.insertInto("holidays").values({ day, name: "Nghỉ bù Quốc khánh" }).execute())).toBe(
      true,
    );
  });

  it("changes with the regimes, their outline and form, and the indicator catalogue", async () => {
    const db = database.db;
    const regime = await buildRegime(db);
    expect(await changes(() => buildRegime(db))).toBe(true);
    expect(
      await changes(() =>
        db.updateTable("regimes").set({ name: "Báo cáo tháng (sửa)" }).where("id", "=", regime.id).execute(),
      ),
    ).toBe(true);
    expect(
      await changes(() =>
        db
          .updateTable("regime_sections")
          .set({ guidance: "Nêu kết quả nổi bật." })
          .where("regime_id", "=", regime.id)
          .execute(),
      ),
    ).toBe(true);
    expect(
      await changes(() =>
        db.updateTable("regime_indicators").set({ is_required: true }).where("regime_id", "=", regime.id).execute(),
      ),
    ).toBe(true);
    const indicatorId = regime.indicators[0]!.indicatorId;
    expect(
      await changes(() =>
        db.updateTable("indicators").set({ name: "Số văn bản đi (sửa)" }).where("id", "=", indicatorId).execute(),
      ),
    ).toBe(true);
    expect(
      await changes(() =>
        db
          .insertInto("indicator_disaggregations")
          .values({
            indicator_id: indicatorId,
            dimension: "channel",
            code: `online-${uniqueSuffix()}`,
            name: "Trực tuyến",
            position: 9,
          })
          .execute(),
      ),
    ).toBe(true);
  });

  it("stays the same when a change is rolled back or other tables are written", async () => {
    const db = database.db;
    const regime = await buildRegime(db);
    const department = await buildDepartment(db);
    const unit = department.department;
    expect(
      await changes(() =>
        inTransaction(db, async (trx) => {
          await trx.updateTable("units").set({ valid_to: "2025-06-30" }).where("id", "=", unit.id).execute();
          throw new Error("hủy thay đổi");
        }).catch(() => undefined),
      ),
    ).toBe(false);
    expect(await changes(() => buildReport(db, { department, regime }))).toBe(false);
    expect(await changes(() => sql`select 1`.execute(db))).toBe(false);
  });
});
