/**
 * What the figures form reads and writes besides the report: last period's cumulative figures (visible like the
 * report), the indicators each user may enter, and clearing a cell.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../test/app.js";
import { buildWorld, type Who, type World } from "../../../test/workflow-world.js";
import type { PreviousValues } from "../../contract/figures.js";
import type { Indicator } from "../../contract/indicators.js";
import type { ReportDetail } from "../../contract/reports.js";
import type { SavedValues } from "../../contract/workflow.js";

let t: TestApp;
let w: World;
let november: ReportDetail;
let december: ReportDetail;
let other: ReportDetail;

async function create(who: Who, unit: string, period: string): Promise<ReportDetail> {
  const res = await w.request(who, "POST", "/api/reports", { regime: w.regime.code, unit, period });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ReportDetail>();
}

async function detail(who: Who, id: number): Promise<ReportDetail> {
  const res = await w.request(who, "GET", `/api/reports/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ReportDetail>();
}

beforeAll(async () => {
  t = await openTestApp();
  w = await buildWorld(t.app, t.ctx);
  november = await create("officeA", "SO-04", "2026-11");
  const saved = await w.request("officeA", "PUT", `/api/reports/${november.id}/values`, {
    values: [
      { indicator: w.indicators.cumulative, value: 15230 },
      { indicator: w.indicators.out, value: 2410 },
    ],
    baseVersion: november.version,
  });
  expect(saved.statusCode, saved.body).toBe(200);
  december = await create("officeA", "SO-04", "2026-12");
  other = await create("officeB", "SO-86", "2026-12");
});
afterAll(async () => t?.close());

describe("GET /api/reports/:id/values/previous", () => {
  it("gives last period's cumulative figures only", async () => {
    const res = await w.request("specialistA", "GET", `/api/reports/${december.id}/values/previous`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<PreviousValues>()).toEqual({
      report: { id: november.id, periodCode: "2026-11", state: "draft" },
      values: [{ indicatorCode: w.indicators.cumulative, disaggregation: "", value: 15230 }],
    });
  });

  it("is empty for the first report of a regime", async () => {
    const res = await w.request("officeB", "GET", `/api/reports/${other.id}/values/previous`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<PreviousValues>()).toEqual({ report: null, values: [] });
  });

  it.each([
    ["specialistA", 200],
    ["officeA", 200],
    ["leaderA", 200],
    ["specialistB", 404],
    ["receiverMinistry", 404],
    ["admin", 200],
    [null, 401],
  ] as const)("on Cao Bằng's draft as %s → %i", async (who, status) => {
    const res = await w.request(who, "GET", `/api/reports/${december.id}/values/previous`);
    expect(res.statusCode, res.body).toBe(status);
    if (status >= 400) expect(res.json<{ error: { message: string } }>().error.message).toMatch(/[ạảãáàâêôơưđ]/);
  });

  it("is in the OpenAPI document", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/docs/json" });
    const paths = res.json<{ paths: Record<string, Record<string, unknown>> }>().paths;
    expect(Object.keys(paths["/api/reports/{id}/values/previous"] ?? {})).toEqual(["get"]);
  });
});

describe("workflow.editableIndicatorCodes", () => {
  it("lists the form indicators of the user's own sections while the part is not submitted", async () => {
    const specialist = await detail("specialistA", december.id);
    expect(specialist.workflow.editableIndicatorCodes.sort()).toEqual(
      [w.indicators.signed, w.indicators.rate, w.indicators.cumulative].sort(),
    );
    const office = await detail("officeA", december.id);
    expect(office.workflow.editableIndicatorCodes).toContain(w.indicators.out);
    expect((await detail("leaderA", december.id)).workflow.editableIndicatorCodes).toEqual([]);
    expect((await detail("admin", other.id)).workflow.editableIndicatorCodes).toEqual([]);

    const submit = await w.request("specialistA", "POST", `/api/reports/${november.id}/transitions`, {
      action: "submit",
    });
    expect(submit.statusCode, submit.body).toBe(200);
    expect((await detail("specialistA", november.id)).workflow.editableIndicatorCodes).toEqual([]);
  });
});

describe("PUT /api/reports/:id/values with null", () => {
  it("clears a cell: the value is deleted and the derived ratio follows", async () => {
    const start = await detail("officeA", december.id);
    const typed = await w.request("officeA", "PUT", `/api/reports/${december.id}/values`, {
      values: [
        { indicator: w.indicators.out, value: 1200 },
        { indicator: w.indicators.out, disaggregation: "online", value: 900 },
        { indicator: w.indicators.signed, value: 600 },
      ],
      baseVersion: start.version,
    });
    expect(typed.statusCode, typed.body).toBe(200);
    expect(typed.json<SavedValues>().computed).toEqual([{ indicator: w.indicators.rate, value: 50 }]);

    const cleared = await w.request("officeA", "PUT", `/api/reports/${december.id}/values`, {
      values: [
        { indicator: w.indicators.out, disaggregation: "online", value: null },
        { indicator: w.indicators.signed, value: null },
      ],
      baseVersion: typed.json<SavedValues>().version,
    });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json<SavedValues>().computed).toEqual([{ indicator: w.indicators.rate, value: null }]);
    const after = await detail("officeA", december.id);
    expect(after.values.map((v) => [v.indicatorCode, v.disaggregation, v.value, v.provenance])).toEqual(
      expect.arrayContaining([[w.indicators.out, "", 1200, "typed"]]),
    );
    expect(after.values.some((v) => v.indicatorCode === w.indicators.signed)).toBe(false);
    expect(after.values.some((v) => v.disaggregation === "online")).toBe(false);
    expect(after.values.some((v) => v.indicatorCode === w.indicators.rate)).toBe(false);
  });
});

describe("POST /api/analytics/values-import into the figures form", () => {
  async function sheet(rows: [string, string, ExcelJS.CellValue][]): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("Biểu số liệu");
    ws.addRow(["Mã chỉ tiêu", "Mã phân tổ", "Giá trị"]);
    for (const row of rows) ws.addRow(row);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
  const upload = (who: Who, body: Buffer) =>
    t.app.inject({
      method: "POST",
      url: `/api/analytics/values-import?regime=${w.regime.code}&unit=SO-04&period=2026-12`,
      headers: {
        cookie: w.clients[who].cookie,
        "x-csrf-token": w.clients[who].csrfToken,
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      },
      payload: body,
    });

  it("refuses, cell by cell, another division's figures and computed ones", async () => {
    const res = await upload(
      "specialistA",
      await sheet([
        [w.indicators.signed, "", 640],
        [w.indicators.out, "", 1300],
        [w.indicators.rate, "", "49,23"],
      ]),
    );
    expect(res.statusCode, res.body).toBe(400);
    const error = res.json<{ error: { details: { errors: { cell: string; message: string }[] } } }>().error;
    expect(error.details.errors).toEqual([
      {
        cell: "C3",
        message: `Ô C3: bạn không được nhập chỉ tiêu '${w.indicators.out}': chỉ tiêu thuộc phần của phòng khác hoặc phần đã nộp.`,
      },
      { cell: "C4", message: expect.stringMatching(/^Ô C4: chỉ tiêu '.+' được tính tự động/) },
    ]);
    const after = await detail("officeA", december.id);
    expect(after.values.some((v) => v.indicatorCode === w.indicators.signed)).toBe(false);
  });

  it("imports the division's figures and recomputes the ratio", async () => {
    const before = await detail("specialistA", december.id);
    const res = await upload(
      "specialistA",
      await sheet([
        [w.indicators.signed, "", "960"],
        [w.indicators.cumulative, "", "15.410"],
      ]),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ imported: number; version: number }>()).toMatchObject({ imported: 2 });
    expect(res.json<{ version: number }>().version).toBeGreaterThan(before.version);
    const after = await detail("specialistA", december.id);
    const value = (code: string) => after.values.find((v) => v.indicatorCode === code && v.disaggregation === "");
    expect(value(w.indicators.signed)).toMatchObject({ value: 960, provenance: "imported" });
    expect(value(w.indicators.cumulative)).toMatchObject({ value: 15410, provenance: "imported" });
    expect(value(w.indicators.rate)).toMatchObject({ value: 80, provenance: "computed" });
  });
});

describe("GET /api/indicators", () => {
  it("gives a ratio's numerator and denominator", async () => {
    const res = await w.request("specialistA", "GET", `/api/indicators?q=${w.indicators.rate}`);
    const rate = res.json<{ items: Indicator[] }>().items.find((i) => i.code === w.indicators.rate);
    expect(rate).toMatchObject({ numeratorCode: w.indicators.signed, denominatorCode: w.indicators.out });
  });
});
