import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../test/app.js";
import { buildDepartment, buildUnit, uniqueSuffix } from "../../../test/factories.js";
import type { UnitDetail, UnitList } from "../../contract/units.js";
import { upsertSuccessions } from "../../storage/units.js";

let t: TestApp;
let tag: string;
let caoBang: string;
let vinhLong: string;
let traVinh: string;

beforeAll(async () => {
  t = await openTestApp();
  const db = t.database.db;
  // The database is this file's own; the tag still makes the names unmistakable in failures.
  tag = `T${uniqueSuffix()}`;
  const cb = await buildDepartment(db, { name: `Sở Thông tin và Truyền thông tỉnh Cao Bằng ${tag}` });
  caoBang = cb.department.code;
  vinhLong = (
    await buildUnit(db, {
      kind: "department",
      name: `Sở Khoa học và Công nghệ tỉnh Vĩnh Long ${tag}`,
      validFrom: "2025-07-01",
    })
  ).code;
  traVinh = (
    await buildUnit(db, {
      kind: "department",
      name: `Sở Thông tin và Truyền thông tỉnh Trà Vinh ${tag}`,
      validTo: "2025-06-30",
    })
  ).code;
  await upsertSuccessions(db, [{ fromCode: traVinh, toCode: vinhLong, effectiveDate: "2025-07-01", kind: "merge" }]);
});
afterAll(async () => t?.close());

async function list(query: string): Promise<UnitList> {
  const res = await t.app.inject({ method: "GET", url: `/api/units?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<UnitList>();
}

describe("GET /api/units", () => {
  it.each([
    ["Cao Bằng", ["caoBang"]],
    ["cao bang", ["caoBang"]],
    ["CAO BANG", ["caoBang"]],
    ["tra vinh", ["traVinh"]],
    ["Vĩnh Long", ["vinhLong"]],
    ["khoa hoc va cong nghe", ["vinhLong"]],
    ["thong tin va truyen thong", ["caoBang", "traVinh"]],
    ["Bến Tre", []],
  ])("q=%s finds %j", async (q, expected) => {
    const codes = { caoBang, vinhLong, traVinh } as Record<string, string>;
    const body = await list(`q=${encodeURIComponent(q)}`);
    expect(body.items.map((u) => u.code).sort()).toEqual(expected.map((k) => codes[k]).sort());
  });

  it("filters by kind: divisions of the department are not departments", async () => {
    const departments = await list(`kind=department&q=${tag}`);
    expect(departments.items.every((u) => u.kind === "department")).toBe(true);
    const divisions = await list(`kind=division&parent=${caoBang}`);
    expect(divisions.items.map((u) => u.name).sort()).toEqual(
      ["Phòng Bưu chính, Viễn thông", "Phòng Công nghệ thông tin", "Văn phòng Sở"].sort(),
    );
    expect(divisions.items.every((u) => u.parentCode === caoBang)).toBe(true);
  });

  it("limit= returns at most that many, by code", async () => {
    const all = await list("");
    const two = await list("limit=2");
    expect(two.items.map((u) => u.code)).toEqual(all.items.slice(0, 2).map((u) => u.code));
    expect(all.items.length).toBeGreaterThan(2);
  });

  it("at= keeps only the units valid on that date", async () => {
    const before = await list(`q=${tag}&kind=department&at=2025-06-30`);
    expect(before.items.map((u) => u.code).sort()).toEqual([caoBang, traVinh].sort());
    const after = await list(`q=${tag}&kind=department&at=2025-07-01`);
    expect(after.items.map((u) => u.code).sort()).toEqual([caoBang, vinhLong].sort());
  });

  it.each([
    ["kind=tinh", "kind"],
    ["at=30/06/2025", "at"],
  ])("refuses %s with a Vietnamese message naming the field", async (query, field) => {
    const res = await t.app.inject({ method: "GET", url: `/api/units?${query}` });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: { code: string; message: string; field?: string } }>();
    expect(body.error.code).toBe("INVALID_REQUEST");
    expect(body.error.field).toBe(field);
    expect(body.error.message).toContain("không hợp lệ");
  });
});

describe("GET /api/units/:code", () => {
  it("returns the unit with its names, children and successions", async () => {
    const res = await t.app.inject({ method: "GET", url: `/api/units/${vinhLong}` });
    expect(res.statusCode).toBe(200);
    const unit = res.json<UnitDetail>();
    expect(unit.name).toBe(`Sở Khoa học và Công nghệ tỉnh Vĩnh Long ${tag}`);
    expect(unit.predecessors).toEqual([
      { fromCode: traVinh, toCode: vinhLong, effectiveDate: "2025-07-01", kind: "merge", note: null },
    ]);
    expect(unit.successors).toEqual([]);
    const department = (await t.app.inject({ method: "GET", url: `/api/units/${caoBang}` })).json<UnitDetail>();
    expect(department.children).toHaveLength(3);
    expect(department.names).toHaveLength(1);
  });

  it("answers 404 with a Vietnamese message for an unknown code", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/units/KHONG-CO" });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: "NOT_FOUND", message: 'Không tìm thấy đơn vị có mã "KHONG-CO".', field: "unitCode" },
    });
  });
});
