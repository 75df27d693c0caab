import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../test/app.js";
import { buildUnit, uniqueSuffix } from "../../../test/factories.js";
import type { UnitDetail, UnitList } from "../../contract/units.js";

let t: TestApp;
let department: string;

beforeAll(async () => {
  t = await openTestApp();
  department = (await buildUnit(t.database.db, { name: "Sở Khoa học và Công nghệ tỉnh Cao Bằng" })).code;
});
afterAll(async () => t?.close());

const post = (url: string, body: Record<string, unknown>) => t.app.inject({ method: "POST", url, payload: body });
const addDivision = (code: string, extra: Record<string, unknown> = {}) =>
  post("/api/units", {
    code,
    parentCode: department,
    name: "Phòng Chuyển đổi số",
    symbol: "CĐS",
    validFrom: "2025-07-01",
    ...extra,
  });
const divisionsOn = async (at: string) =>
  (await t.app.inject(`/api/units?parent=${department}&at=${at}`)).json<UnitList>().items.map((u) => u.name);

describe("adding a division", () => {
  it("adds it from its first day: absent before, present after", async () => {
    const code = `CDS-${uniqueSuffix()}`;
    const res = await addDivision(code);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<UnitDetail>()).toMatchObject({
      code,
      kind: "division",
      parentCode: department,
      provinceCode: "04",
    });
    expect(await divisionsOn("2025-06-30")).not.toContain("Phòng Chuyển đổi số");
    expect(await divisionsOn("2025-07-01")).toContain("Phòng Chuyển đổi số");
    const audit = await t.database.db
      .selectFrom("audit_events")
      .select("action")
      .where("entity", "=", "unit")
      .execute();
    expect(audit.map((a) => a.action)).toContain("add-division");
  });

  it("refuses a taken code with 409, an unknown department and a date the department did not exist", async () => {
    const taken = await addDivision(department);
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: "ALREADY_EXISTS", field: "code" });
    const unknown = await addDivision(`X-${uniqueSuffix()}`, { parentCode: "KHONG-CO" });
    expect(unknown.json().error).toMatchObject({ field: "parentCode" });
    const early = await addDivision(`Y-${uniqueSuffix()}`, { validFrom: "2000-01-01" });
    expect(early.statusCode).toBe(400);
    expect(early.json().error).toMatchObject({ field: "validFrom" });
  });
});

describe("renaming and ending", () => {
  it("renames from a date: the old name on the day before, the new one from that day", async () => {
    const code = `TT-${uniqueSuffix()}`;
    await addDivision(code, {
      name: "Phòng Thông tin - Báo chí - Xuất bản",
      symbol: "TTBCXB",
      validFrom: "2017-01-01",
    });
    const res = await post(`/api/units/${code}/names`, {
      name: "Phòng Thông tin cơ sở và Chuyển đổi số",
      symbol: "TTCS",
      validFrom: "2025-07-01",
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<UnitDetail>().names).toEqual([
      expect.objectContaining({ name: "Phòng Thông tin - Báo chí - Xuất bản", validTo: "2025-06-30" }),
      expect.objectContaining({
        name: "Phòng Thông tin cơ sở và Chuyển đổi số",
        validFrom: "2025-07-01",
        validTo: null,
      }),
    ]);
    const before = (await t.app.inject(`/api/units/${code}?at=2025-06-30`)).json<UnitDetail>();
    expect(before.name).toBe("Phòng Thông tin - Báo chí - Xuất bản");

    const again = await post(`/api/units/${code}/names`, { name: "Phòng khác", validFrom: "2025-03-01" });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ field: "validFrom" });
  });

  it("ends a division at a date; a department with divisions in force is not ended", async () => {
    const code = `KT-${uniqueSuffix()}`;
    await addDivision(code, { name: "Phòng Kế hoạch - Tài chính", validFrom: "2010-01-01" });
    const refused = await post(`/api/units/${department}/end`, { validTo: "2025-06-30" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ field: "validTo" });
    expect(refused.json().error.message).toContain(code);

    const res = await post(`/api/units/${code}/end`, { validTo: "2025-06-30" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<UnitDetail>()).toMatchObject({ validTo: "2025-06-30" });
    expect(res.json<UnitDetail>().names.at(-1)?.validTo).toBe("2025-06-30");
    expect(await divisionsOn("2025-06-30")).toContain("Phòng Kế hoạch - Tài chính");
    expect(await divisionsOn("2025-07-01")).not.toContain("Phòng Kế hoạch - Tài chính");
    const early = await post(`/api/units/${code}/end`, { validTo: "2000-01-01" });
    expect(early.json().error).toMatchObject({ code: "INVALID_INPUT", field: "validTo" });
  });
});
