import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testConfig } from "../../test/app.js";
import { openTestDatabase } from "../../test/database.js";
import { type BuiltReport, buildReport, buildUser } from "../../test/factories.js";
import type { Database } from "../storage/database.js";
import { getReportDetail } from "../storage/report-queries.js";
import { type AnalyticsTable, tableToCsv, tableToXlsx } from "./analytics/analytics-table.js";
import { completenessTable } from "./analytics/analytics-tables.js";
import type { AppContext } from "./context.js";
import { exportRegimeValues } from "./export-regime-values.js";
import { getCompleteness } from "./get-completeness.js";
import { importValuesXlsx, valuesFormTable } from "./import-values-xlsx.js";

let database: Database;
let ctx: AppContext;
let built: BuiltReport;

beforeAll(async () => {
  database = await openTestDatabase();
  ctx = { database, config: testConfig };
  built = await buildReport(database.db, { content: { periodCode: "2025-10" } });
});
afterAll(async () => database?.close());

async function readBack(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

const sample: AnalyticsTable = {
  title: "Thử",
  sheetName: "Tình hình: tháng 10/2025",
  columns: [
    { key: "name", header: "Đơn vị", kind: "text" },
    { key: "count", header: "Số văn bản", kind: "integer" },
    { key: "rate", header: "Tỷ lệ ký số (%)", kind: "percent" },
  ],
  rows: [
    { name: 'Sở KH&CN "Cao Bằng", tỉnh', count: 29097, rate: 57.33 },
    { name: "Sở KH&CN Vĩnh Long", count: null, rate: null },
  ],
};

describe("tableToXlsx", () => {
  it("writes Vietnamese headers in bold, a frozen header row, numbers as numbers with formats", async () => {
    const sheet = await readBack(await tableToXlsx(sample));
    expect(sheet.name).toBe("Tình hình- tháng 10-2025");
    expect(sheet.getRow(1).values).toEqual([undefined, "Đơn vị", "Số văn bản", "Tỷ lệ ký số (%)"]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getCell("B2").value).toBe(29097);
    expect(sheet.getCell("B2").numFmt).toBe("#,##0");
    expect(sheet.getCell("C2").numFmt).toBe('#,##0.00"%"');
    expect(sheet.getCell("B3").value).toBeNull();
  });

  it("exports a completeness view that reads back", async () => {
    const view = await getCompleteness(ctx, {
      actor: null,
      regimeCode: built.regime.code,
      periodCode: "2025-10",
      today: "2025-10-20",
    });
    const sheet = await readBack(await tableToXlsx(completenessTable(view)));
    expect(sheet.getCell("B1").value).toBe("Đơn vị");
    expect(sheet.getCell("C2").value).toBe("Đang soạn");
    expect(sheet.getCell("F2").value).toBe("Quá hạn chưa gửi");
    expect(sheet.getCell("G2").value).toBe(5);
  });
});

describe("tableToCsv", () => {
  it("starts with a BOM, quotes what needs it, leaves empty cells empty", () => {
    expect(tableToCsv(sample)).toBe(
      '\uFEFFĐơn vị,Số văn bản,Tỷ lệ ký số (%)\r\n"Sở KH&CN ""Cao Bằng"", tỉnh",29097,57.33\r\nSở KH&CN Vĩnh Long,,\r\n',
    );
  });
});

describe("exportRegimeValues", () => {
  it("lists every value of the regime and period, one row per unit, indicator and category", async () => {
    const table = await exportRegimeValues(ctx, { actor: null, regimeCode: built.regime.code, periodCode: "2025-10" });
    const [out, signed, rate] = built.regime.indicators.map((i) => i.indicatorCode);
    expect(table.rows.map((r) => [r.unitCode, r.indicatorCode, r.category, r.value])).toEqual([
      [built.department.department.code, out, "", 29097],
      [built.department.department.code, out, "online", 28000],
      [built.department.department.code, signed, "", 16681],
      [built.department.department.code, rate, "", 57.33],
    ]);
  });
});

describe("importValuesXlsx", () => {
  async function filledForm(fill: Record<string, ExcelJS.CellValue>): Promise<Uint8Array> {
    const template = await tableToXlsx(await valuesFormTable(ctx, built.regime.code));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    for (const [address, value] of Object.entries(fill)) sheet.getCell(address).value = value;
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }
  const office = async () => {
    const user = await buildUser(database.db, { unitCode: built.department.department.code, role: "office" });
    return {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      roles: [
        {
          role: "office" as const,
          unitId: built.department.department.id,
          unitCode: built.department.department.code,
          unitKind: "department" as const,
          parentUnitId: null,
          provinceCode: "04",
        },
      ],
    };
  };

  it("names every bad cell in Vietnamese and imports nothing", async () => {
    // Rows: 2 DOC_OUT, 3 online, 4 paper, 5 DOC_SIGNED, 6 DOC_SIGNED_RATE.
    const bytes = await filledForm({ F2: "12,3a", F3: "1.234,5", D4: "fax", F4: 3, B7: "KHONG_CO", F7: 1 });
    const error = await importValuesXlsx(ctx, {
      actor: await office(),
      regimeCode: built.regime.code,
      unitCode: built.department.department.code,
      periodCode: "2025-10",
      bytes,
    }).then(
      () => null,
      (e: unknown) => e as { code: string; message: string; details: { errors: { cell: string }[] } },
    );
    if (!error) throw new Error("the import should have been refused");
    expect(error).toMatchObject({ code: "INVALID_INPUT" });
    expect(error.message).toContain("Ô F2: '12,3a' không phải là số.");
    expect(error.message).toContain("Ô D4: chỉ tiêu");
    expect(error.message).toContain("Ô B7: mã chỉ tiêu 'KHONG_CO' không có trong biểu số liệu");
    expect(error.details.errors.map((e) => e.cell)).toEqual(["F2", "D4", "B7"]);
    const report = await getReportDetail(database.db, built.report.id);
    expect(report.values.find((v) => v.disaggregation === "online")?.value).toBe(28000);
  });

  it("imports numbers and Vietnamese number text into the draft", async () => {
    const bytes = await filledForm({ F2: 30500, F3: "1.234,5", F5: "17.002" });
    const result = await importValuesXlsx(ctx, {
      actor: await office(),
      regimeCode: built.regime.code,
      unitCode: built.department.department.code,
      periodCode: "2025-10",
      bytes,
    });
    expect(result.imported).toBe(3);
    const values = (await getReportDetail(database.db, built.report.id)).values;
    const [out, signed] = built.regime.indicators.map((i) => i.indicatorCode);
    expect(values.find((v) => v.indicatorCode === out && v.disaggregation === "")?.value).toBe(30500);
    expect(values.find((v) => v.indicatorCode === out && v.disaggregation === "online")?.value).toBe(1234.5);
    expect(values.find((v) => v.indicatorCode === signed)?.value).toBe(17002);
  });

  it("refuses a user of another unit", async () => {
    await expect(
      importValuesXlsx(ctx, {
        actor: { ...(await office()), roles: [] },
        regimeCode: built.regime.code,
        unitCode: built.department.department.code,
        periodCode: "2025-10",
        bytes: await filledForm({}),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
