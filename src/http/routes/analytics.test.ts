import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../test/app.js";
import { type BuiltReport, buildDepartment, buildReport, buildUnit, buildUser } from "../../../test/factories.js";
import type { CompletenessResponse, ExplorerResponse } from "../../contract/analytics.js";
import type { Role } from "../../domain/records.js";
import { createSession } from "../../storage/users.js";

let t: TestApp;
let caoBang: BuiltReport;
let vinhLong: BuiltReport;
let receiverUnit: string;

beforeAll(async () => {
  t = await openTestApp();
  const db = t.database.db;
  caoBang = await buildReport(db, {
    content: {
      periodCode: "2025-10",
      state: "sent",
      number: 5,
      numberText: "5/BC-STTTT",
      issuedOn: "2025-10-14",
      sentAt: "2025-10-14T03:00:00Z",
    },
  });
  vinhLong = await buildReport(db, {
    department: await buildDepartment(db, { name: "Sở KH&CN Vĩnh Long", provinceCode: "86" }),
    regime: caoBang.regime,
    content: { periodCode: "2025-10" },
  });
  receiverUnit = (await buildUnit(db, { kind: "ministry_unit", name: "Văn phòng Bộ", provinceCode: null })).code;
});
afterAll(async () => t?.close());

async function cookieOf(role: Role, unitCode: string) {
  const user = await buildUser(t.database.db, { role, unitCode });
  const session = await createSession(t.database.db, { userId: user.id, expiresAt: new Date(Date.now() + 36e5) });
  return { cookie: `baocao_session=${session.id}`, "x-csrf-token": session.csrfToken };
}

const completenessUrl = () =>
  `/api/analytics/completeness?regime=${caoBang.regime.code}&period=2025-10&today=2025-10-20`;

describe("GET /api/analytics/completeness", () => {
  it("lists each unit with its state and lateness", async () => {
    const res = await t.app.inject({ url: completenessUrl() });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<CompletenessResponse>();
    const byCode = Object.fromEntries(body.rows.map((r) => [r.unitCode, [r.state, r.timeliness, r.daysLate]]));
    expect(byCode[caoBang.department.department.code]).toEqual(["sent", "on_time", 0]);
    expect(byCode[vinhLong.department.department.code]).toEqual(["draft", "overdue", 5]);
  });

  it("answers 401 without a session", async () => {
    const res = await t.app.inject({ url: completenessUrl(), headers: { cookie: "" } });
    expect(res.statusCode).toBe(401);
  });

  it.each([
    ["office of Cao Bằng", "office" as Role, () => caoBang.department.department.code, () => [caoBang]],
    ["office of Vĩnh Long", "office" as Role, () => vinhLong.department.department.code, () => [vinhLong]],
    ["receiving level", "receiver" as Role, () => receiverUnit, () => [caoBang, vinhLong]],
  ])("scopes the rows for the %s", async (_, role, unit, expected) => {
    const res = await t.app.inject({ url: completenessUrl(), headers: await cookieOf(role, unit()) });
    expect(res.statusCode, res.body).toBe(200);
    const codes = res.json<CompletenessResponse>().rows.map((r) => r.unitCode);
    expect(codes.sort()).toEqual(
      expected()
        .map((b) => b.department.department.code)
        .sort(),
    );
  });
});

