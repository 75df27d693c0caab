import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../test/app.js";
import { buildIndicatorDefinitions, buildRegime, uniqueSuffix } from "../../../test/factories.js";
import type { Indicator, IndicatorList } from "../../contract/indicators.js";
import type { Regime } from "../../domain/records.js";
import { upsertIndicators } from "../../storage/indicators.js";

let t: TestApp;
let base: { out: string; signed: string };
let regime: Regime;

beforeAll(async () => {
  t = await openTestApp();
  const defs = buildIndicatorDefinitions();
  await upsertIndicators(t.database.db, defs);
  base = { out: defs[0]!.code, signed: defs[1]!.code };
  regime = await buildRegime(t.database.db);
});
afterAll(async () => t?.close());

const post = (body: Record<string, unknown>) => t.app.inject({ method: "POST", url: "/api/indicators", payload: body });
const put = (code: string, body: Record<string, unknown>) =>
  t.app.inject({ method: "PUT", url: `/api/indicators/${code}`, payload: body });
const del = (code: string) => t.app.inject({ method: "DELETE", url: `/api/indicators/${code}` });

const hotlines = (code: string) => ({
  code,
  name: "Số cuộc gọi đến đường dây nóng Đề án 06",
  field: "cntt",
  unitOfMeasure: "cuộc gọi",
  valueType: "integer",
  aggregationUnits: "sum",
  aggregationTime: "sum",
  keywords: ["Đường dây nóng"],
  disaggregations: [
    { dimension: "kenh", code: "dien_thoai", name: "Điện thoại" },
    { dimension: "kenh", code: "zalo", name: "Zalo" },
  ],
});

async function exists(code: string): Promise<boolean> {
  return (await t.database.db.selectFrom("indicators").select("id").where("code", "=", code).execute()).length > 0;
}

describe("creating an indicator", () => {
  it("adds it with its categories and folded keywords; it is found without diacritics", async () => {
    const code = `HOTLINE_${uniqueSuffix()}`;
    const res = await post(hotlines(code));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Indicator>()).toMatchObject({
      code,
      keywords: ["duong day nong"],
      isActive: true,
      disaggregations: [{ code: "dien_thoai" }, { code: "zalo" }],
    });
    const found = (await t.app.inject("/api/indicators?q=duong%20day%20nong%20de%20an")).json<IndicatorList>().items;
    expect(found.map((i) => i.code)).toEqual([code]);
    const audit = await t.database.db
      .selectFrom("audit_events")
      .select(["action", "actor_id"])
      .where("entity", "=", "indicator")
      .execute();
    expect(audit.map((a) => a.action)).toContain("create-indicator");
  });

  it("refuses a code already in the catalogue with 409 and the field", async () => {
    const res = await post(hotlines(base.out));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: "ALREADY_EXISTS", field: "code" });
    expect(res.json().error.message).toContain(base.out);
  });

  it.each([
    ["an unknown code in the formula", { formula: "KHONG_CO * 2" }, "formula", '"KHONG_CO" không có trong danh mục'],
    ["a formula that does not parse", { formula: "A +" }, "formula", "Công thức không hợp lệ"],
    ["a ratio without parts", { aggregationUnits: "ratio", valueType: "percent" }, "numeratorCode", "tỷ lệ"],
    ["a numerator without denominator", { numeratorCode: "X" }, "denominatorCode", "cả mã tử số và mã mẫu số"],
    ["a lower-case code", { code: "hotline" }, "code", "chữ in hoa"],
  ])("refuses %s with the field, writing nothing", async (_case, change, field, message) => {
    const code = `BAD_${uniqueSuffix()}`;
    const res = await post({ ...hotlines(code), ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
    expect(res.json().error.message).toContain(message);
    expect(await exists(code)).toBe(false);
  });

  it("writes nothing when two categories share a code", async () => {
    const code = `DUP_${uniqueSuffix()}`;
    const body = hotlines(code);
    body.disaggregations.push({ dimension: "kenh", code: "zalo", name: "Zalo OA" });
    const res = await post(body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("disaggregations[2].code");
    expect(await exists(code)).toBe(false);
  });
});

describe("editing an indicator", () => {
  it("changes the name, formula and categories", async () => {
    const code = `RATE_${uniqueSuffix()}`;
    expect((await post({ ...hotlines(code), formula: `${base.signed} / ${base.out} * 100` })).statusCode).toBe(201);
    const res = await put(code, {
      ...hotlines(code),
      name: "Tỷ lệ văn bản ký số",
      valueType: "percent",
      aggregationUnits: "ratio",
      aggregationTime: "ratio",
      formula: `${base.signed} / ${base.out} * 100`,
      numeratorCode: base.signed,
      denominatorCode: base.out,
      disaggregations: [],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Indicator>()).toMatchObject({
      name: "Tỷ lệ văn bản ký số",
      numeratorCode: base.signed,
      disaggregations: [],
    });
  });

  it("refuses a change that makes a cycle, leaving the indicator as it was", async () => {
    const code = `TWICE_${uniqueSuffix()}`;
    expect((await post({ ...hotlines(code), formula: `${base.out} * 2` })).statusCode).toBe(201);
    const res = await put(base.out, { ...hotlines(base.out), name: "Đổi tên", formula: `${code} / 2` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field: "formula" });
    expect(res.json().error.message).toContain(`${base.out} → ${code} → ${base.out}`);
    const now = (await t.app.inject(`/api/indicators?q=${base.out}`)).json<IndicatorList>().items[0]!;
    expect(now).toMatchObject({ name: "Tổng số văn bản đi", formula: null });
  });

  it("answers 404 for an unknown code", async () => {
    expect((await put("KHONG_CO", hotlines("KHONG_CO"))).statusCode).toBe(404);
  });
});

describe("removing an indicator", () => {
  it("deletes an unused one", async () => {
    const code = `UNUSED_${uniqueSuffix()}`;
    await post(hotlines(code));
    const res = await del(code);
    expect(res.json()).toEqual({ outcome: "deleted", indicator: null });
    expect(await exists(code)).toBe(false);
  });

  it("deactivates one of a regime's form instead, and it can be reactivated", async () => {
    const code = regime.indicators[0]!.indicatorCode;
    const res = await del(code);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ outcome: "deactivated", indicator: { code, isActive: false } });
    const inactive = (await t.app.inject("/api/indicators?active=false")).json<IndicatorList>().items;
    expect(inactive.map((i) => i.code)).toContain(code);
    const current = (await t.app.inject(`/api/indicators?q=${code}`)).json<IndicatorList>().items[0]!;
    const { code: _code, isActive: _active, ...rest } = current;
    const back = await put(code, { ...rest, isActive: true });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json<Indicator>().isActive).toBe(true);
  });
});
