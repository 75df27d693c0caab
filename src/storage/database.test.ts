import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, StorageUnavailableError } from "./database.js";
import { currentVersion, migrate } from "./migrate.js";

describe.skipIf(Boolean(process.env.DATABASE_URL))("PGlite data folder", () => {
  const dir = mkdtempSync(join(tmpdir(), "baocao-db-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps data across restarts, migrates once, and refuses a second process on the same folder", async () => {
    const first = await openDatabase({ dataDir: dir });
    expect((await migrate(first)).applied.length).toBeGreaterThan(0);
    await first.db.insertInto("holidays").values({ day: "2026-09-02", name: "Quốc khánh" }).execute();
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(StorageUnavailableError);
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/đang được một tiến trình baocao khác sử dụng/);
    await first.close();

    const again = await openDatabase({ dataDir: dir });
    expect((await migrate(again)).applied).toEqual([]);
    expect(await currentVersion(again)).toBeGreaterThan(0);
    const row = await again.db.selectFrom("holidays").selectAll().where("day", "=", "2026-09-02").executeTakeFirst();
    expect(row?.name).toBe("Quốc khánh");
    await again.close();
  });
});

describe("PostgreSQL server", () => {
  it("says clearly when the server cannot be reached", async () => {
    await expect(openDatabase({ databaseUrl: "postgres://nobody@127.0.0.1:1/none" })).rejects.toThrow(
      /Không kết nối được máy chủ PostgreSQL/,
    );
  });
});
