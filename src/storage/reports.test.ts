import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/database.js";
import {
  buildDepartment,
  buildRegime,
  buildReport,
  buildReportContent,
  buildUnit,
  uniqueSuffix,
} from "../../test/factories.js";
import type { Database } from "./database.js";
import { documentKey, findDocumentIdByKey } from "./documents.js";
import { insertReportContent } from "./report-content.js";
import { countReports, findPreviousReport, findReports, getReportDetail, getReportSummary } from "./report-queries.js";
import { findReportIdBySourceFile, saveSourceFile } from "./source-files.js";
import { inTransaction } from "./transaction.js";

describe(`reports on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database.close());

  it("stores a report with its sections, values, figures, tasks, notes, citations and findings", async () => {
    const { report, department, regime, user } = await buildReport(database.db);
    expect(report).toMatchObject({
      regimeCode: regime.code,
      unitCode: department.department.code,
      unitName: department.department.name,
      periodKind: "month",
      periodYear: 2025,
      periodIndex: 10,
      periodCode: "2025-10",
      state: "draft",
      origin: "authored",
      versionNo: 1,
      isCurrent: true,
      lockVersion: 1,
      symbol: "BC-STTTT",
      signingAuthority: "KT.",
      recipients: ["Bộ Thông tin và Truyền thông (b/c)", "UBND tỉnh (b/c)", "Lưu: VT, VP."],
      createdBy: user.id,
    });

    const [top, office, it, tasksSection] = report.sections;
    expect(report.sections.map((s) => [s.number, s.level, s.version])).toEqual([
      ["I", 1, 1],
      ["1", 2, 1],
      ["2", 2, 1],
      ["II", 1, 1],
      ["III", 1, 1],
    ]);
    expect([top!.parentId, office!.parentId, it!.parentId, tasksSection!.parentId]).toEqual([
      null,
      top!.id,
      top!.id,
      null,
    ]);
    expect(it!.divisionCode).toBe(department.divisions.cntt.code);
    expect(tasksSection!.contentKind).toBe("tasks");

    const [out, signed, rate] = regime.indicators.map((i) => i.indicatorCode);
    expect(report.values.map((v) => [v.indicatorCode, v.disaggregation, v.value, v.unitOfMeasure])).toEqual(
      [
        [out, "", 29097, "văn bản"],
        [out, "online", 28000, "văn bản"],
        [signed, "", 16681, "văn bản"],
        [rate, "", 57.33, "%"],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1]))),
    );
    const outTotal = report.values.find((v) => v.indicatorCode === out && v.disaggregation === "")!;
    const outFigure = report.figures.find((f) => f.indicatorCode === out)!;
    expect(outTotal.figureId).toBe(outFigure.id);
    expect(outFigure.sectionId).toBe(office!.id);
    expect(report.figures.map((f) => f.kind)).toEqual(["count", "count", "percent"]);

    expect(report.tasks.map((t) => [t.sectionId, t.plannedPeriodCode, t.status])).toEqual([
      [tasksSection!.id, "2025-11", "planned"],
      [tasksSection!.id, "2025-11", "planned"],
    ]);
    expect(report.tasks[0]!.divisionCode).toBe(department.divisions["buu-chinh-vien-thong"].code);
    expect(report.difficulties.map((n) => n.text)).toEqual(["Hạ tầng mạng tại một số xã vùng sâu còn yếu."]);
    expect(report.recommendations.map((n) => n.text)).toEqual(["Đề nghị Bộ hỗ trợ kinh phí chuyển đổi số cấp xã."]);
    expect(report.citations.map((c) => [c.documentCode, c.sectionId])).toEqual([
      ["742/STTTT-VP", office!.id],
      ["1519/QĐ-UBND", it!.id],
    ]);
    expect(report.findings).toMatchObject([{ kind: "percent", line: 21, sectionId: it!.id, isDismissed: false }]);
  });

  it("refuses a second report of the same regime, unit and period with ALREADY_EXISTS", async () => {
    const { department, regime } = await buildReport(database.db);
    const again = insertReportContent(database.db, buildReportContent(department, regime));
    await expect(again).rejects.toMatchObject({ code: "ALREADY_EXISTS", location: { field: "periodCode" } });
    await expect(again).rejects.toThrow(/đã có báo cáo theo chế độ .* cho kỳ 2025-10/);
    expect(await countReports(database.db, { unitCodes: [department.department.code] })).toBe(1);
    // Another period of the same regime and unit is fine.
    await insertReportContent(database.db, buildReportContent(department, regime, { periodCode: "2025-11" }));
    expect(await countReports(database.db, { unitCodes: [department.department.code] })).toBe(2);
    // Codes are stored canonically, so "2025-9" and "2025-09" are the same period.
    await insertReportContent(database.db, buildReportContent(department, regime, { periodCode: "2025-9" }));
    await expect(
      insertReportContent(database.db, buildReportContent(department, regime, { periodCode: "2025-09" })),
    ).rejects.toMatchObject({ code: "ALREADY_EXISTS" });
    expect(
      (await findReports(database.db, { regimeCode: regime.code, periodCode: "2025-9" })).map((r) => r.periodCode),
    ).toEqual(["2025-09"]);
  });

  it("leaves nothing behind when a value names an unknown indicator halfway through", async () => {
    const department = await buildDepartment(database.db);
    const regime = await buildRegime(database.db);
    const code = `999/STTTT-VP-${uniqueSuffix()}`;
    const content = buildReportContent(department, regime, {
      references: [
        { type: "Công văn", code, date: "2025-09-01", issuer: null, quote: `Công văn số ${code}`, line: 12 },
      ],
    });
    content.values.push({ indicatorCode: "KHONG_CO_CHI_TIEU", value: 1, provenance: "typed" });
    const failing = inTransaction(database.db, (trx) => insertReportContent(trx, content));
    await expect(failing).rejects.toMatchObject({
      code: "INVALID_REFERENCE",
      message: 'Không có chỉ tiêu mã "KHONG_CO_CHI_TIEU" trong danh mục chỉ tiêu.',
      location: { field: "values[4].indicatorCode" },
    });
    expect(await countReports(database.db, { unitCodes: [department.department.code] })).toBe(0);
    expect(await findDocumentIdByKey(database.db, documentKey({ code, date: "2025-09-01" }))).toBeNull();
  });

  it.each([
    ["an unknown unit", { unitCode: "KHONG-CO" }, "INVALID_REFERENCE", "unitCode"],
    ["an unknown regime", { regimeCode: "KHONG-CO" }, "INVALID_REFERENCE", "regimeCode"],
    ["a malformed period", { periodCode: "tháng 10" }, "INVALID_PERIOD", "periodCode"],
  ] as const)("refuses %s, naming the field", async (_what, override, code, field) => {
    const department = await buildDepartment(database.db);
    const regime = await buildRegime(database.db);
    await expect(
      insertReportContent(database.db, buildReportContent(department, regime, override)),
    ).rejects.toMatchObject({ code, location: { field } });
  });

  it("refuses an unknown division, category or a value entered twice, naming the field", async () => {
    const department = await buildDepartment(database.db);
    const regime = await buildRegime(database.db);
    const base = buildReportContent(department, regime);
    const badDivision = {
      ...base,
      sections: base.sections.map((s, i) => (i === 2 ? { ...s, divisionCode: "PHONG-X" } : s)),
    };
    await expect(insertReportContent(database.db, badDivision)).rejects.toMatchObject({
      code: "INVALID_REFERENCE",
      location: { field: "sections[2].divisionCode" },
    });
    const badCategory = { ...base, values: [{ ...base.values[1]!, disaggregation: "fax" }] };
    await expect(insertReportContent(database.db, badCategory)).rejects.toMatchObject({
      code: "INVALID_REFERENCE",
      location: { field: "values[0].disaggregation" },
    });
    const twice = { ...base, values: [base.values[0]!, { ...base.values[0]!, value: 1 }] };
    await expect(insertReportContent(database.db, twice)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      location: { field: "values[1]" },
    });
    const badLevel = { ...base, sections: [{ ...base.sections[0]!, level: 12 }] };
    await expect(insertReportContent(database.db, badLevel)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      location: { field: "sections[0].level", line: 10 },
    });
    expect(await countReports(database.db, { unitCodes: [department.department.code] })).toBe(0);
  });

  it("registers a document cited by two reports once", async () => {
    const regime = await buildRegime(database.db);
    const a = await buildReport(database.db, { regime });
    const b = await buildReport(database.db, { regime });
    const ids = [a, b].map((r) => r.report.citations.find((c) => c.documentCode === "1519/QĐ-UBND")!.documentId);
    expect(ids[0]).toBe(ids[1]);
  });

  it("keeps the source file of an imported report and refuses a second report from the same file", async () => {
    const department = await buildDepartment(database.db);
    const regime = await buildRegime(database.db);
    const file = await saveSourceFile(database.db, {
      fileName: "BC thang 10.docx",
      mediaType: "application/octet-stream",
      bytes: new TextEncoder().encode(`báo cáo ${uniqueSuffix()}`),
    });
    const content = buildReportContent(department, regime, { origin: "imported", regimeCode: null });
    const { id } = await insertReportContent(database.db, content, { sourceFileId: file.id });
    expect(await findReportIdBySourceFile(database.db, file.id)).toBe(id);
    expect((await getReportDetail(database.db, id)).sourceFileId).toBe(file.id);
    await expect(insertReportContent(database.db, content, { sourceFileId: file.id })).rejects.toMatchObject({
      code: "ALREADY_EXISTS",
      location: { field: "sourceFileId" },
    });
  });

  it("finds reports by unit, regime, period, state, origin and title words, and counts them", async () => {
    const department = await buildDepartment(database.db);
    const regime = await buildRegime(database.db);
    for (const [periodCode, state] of [
      ["2025-08", "sent"],
      ["2025-09", "issued"],
      ["2025-10", "draft"],
    ] as const) {
      await insertReportContent(database.db, buildReportContent(department, regime, { periodCode, state }));
    }
    const mine = { unitCodes: [department.department.code] };
    expect((await findReports(database.db, mine)).map((r) => r.periodCode)).toEqual(["2025-10", "2025-09", "2025-08"]);
    expect((await findReports(database.db, { ...mine, state: ["issued", "sent"] })).map((r) => r.periodCode)).toEqual([
      "2025-09",
      "2025-08",
    ]);
    expect(
      (await findReports(database.db, { regimeCode: regime.code, periodCode: "2025-09" })).map((r) => r.state),
    ).toEqual(["issued"]);
    expect(await findReports(database.db, { ...mine, origin: "imported" })).toEqual([]);
    expect((await findReports(database.db, { ...mine, q: "cong tac THONG TIN 2025-08" })).length).toBe(1);
    expect((await findReports(database.db, { ...mine, limit: 1, offset: 1 })).map((r) => r.periodCode)).toEqual([
      "2025-09",
    ]);
    expect(await countReports(database.db, { unitIds: [department.department.id], state: "draft" })).toBe(1);
    expect(await findReports(database.db, { unitCodes: [] })).toEqual([]);
  });

  it("names the unit as it was called when the report was written", async () => {
    const s = uniqueSuffix();
    const unit = await buildUnit(database.db, {
      names: [
        { name: `Sở Thông tin và Truyền thông ${s}`, validFrom: "2008-01-01", validTo: "2025-02-28" },
        { name: `Sở Khoa học và Công nghệ ${s}`, validFrom: "2025-03-01" },
      ],
    });
    const regime = await buildRegime(database.db);
    const department = { department: unit, divisions: (await buildDepartment(database.db)).divisions };
    await insertReportContent(database.db, buildReportContent(department, regime, { periodCode: "2024-12" }));
    await insertReportContent(database.db, buildReportContent(department, regime, { periodCode: "2025-10" }));
    const names = (await findReports(database.db, { unitIds: [unit.id] })).map((r) => [r.periodCode, r.unitName]);
    expect(names).toEqual([
      ["2025-10", `Sở Khoa học và Công nghệ ${s}`],
      ["2024-12", `Sở Thông tin và Truyền thông ${s}`],
    ]);
  });

  it("finds the previous report of the same regime and unit", async () => {
    const department = await buildDepartment(database.db);
    const regime = await buildRegime(database.db);
    const ids: Record<string, number> = {};
    for (const periodCode of ["2024-12", "2025-01", "2025-03"]) {
      ids[periodCode] = (
        await insertReportContent(database.db, buildReportContent(department, regime, { periodCode }))
      ).id;
    }
    const key = { regimeId: regime.id, unitId: department.department.id };
    expect((await findPreviousReport(database.db, { ...key, periodCode: "2025-03" }))?.id).toBe(ids["2025-01"]);
    expect((await findPreviousReport(database.db, { ...key, periodCode: "2025-01" }))?.id).toBe(ids["2024-12"]);
    expect(await findPreviousReport(database.db, { ...key, periodCode: "2024-12" })).toBeNull();
  });

  it("stores a correction as a new current version linked to the issued one", async () => {
    const { report, department, regime } = await buildReport(database.db, { content: { state: "issued" } });
    const { id } = await insertReportContent(database.db, buildReportContent(department, regime), {
      previousVersionId: report.id,
    });
    const correction = await getReportDetail(database.db, id);
    expect(correction).toMatchObject({ versionNo: 2, previousVersionId: report.id, isCurrent: true });
    expect((await getReportSummary(database.db, report.id)).isCurrent).toBe(false);
    const listed = await findReports(database.db, { unitIds: [department.department.id] });
    expect(listed.map((r) => r.id)).toEqual([id]);
    expect(await countReports(database.db, { unitIds: [department.department.id], currentOnly: false })).toBe(2);
  });

  it("answers NOT_FOUND for an unknown report", async () => {
    await expect(getReportDetail(database.db, 987654321)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
