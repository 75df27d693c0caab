import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testConfig } from "../../test/app.js";
import { openTestDatabase } from "../../test/database.js";
import { buildDepartment, buildRegime, buildReportContent, buildUnit, type Department } from "../../test/factories.js";
import type { Regime, Unit } from "../domain/records.js";
import { findAudit } from "../storage/audit.js";
import type { Database } from "../storage/database.js";
import { insertReportContent } from "../storage/report-content.js";
import { setReportState, updateSectionBody } from "../storage/report-edits.js";
import { getReportDetail, getReportSummary } from "../storage/report-queries.js";
import { consolidateReports } from "./consolidate-reports.js";
import type { AppContext } from "./context.js";

let database: Database;
let ctx: AppContext;
let regime: Regime;
let ministry: Unit;
let hueReportId: number;
const d: Record<"caoBang" | "vinhLong" | "hue", Department> = {} as never;

beforeAll(async () => {
  database = await openTestDatabase();
  ctx = { database, config: testConfig };
  const db = database.db;
  regime = await buildRegime(db);
  ministry = await buildUnit(db, { kind: "ministry_unit", name: "Văn phòng Bộ", provinceCode: null, symbol: "VP" });
  d.caoBang = await buildDepartment(db, { name: "Sở KH&CN Cao Bằng", provinceCode: "04" });
  d.vinhLong = await buildDepartment(db, { name: "Sở KH&CN Vĩnh Long", provinceCode: "86" });
  d.hue = await buildDepartment(db, { name: "Sở KH&CN Huế", provinceCode: "46" });
  const [out, signed] = regime.indicators.map((i) => i.indicatorCode);
  const sent = (department: Department, sentAt: string, value: number, difficulty: string, signedValue: number) =>
    insertReportContent(
      db,
      buildReportContent(department, regime, {
        periodCode: "2025-10",
        state: "sent",
        number: 10,
        numberText: "10/BC-SKHCN",
        issuedOn: "2025-10-14",
        sentAt,
        values: [
          { indicatorCode: out!, value, provenance: "typed" },
          { indicatorCode: signed!, value: signedValue, provenance: "typed" },
        ],
        figures: [],
        difficulties: [difficulty],
      }),
    );
  await sent(d.caoBang, "2025-10-14T02:00:00Z", 29097, "Hạ tầng mạng tại một số xã vùng sâu còn yếu.", 16681);
  await sent(d.vinhLong, "2025-10-17T02:00:00Z", 41250, "Thiếu kinh phí triển khai nền tảng số cấp xã.", 30000);
  // Huế has only a draft: it has not reported.
  hueReportId = (
    await insertReportContent(db, buildReportContent(d.hue, regime, { periodCode: "2025-10", figures: [] }))
  ).id;
});
afterAll(async () => database?.close());

