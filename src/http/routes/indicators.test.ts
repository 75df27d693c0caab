import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../test/app.js";
import { buildIndicatorDefinitions } from "../../../test/factories.js";
import type { IndicatorList } from "../../contract/indicators.js";
import { upsertIndicators } from "../../storage/indicators.js";

let t: TestApp;

beforeAll(async () => {
  t = await openTestApp();
  await upsertIndicators(t.database.db, buildIndicatorDefinitions("A"));
});
afterAll(async () => t?.close());

async function names(query: string): Promise<string[]> {
  const res = await t.app.inject({ method: "GET", url: `/api/indicators${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res
    .json<IndicatorList>()
    .items.map((i) => i.name)
    .sort();
}

describe("GET /api/indicators", () => {
  it.each([
    ["", ["Số văn bản đi được ký số", "Tỷ lệ văn bản đi được ký số", "Tổng số văn bản đi"]],
    ["?field=cntt", ["Số văn bản đi được ký số", "Tỷ lệ văn bản đi được ký số"]],
    ["?field=van-phong", ["Tổng số văn bản đi"]],
    ["?q=ky%20so", ["Số văn bản đi được ký số", "Tỷ lệ văn bản đi được ký số"]],
    [`?q=${encodeURIComponent("KÝ SỐ")}`, ["Số văn bản đi được ký số", "Tỷ lệ văn bản đi được ký số"]],
    ["?q=ty%20le&field=cntt", ["Tỷ lệ văn bản đi được ký số"]],
    ["?q=doc_out", ["Tổng số văn bản đi"]],
    ["?field=bao-chi", []],
  ])("%s → %j", async (query, expected) => {
    expect(await names(query)).toEqual([...expected].sort());
  });

  it("shows units, aggregation, formula and categories", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/indicators?q=doc_out" });
    const [total] = res.json<IndicatorList>().items;
    expect(total).toMatchObject({
      code: "DOC_OUT_A",
      unitOfMeasure: "văn bản",
      valueType: "integer",
      aggregationUnits: "sum",
      isCumulative: false,
      disaggregations: [
        { dimension: "channel", code: "online", name: "Gửi qua mạng" },
        { dimension: "channel", code: "paper", name: "Gửi bản giấy" },
      ],
    });
    const rate = (await t.app.inject({ method: "GET", url: "/api/indicators?q=ty%20le" })).json<IndicatorList>()
      .items[0];
    expect(rate?.formula).toBe("DOC_SIGNED_A / DOC_OUT_A * 100");
  });
});
