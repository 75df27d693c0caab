import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/database.js";
import { uniqueSuffix } from "../../test/factories.js";
import type { Database } from "./database.js";
import { inTransaction } from "./transaction.js";
import { findUnits, upsertUnits } from "./units.js";

describe(`inTransaction on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database.close());

  const unit = (code: string) => ({
    code,
    kind: "department" as const,
    validFrom: "2008-01-01",
    names: [{ name: `Sở Thông tin và Truyền thông ${code}`, validFrom: "2008-01-01" }],
  });

  it("commits what the function did and returns its result", async () => {
    const code = `T-${uniqueSuffix()}`;
    const result = await inTransaction(database.db, async (trx) => {
      await upsertUnits(trx, [unit(code)]);
      return "xong";
    });
    expect(result).toBe("xong");
    expect(await findUnits(database.db, { q: code })).toHaveLength(1);
  });

  it("rolls back everything, repositories' own transactions included, when the function throws", async () => {
    const code = `T-${uniqueSuffix()}`;
    await expect(
      inTransaction(database.db, async (trx) => {
        // upsertUnits opens no transaction of its own here: it joins this one.
        await upsertUnits(trx, [unit(code)]);
        await inTransaction(trx, async (inner) => upsertUnits(inner, [unit(`${code}-2`)]));
        throw new Error("lỗi giữa chừng");
      }),
    ).rejects.toThrow("lỗi giữa chừng");
    expect(await findUnits(database.db, { q: code })).toEqual([]);
  });
});