describe("consolidateReports for the ministry's office, October 2025", () => {
  it("drafts the office's own report from the sent reports", async () => {
    const summary = await consolidateReports(ctx, {
      actor: null,
      regimeCode: regime.code,
      receivingUnitCode: ministry.code,
      periodCode: "2025-10",
      today: "2025-10-20",
    });
    expect(summary.counts).toMatchObject({ expected: 3, onTime: 1, late: 1 });
    expect(summary.late.map((c) => [c.unitName, c.daysLate])).toEqual([["Sở KH&CN Vĩnh Long", 2]]);
    expect(summary.missing.map((c) => c.unitName)).toEqual(["Sở KH&CN Huế"]);
    const stored = await getReportDetail(database.db, summary.reportId!);
    expect(stored).toMatchObject({
      origin: "consolidated",
      state: "draft",
      unitCode: ministry.code,
      periodCode: "2025-10",
    });
    const body = (title: string) => stored.sections.find((s) => s.title === title)?.body ?? "";
    expect(body("TÌNH HÌNH GỬI BÁO CÁO")).toContain("Có 2/3 đơn vị đã gửi báo cáo tháng 10/2025 (66,7%)");
    expect(body("TÌNH HÌNH GỬI BÁO CÁO")).toContain("Sở KH&CN Vĩnh Long (2 ngày)");
    expect(body("TÌNH HÌNH GỬI BÁO CÁO")).toContain("Đơn vị chưa gửi báo cáo: Sở KH&CN Huế.");
    // 29.097 + 41.250, and Vĩnh Long ranked first.
    expect(body("SỐ LIỆU CHỦ YẾU")).toContain("tổng 70.347 văn bản");
    expect(body("SỐ LIỆU CHỦ YẾU")).toMatch(/cao nhất: Sở KH&CN Vĩnh Long \(41\.250 văn bản\); Sở KH&CN Cao Bằng/);
    expect(body("KHÓ KHĂN, VƯỚNG MẮC")).toBe(
      "Kinh phí, đầu tư:\n- Sở KH&CN Vĩnh Long: Thiếu kinh phí triển khai nền tảng số cấp xã.\n\n" +
        "Hạ tầng viễn thông, công nghệ thông tin:\n- Sở KH&CN Cao Bằng: Hạ tầng mạng tại một số xã vùng sâu còn yếu.",
    );
    expect(stored.values.map((v) => v.value)).toEqual([70347]);
    const highlight = summary.highlights.find((h) => h.unitName === "Sở KH&CN Cao Bằng")!;
    expect(highlight.text).toBe("Tổng văn bản đi trong tháng: 29.097 văn bản.");
    expect(highlight.link).toBe(`/reports/${highlight.reportId}#section-${highlight.sectionId}`);
    expect(body("Sở KH&CN Cao Bằng")).toContain(highlight.link);
  });

  it("recomputes a ratio's overall value from its parts' totals", async () => {
    const [out, , rate] = regime.indicators.map((i) => i.indicatorCode);
    const summary = await consolidateReports(ctx, {
      actor: null,
      regimeCode: regime.code,
      receivingUnitCode: ministry.code,
      periodCode: "2025-10",
      indicatorCodes: [out!, rate!],
      store: false,
    });
    const figures = summary.content.sections.find((s) => s.title === "SỐ LIỆU CHỦ YẾU")!.body;
    // (16.681 + 30.000) / (29.097 + 41.250) = 66,36%, not the mean of 57,33% and 72,73%.
    expect(figures).toContain("Tỷ lệ văn bản đi được ký số: chung 66,36%;");
    expect(summary.content.values.find((v) => v.indicatorCode === rate)?.value).toBeCloseTo((46681 / 70347) * 100, 9);
  });

  it("refuses a user who does not act for the receiving unit", async () => {
    await expect(
      consolidateReports(ctx, {
        actor: {
          userId: 1,
          username: "cv",
          displayName: "Nguyễn Văn A",
          roles: [
            {
              role: "office",
              unitId: d.hue.department.id,
              unitCode: d.hue.department.code,
              unitKind: "department",
              parentUnitId: null,
              provinceCode: "46",
            },
          ],
        },
        regimeCode: regime.code,
        receivingUnitCode: ministry.code,
        periodCode: "2025-10",
        store: false,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("regenerating the consolidated draft (Lập lại)", () => {
  const options = () => ({
    actor: null,
    regimeCode: regime.code,
    receivingUnitCode: ministry.code,
    periodCode: "2025-10",
    today: "2025-10-20",
  });
  const sectionBody = async (reportId: number, title: string) =>
    (await getReportDetail(database.db, reportId)).sections.find((s) => s.title === title)?.body ?? "";

  it("refuses a second draft and says which report exists; the preview offers to regenerate it", async () => {
    const preview = await consolidateReports(ctx, { ...options(), store: false });
    expect(preview.existing).toMatchObject({ state: "draft", origin: "consolidated", canRegenerate: true });
    await expect(consolidateReports(ctx, options())).rejects.toMatchObject({
      code: "ALREADY_EXISTS",
      details: { existing: { reportId: preview.existing!.reportId } },
    });
  });

  it("refuses a regeneration based on a version someone edited since, and overwrites nothing", async () => {
    const { existing } = await consolidateReports(ctx, { ...options(), store: false });
    const reportId = existing!.reportId;
    const section = (await getReportDetail(database.db, reportId)).sections.find((s) => s.title === "SỐ LIỆU CHỦ YẾU")!;
    await updateSectionBody(database.db, {
      reportId,
      sectionId: section.id,
      body: "Số liệu do Văn phòng Bộ rà soát, bổ sung.",
      baseVersion: section.version,
      userId: null,
    });
    await expect(consolidateReports(ctx, { ...options(), baseVersion: existing!.version })).rejects.toMatchObject({
      code: "STALE_VERSION",
      details: { currentVersion: existing!.version + 1 },
    });
    expect(await sectionBody(reportId, "SỐ LIỆU CHỦ YẾU")).toBe("Số liệu do Văn phòng Bộ rà soát, bổ sung.");
  });

  it("replaces the content of the same report from the current sources, with an audit row", async () => {
    // Huế sends its report meanwhile (16/10, one day late): the regenerated summary counts it.
    await setReportState(database.db, {
      reportId: hueReportId,
      state: "sent",
      baseVersion: (await getReportSummary(database.db, hueReportId)).lockVersion,
      sentAt: new Date("2025-10-16T03:00:00Z"),
    });
    const { existing } = await consolidateReports(ctx, { ...options(), store: false });
    const summary = await consolidateReports(ctx, { ...options(), baseVersion: existing!.version });
    expect(summary.reportId).toBe(existing!.reportId);
    expect(summary.existing!.version).toBe(existing!.version + 1);
    const reportId = existing!.reportId;
    expect(await sectionBody(reportId, "TÌNH HÌNH GỬI BÁO CÁO")).toContain(
      "Có 3/3 đơn vị đã gửi báo cáo tháng 10/2025 (100%)",
    );
    expect(await sectionBody(reportId, "SỐ LIỆU CHỦ YẾU")).not.toContain("rà soát");
    const stored = await getReportDetail(database.db, reportId);
    expect(stored).toMatchObject({ state: "draft", origin: "consolidated" });
    expect(stored.sections.every((s) => s.version === 1)).toBe(true);
    // Sub-sections keep their parent: the provinces under III.
    const parent = stored.sections.find((s) => s.number === "III")!;
    expect(stored.sections.filter((s) => s.level === 2).every((s) => s.parentId === parent.id)).toBe(true);
    const audit = await findAudit(database.db, reportId);
    expect(audit.map((a) => a.action)).toEqual(["create", "regenerate"]);
    expect(audit[1]).toMatchObject({ fromState: "draft", toState: "draft" });
    // The old version can no longer be used.
    await expect(consolidateReports(ctx, { ...options(), baseVersion: existing!.version })).rejects.toMatchObject({
      code: "STALE_VERSION",
    });
  });

  it("refuses once the draft has moved on in the workflow", async () => {
    const { existing } = await consolidateReports(ctx, { ...options(), store: false });
    await setReportState(database.db, {
      reportId: existing!.reportId,
      state: "compiled",
      baseVersion: (await getReportSummary(database.db, existing!.reportId)).lockVersion,
    });
    const after = await consolidateReports(ctx, { ...options(), store: false });
    expect(after.existing).toMatchObject({ state: "compiled", canRegenerate: false });
    await expect(consolidateReports(ctx, { ...options(), baseVersion: after.existing!.version })).rejects.toMatchObject(
      {
        code: "CONFLICT",
      },
    );
  });
});
