import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../test/app.js";
import { type BuiltReport, buildDepartment, buildReport } from "../../../test/factories.js";
import type { ReportDetail, ReportList } from "../../contract/reports.js";

let t: TestApp;
let october: BuiltReport;
let november: BuiltReport;
let other: BuiltReport;

beforeAll(async () => {
  t = await openTestApp();
  const db = t.database.db;
  october = await buildReport(db, { content: { periodCode: "2025-10" } });
  november = await buildReport(db, {
    department: october.department,
    regime: october.regime,
    content: {
      periodCode: "2025-11",
      nextPeriodCode: "2025-12",
      state: "issued",
      number: 12,
      numberText: "12/BC-STTTT",
      issuedOn: "2025-11-15",
    },
  });
  other = await buildReport(db, {
    department: await buildDepartment(db, { name: "Sở Khoa học và Công nghệ tỉnh Vĩnh Long" }),
    regime: october.regime,
    content: { periodCode: "2025-10" },
  });
});
afterAll(async () => t?.close());

async function ids(query: string): Promise<number[]> {
  const res = await t.app.inject({ method: "GET", url: `/api/reports${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res
    .json<ReportList>()
    .items.map((r) => r.id)
    .sort((a, b) => a - b);
}

describe("GET /api/reports", () => {
  it.each([
    ["", () => [october, november, other]],
    ["?period=2025-10", () => [october, other]],
    ["?period=2025-11", () => [november]],
    ["?period=2025-12", () => []],
    ["?period=%202025-11%20", () => [november]],
    ["?state=issued", () => [november]],
    ["?state=draft", () => [october, other]],
    [() => `?unit=${october.department.department.code}`, () => [october, november]],
    [() => `?unit=${other.department.department.code}&period=2025-10`, () => [other]],
    [() => `?regime=${october.regime.code}&state=draft&period=2025-10`, () => [october, other]],
  ])("%s", async (query, expected) => {
    const q = typeof query === "function" ? query() : query;
    expect(await ids(q)).toEqual(
      expected()
        .map((b) => b.report.id)
        .sort((a, b) => a - b),
    );
  });

  it("names the unit and regime and pages with a total", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/reports?limit=2&offset=0" });
    const page = res.json<ReportList>();
    expect(page).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect(page.items).toHaveLength(2);
    const rest = (await t.app.inject({ method: "GET", url: "/api/reports?limit=2&offset=2" })).json<ReportList>();
    expect(rest.items).toHaveLength(1);
    const all = [...page.items, ...rest.items];
    expect(new Set(all.map((r) => r.id)).size).toBe(3);
    const issued = all.find((r) => r.id === november.report.id)!;
    expect(issued).toMatchObject({
      unit: { code: october.department.department.code, name: october.department.department.name },
      regime: { code: october.regime.code, name: october.regime.name },
      periodCode: "2025-11",
      state: "issued",
      numberText: "12/BC-STTTT",
      issuedOn: "2025-11-15",
    });
  });

  it.each([
    ["period=10/2025", "period", 'Mã kỳ báo cáo "10/2025" không hợp lệ: cần dạng 2020-10 (tháng)'],
    ["period=2025-13", "period", 'Mã kỳ báo cáo "2025-13" không hợp lệ: tháng phải từ 01 đến 12'],
    ["period=2025-Q5", "period", 'Mã kỳ báo cáo "2025-Q5" không hợp lệ: quý phải từ Q1 đến Q4'],
    ["state=xong", "state", "không hợp lệ"],
    ["limit=0", "limit", "không hợp lệ"],
  ])("refuses %s with 400 naming the field", async (query, field, text) => {
    const res = await t.app.inject({ method: "GET", url: `/api/reports?${query}` });
    expect(res.statusCode).toBe(400);
    const { error } = res.json<{ error: { code: string; message: string; field: string } }>();
    expect(error.code).toBe("INVALID_REQUEST");
    expect(error.field).toBe(field);
    expect(error.message).toContain(text);
  });

  it.each([
    ["unit=KHONG-CO", "unit", 'Không tìm thấy đơn vị có mã "KHONG-CO".'],
    ["regime=BC-KHONG-CO", "regime", 'Không tìm thấy chế độ báo cáo có mã "BC-KHONG-CO".'],
  ])("answers 404 for an unknown code in %s", async (query, field, message) => {
    const res = await t.app.inject({ method: "GET", url: `/api/reports?${query}` });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: "NOT_FOUND", message, field } });
  });
});

describe("GET /api/reports/:id", () => {
  it("returns metadata, sections, values, tasks, citations, findings and the version", async () => {
    const res = await t.app.inject({ method: "GET", url: `/api/reports/${october.report.id}` });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json<ReportDetail>();
    expect(r).toMatchObject({
      id: october.report.id,
      periodCode: "2025-10",
      state: "draft",
      origin: "authored",
      place: "Cao Bằng",
      signerName: "Nguyễn Văn Chuẩn",
      signerTitle: "Phó Giám đốc",
      signingAuthority: "KT.",
      nextPeriodCode: "2025-11",
      recipients: ["Bộ Thông tin và Truyền thông (b/c)", "UBND tỉnh (b/c)", "Lưu: VT, VP."],
    });
    expect(r.version).toBeGreaterThanOrEqual(1);
    expect(r.sections.map((s) => [s.number, s.title, s.level])).toEqual([
      ["I", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ", 1],
      ["1", "Công tác văn phòng", 2],
      ["2", "Công nghệ thông tin", 2],
      ["II", "NHIỆM VỤ THÁNG TIẾP THEO", 1],
      ["III", "ĐỀ XUẤT, KIẾN NGHỊ", 1],
    ]);
    expect(r.sections[2]!.divisionCode).toBe(october.department.divisions.cntt.code);
    const [out, signed, rate] = october.regime.indicators.map((i) => i.indicatorCode);
    expect(
      r.values
        .map((v) => [v.indicatorCode, v.disaggregation, v.disaggregationName, v.value])
        .sort((a, b) => `${a[0]}/${a[1]}`.localeCompare(`${b[0]}/${b[1]}`)),
    ).toEqual(
      [
        [out, "", null, 29097],
        [out, "online", "Gửi qua mạng", 28000],
        [signed, "", null, 16681],
        [rate, "", null, 57.33],
      ].sort((a, b) => `${a[0]}/${a[1]}`.localeCompare(`${b[0]}/${b[1]}`)),
    );
    expect(r.tasks.map((task) => task.text)).toEqual([
      "Xây dựng Kế hoạch phát triển hạ tầng viễn thông thụ động trên địa bàn tỉnh.",
      "Tiếp tục đẩy mạnh ký số văn bản đi trên hệ thống quản lý văn bản.",
    ]);
    expect(r.difficulties).toEqual(["Hạ tầng mạng tại một số xã vùng sâu còn yếu."]);
    expect(r.recommendations).toEqual(["Đề nghị Bộ hỗ trợ kinh phí chuyển đổi số cấp xã."]);
    expect(r.citations.map((c) => [c.typeWord, c.documentCode, c.sourceLine])).toEqual([
      ["Công văn", "742/STTTT-VP", 12],
      ["Quyết định", "1519/QĐ-UBND", 21],
    ]);
    expect(r.findings).toEqual([
      expect.objectContaining({ kind: "percent", quote: "tỷ lệ 57,33%", sourceLine: 21, isDismissed: false }),
    ]);
  });

  it("answers 404 in Vietnamese for a report that does not exist", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/reports/987654" });
    expect(res.statusCode).toBe(404);
    const { error } = res.json<{ error: { code: string; message: string } }>();
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toMatch(/^Không tìm thấy báo cáo/);
  });

  it("answers 400 for an id that is not a number", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/reports/abc" });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { field: string } }>().error.field).toBe("id");
  });
});
