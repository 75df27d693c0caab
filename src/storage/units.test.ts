import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/database.js";
import { buildDepartment, buildUnit, uniqueSuffix } from "../../test/factories.js";
import type { UnitDefinition } from "../domain/org-unit.js";
import type { Database } from "./database.js";
import {
  findChildUnits,
  findHolidays,
  findPredecessors,
  findSuccessionDefinitions,
  findSuccessors,
  findUnits,
  getUnitByCode,
  getUnitById,
  upsertHolidays,
  upsertSuccessions,
  upsertUnits,
} from "./units.js";

describe(`units on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database.close());

  /** A department that was renamed on 1 March 2025 when the ministries merged. */
  function renamedDepartment(code: string): UnitDefinition {
    return {
      code,
      kind: "department",
      provinceCode: "04",
      validFrom: "2008-01-01",
      names: [
        {
          name: `Sở Thông tin và Truyền thông ${code}`,
          symbol: "STTTT",
          validFrom: "2008-01-01",
          validTo: "2025-02-28",
        },
        { name: `Sở Khoa học và Công nghệ ${code}`, symbol: "SKHCN", validFrom: "2025-03-01" },
      ],
    };
  }

  it("stores a unit with its name history and reads the name in force on a date", async () => {
    const code = `CB-${uniqueSuffix()}`;
    await upsertUnits(database.db, [renamedDepartment(code)]);
    const in2020 = await getUnitByCode(database.db, code, "2020-10-15");
    expect(in2020.name).toBe(`Sở Thông tin và Truyền thông ${code}`);
    expect(in2020.symbol).toBe("STTTT");
    const in2025 = await getUnitByCode(database.db, code, "2025-07-01");
    expect(in2025.name).toBe(`Sở Khoa học và Công nghệ ${code}`);
    expect(in2025.names).toHaveLength(2);
    expect((await getUnitById(database.db, in2025.id, "2025-07-01")).code).toBe(code);
  });

  it("is idempotent and replaces the name history with the definitions", async () => {
    const code = `CB-${uniqueSuffix()}`;
    const def = renamedDepartment(code);
    await upsertUnits(database.db, [def]);
    await upsertUnits(database.db, [def]);
    const twice = await getUnitByCode(database.db, code);
    expect(twice.names).toHaveLength(2);
    await upsertUnits(database.db, [{ ...def, names: [def.names[0]!] }]);
    const once = await getUnitByCode(database.db, code);
    expect(once.names.map((n) => n.symbol)).toEqual(["STTTT"]);
  });

  it("links parents given in the same batch, in any order", async () => {
    const s = uniqueSuffix();
    await upsertUnits(database.db, [
      {
        code: `P-${s}-CNTT`,
        kind: "division",
        parentCode: `P-${s}`,
        validFrom: "2008-01-01",
        names: [{ name: "Phòng Công nghệ thông tin", validFrom: "2008-01-01" }],
      },
      {
        code: `P-${s}`,
        kind: "department",
        validFrom: "2008-01-01",
        names: [{ name: "Sở Thông tin và Truyền thông", validFrom: "2008-01-01" }],
      },
    ]);
    const division = await getUnitByCode(database.db, `P-${s}-CNTT`);
    expect(division.parentCode).toBe(`P-${s}`);
    const children = await findChildUnits(database.db, `P-${s}`);
    expect(children.map((c) => c.code)).toEqual([`P-${s}-CNTT`]);
  });

  it("refuses an unknown parent, naming the field, and stores nothing of the batch", async () => {
    const code = `X-${uniqueSuffix()}`;
    const failing = upsertUnits(database.db, [
      {
        code,
        kind: "division",
        parentCode: "KHONG-CO",
        validFrom: "2008-01-01",
        names: [{ name: "Phòng X", validFrom: "2008-01-01" }],
      },
    ]);
    await expect(failing).rejects.toMatchObject({
      code: "INVALID_REFERENCE",
      location: { field: "units[0].parentCode" },
    });
    await expect(getUnitByCode(database.db, code)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a unit without a name", async () => {
    await expect(
      upsertUnits(database.db, [
        { code: `X-${uniqueSuffix()}`, kind: "department", validFrom: "2008-01-01", names: [] },
      ]),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", location: { field: "units[0].names" } });
  });

  it("answers NOT_FOUND in Vietnamese for an unknown code or id", async () => {
    await expect(getUnitByCode(database.db, "KHONG-TON-TAI")).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: 'Không tìm thấy đơn vị có mã "KHONG-TON-TAI".',
    });
    await expect(getUnitById(database.db, 987654321)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it.each([
    ["cao bang", "Cao Bằng"],
    ["CAO BẰNG", "Cao Bằng"],
    ["so thong tin", "Sở Thông tin"],
    ["  sở   thông TIN ", "Sở Thông tin"],
    ["dien bien", "Điện Biên"],
    ["ĐIỆN BIÊN", "Điện Biên"],
  ])("finds names ignoring diacritics and case: %j finds %j", async (q, written) => {
    const s = uniqueSuffix();
    const unit = await buildUnit(database.db, { name: `${written} ${s}` });
    const found = await findUnits(database.db, { q: `${q} ${s}` });
    expect(found.map((u) => u.id)).toEqual([unit.id]);
  });

  it("treats LIKE wildcards in the search text literally", async () => {
    const s = uniqueSuffix();
    await buildUnit(database.db, { name: `Sở Tài chính ${s}` });
    expect(await findUnits(database.db, { q: `%${s}` })).toEqual([]);
    expect(await findUnits(database.db, { q: `s_ tai ${s}` })).toEqual([]);
  });

  it("filters by kind, parent and validity date", async () => {
    const { department, divisions } = await buildDepartment(database.db);
    const s = uniqueSuffix();
    const gone = await buildUnit(database.db, {
      parentCode: department.code,
      kind: "division",
      name: `Phòng Báo chí ${s}`,
      validTo: "2020-12-31",
    });
    const all = await findUnits(database.db, { parentCode: department.code });
    expect(all).toHaveLength(4);
    const now = await findUnits(database.db, { parentCode: department.code, at: "2025-01-01" });
    expect(now.map((u) => u.code).sort()).toEqual(
      Object.values(divisions)
        .map((d) => d.code)
        .sort(),
    );
    expect(now.some((u) => u.id === gone.id)).toBe(false);
    const departments = await findUnits(database.db, { kind: "department", q: department.code });
    expect(departments.map((u) => u.id)).toEqual([department.id]);
  });

  it("follows successions forwards and backwards, directly or along a chain", async () => {
    const s = uniqueSuffix();
    const old1 = await buildUnit(database.db, {
      code: `TV-${s}`,
      name: `Sở TT&TT Trà Vinh ${s}`,
      validTo: "2025-06-30",
    });
    const old2 = await buildUnit(database.db, {
      code: `VL-${s}`,
      name: `Sở TT&TT Vĩnh Long ${s}`,
      validTo: "2025-02-28",
    });
    const mid = await buildUnit(database.db, {
      code: `VL2-${s}`,
      name: `Sở KH&CN Vĩnh Long ${s}`,
      validFrom: "2025-03-01",
      validTo: "2025-06-30",
    });
    const now = await buildUnit(database.db, {
      code: `VL3-${s}`,
      name: `Sở KH&CN Vĩnh Long mới ${s}`,
      validFrom: "2025-07-01",
    });
    const successions = [
      { fromCode: old2.code, toCode: mid.code, effectiveDate: "2025-03-01", kind: "rename" as const },
      { fromCode: mid.code, toCode: now.code, effectiveDate: "2025-07-01", kind: "merge" as const },
      {
        fromCode: old1.code,
        toCode: now.code,
        effectiveDate: "2025-07-01",
        kind: "merge" as const,
        note: "Hợp nhất tỉnh",
      },
    ];
    await upsertSuccessions(database.db, successions);
    await upsertSuccessions(database.db, successions);
    expect((await findSuccessors(database.db, old2.code)).map((x) => x.toCode)).toEqual([mid.code]);
    const chain = await findSuccessors(database.db, old2.code, { transitive: true });
    expect(chain.map((x) => [x.toCode, x.depth])).toEqual([
      [mid.code, 1],
      [now.code, 2],
    ]);
    const before = await findPredecessors(database.db, now.code);
    expect(before.map((x) => x.fromCode).sort()).toEqual([mid.code, old1.code].sort());
    expect(before.find((x) => x.fromCode === old1.code)).toMatchObject({
      kind: "merge",
      note: "Hợp nhất tỉnh",
      effectiveDate: "2025-07-01",
    });
    const all = await findPredecessors(database.db, now.code, { transitive: true });
    expect(all.map((x) => x.fromCode).sort()).toEqual([mid.code, old1.code, old2.code].sort());
    const recorded = (await findSuccessionDefinitions(database.db)).filter(
      (d) => d.toCode.endsWith(s) || d.fromCode.endsWith(s),
    );
    expect(recorded).toEqual([
      { fromCode: old2.code, toCode: mid.code, effectiveDate: "2025-03-01", kind: "rename", note: null },
      { fromCode: old1.code, toCode: now.code, effectiveDate: "2025-07-01", kind: "merge", note: "Hợp nhất tỉnh" },
      { fromCode: mid.code, toCode: now.code, effectiveDate: "2025-07-01", kind: "merge", note: null },
    ]);
  });

  it("refuses a succession to an unknown unit", async () => {
    const unit = await buildUnit(database.db);
    await expect(
      upsertSuccessions(database.db, [
        { fromCode: unit.code, toCode: "KHONG-CO", effectiveDate: "2025-07-01", kind: "merge" },
      ]),
    ).rejects.toMatchObject({ code: "INVALID_REFERENCE", location: { field: "successions[0].toCode" } });
  });

  it("stores holidays by day and renames them on a second load", async () => {
    // A far-future year keeps this test's days apart from any other test's.
    const year = 2100 + Math.floor(Math.random() * 99);
    await upsertHolidays(database.db, [
      { day: `${year}-09-02`, name: "Quốc khánh" },
      { day: `${year}-01-01`, name: "Tết Dương lịch" },
    ]);
    await upsertHolidays(database.db, [{ day: `${year}-09-02`, name: "Lễ Quốc khánh" }]);
    expect(await findHolidays(database.db, { from: `${year}-01-01`, to: `${year}-12-31` })).toEqual([
      { day: `${year}-01-01`, name: "Tết Dương lịch" },
      { day: `${year}-09-02`, name: "Lễ Quốc khánh" },
    ]);
  });
});