describe("GET /api/analytics/indicators", () => {
  const url = () => {
    const [out] = caoBang.regime.indicators.map((i) => i.indicatorCode);
    return `/api/analytics/indicators?regime=${caoBang.regime.code}&indicators=${out}&units=${caoBang.department.department.code},${vinhLong.department.department.code}&periods=2025-10`;
  };

  it("ranks units; the receiving level sees only sent figures", async () => {
    const admin = (await t.app.inject({ url: url() })).json<ExplorerResponse>();
    expect(admin.rankings[0]!.entries.map((e) => [e.value, e.rank])).toEqual([
      [29097, 1],
      [29097, 1],
    ]);
    const res = await t.app.inject({ url: url(), headers: await cookieOf("receiver", receiverUnit) });
    const receiver = res.json<ExplorerResponse>();
    expect(receiver.cells.map((c) => [c.unitCode, c.value])).toEqual([
      [caoBang.department.department.code, 29097],
      [vinhLong.department.department.code, null],
    ]);
  });

  it("needs units or a level, in Vietnamese", async () => {
    const res = await t.app.inject({
      url: `/api/analytics/indicators?regime=${caoBang.regime.code}&indicators=X&periods=2025-10`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain("Chọn đơn vị");
  });
});

describe("exports and import", () => {
  it("downloads the completeness grid as .xlsx that opens", async () => {
    const res = await t.app.inject({
      url: `/api/analytics/export/grid?regime=${caoBang.regime.code}&year=2025&today=2025-10-20`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell("A1").value).toBe("Đơn vị");
    expect(sheet.getCell("K1").value).toBe("tháng 10/2025");
  });

  it("downloads the flat values as CSV with a BOM", async () => {
    const res = await t.app.inject({
      url: `/api/analytics/export/values?regime=${caoBang.regime.code}&period=2025-10&format=csv`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body.startsWith("\uFEFFMã chế độ báo cáo,Kỳ báo cáo,Mã đơn vị")).toBe(true);
    expect(res.headers["content-disposition"]).toContain(".csv");
  });

  it("imports an Excel form and names the bad cell", async () => {
    const form = await t.app.inject({ url: `/api/analytics/export/form?regime=${caoBang.regime.code}` });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(form.rawPayload as unknown as ArrayBuffer);
    workbook.worksheets[0]!.getCell("F2").value = "12,3a";
    const bad = Buffer.from(await workbook.xlsx.writeBuffer());
    const url = `/api/analytics/values-import?regime=${caoBang.regime.code}&unit=${vinhLong.department.department.code}&period=2025-10`;
    const headers = { "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };
    const refused = await t.app.inject({ method: "POST", url, payload: bad, headers });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain("Ô F2: '12,3a' không phải là số.");
    workbook.worksheets[0]!.getCell("F2").value = "31.000";
    const ok = await t.app.inject({
      method: "POST",
      url,
      payload: Buffer.from(await workbook.xlsx.writeBuffer()),
      headers,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ reportId: vinhLong.report.id, imported: 1 });
  });
});

describe("POST /api/analytics/consolidations", () => {
  it("previews the receiving unit's summary without storing it", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/analytics/consolidations",
      payload: { regime: caoBang.regime.code, unit: receiverUnit, period: "2025-10", preview: true },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.reportId).toBeNull();
    expect(body.sections[0].body).toMatch(/^Có 1\/2 đơn vị đã gửi báo cáo tháng 10\/2025/);
  });
});

describe("POST /api/analytics/consolidations: create, then regenerate", () => {
  it("lets a receiver preview but not store: the draft is written by the unit's office", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/analytics/consolidations",
      headers: await cookieOf("receiver", receiverUnit),
      payload: { regime: caoBang.regime.code, unit: receiverUnit, period: "2025-10" },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain("văn phòng hoặc lãnh đạo");
  });

  it("stores the draft once, answers 409 for a second one and for a stale regeneration", async () => {
    const headers = await cookieOf("office", receiverUnit);
    const post = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: "POST",
        url: "/api/analytics/consolidations",
        headers,
        payload: { regime: caoBang.regime.code, unit: receiverUnit, period: "2025-10", ...payload },
      });
    const created = await post({});
    expect(created.statusCode, created.body).toBe(200);
    const { reportId, existing } = created.json();
    expect(existing).toMatchObject({ reportId, state: "draft", canRegenerate: true });

    const again = await post({});
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: "ALREADY_EXISTS", details: { existing: { reportId } } });

    const stale = await post({ baseVersion: existing.version - 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("STALE_VERSION");

    const regenerated = await post({ baseVersion: existing.version });
    expect(regenerated.statusCode, regenerated.body).toBe(200);
    expect(regenerated.json()).toMatchObject({ reportId, existing: { version: existing.version + 1 } });
  });

  it("refuses the office of a province acting for the ministry's office", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/analytics/consolidations",
      headers: await cookieOf("office", caoBang.department.department.code),
      payload: { regime: caoBang.regime.code, unit: receiverUnit, period: "2025-10", baseVersion: 1 },
    });
    expect(res.statusCode).toBe(403);
  });
});
