import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/database.js";
import { loadConfig } from "../config.js";
import { isUserError } from "../domain/errors.js";
import type { ExtractedFigure } from "../domain/report.js";
import { getIctIndicator } from "../packs/ict/index.js";
import type { Database } from "../storage/database.js";
import type { AppContext } from "./context.js";
import { figureClause, importReport, valueInIndicatorUnit } from "./import-report.js";
import { loadReferenceData } from "./load-demo-data.js";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../extract/fixtures/${name}`, import.meta.url)));
const CORPUS = join(process.cwd(), "../shared/corpus");

describe(`import a report file (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  let database: Database;
  let ctx: AppContext;
  beforeAll(async () => {
    database = await openTestDatabase();
    ctx = { database, config: loadConfig({}) };
    await loadReferenceData(ctx);
  });
  afterAll(async () => database.close());

  const count = async (
    table: "reports" | "source_files" | "report_sections" | "citations" | "data_values" | "tasks",
  ) => {
    const db = database.db;
    return Number((await db.selectFrom(table).select(db.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
  };

  it("stores the report, its sections, values, tasks and citations, once", async () => {
    const result = await importReport(ctx, {
      fileName: "plain-monthly.txt",
      bytes: fixture("plain-monthly.txt"),
      spelling: false,
    });
    expect(result.status).toBe("imported");
    expect(result.unitCode).toBe("SO-02"); // Hà Giang's department, valid in March 2023
    expect(result.periodCode).toBe("2023-03");
    expect(result.regimeCode).toBe("ICT-THANG");
    const report = await database.db
      .selectFrom("reports")
      .selectAll()
      .where("id", "=", result.reportId)
      .executeTakeFirstOrThrow();
    expect(report.origin).toBe("imported");
    expect(report.number_text).toBe("215/BC-STTTT");
    expect(report.next_period_code).toBe("2023-04");
    const sections = await database.db
      .selectFrom("report_sections")
      .selectAll()
      .where("report_id", "=", result.reportId)
      .execute();
    expect(sections.some((s) => s.title.includes("TỒN TẠI") && s.content_kind === "difficulties")).toBe(true);
    const signed = await database.db
      .selectFrom("data_values")
      .innerJoin("indicators", "indicators.id", "data_values.indicator_id")
      .select(["indicators.code", "data_values.value", "data_values.provenance", "data_values.source_line"])
      .where("report_id", "=", result.reportId)
      .execute();
    expect(signed.find((v) => v.value === 37902)).toMatchObject({ provenance: "imported", source_line: 21 });
    const tasks = await database.db.selectFrom("tasks").selectAll().where("report_id", "=", result.reportId).execute();
    expect(tasks.length).toBeGreaterThanOrEqual(5);
    expect(tasks.every((t) => t.planned_period_code === "2023-04")).toBe(true);
    const cited = await database.db
      .selectFrom("citations")
      .innerJoin("documents", "documents.id", "citations.document_id")
      .select(["documents.code"])
      .where("report_id", "=", result.reportId)
      .execute();
    expect(cited.map((c) => c.code)).toEqual(expect.arrayContaining(["412/QĐ-UBND", "2269/QĐ-TTg", "05-NQ/TU"]));

    const before = await Promise.all(
      ["reports", "source_files", "report_sections", "citations"].map((t) => count(t as "reports")),
    );
    const again = await importReport(ctx, {
      fileName: "copy.txt",
      bytes: fixture("plain-monthly.txt"),
      spelling: false,
    });
    expect(again).toMatchObject({ status: "skipped", reportId: result.reportId });
    expect(again.message).toContain("đã được nhập trước đây");
    const after = await Promise.all(
      ["reports", "source_files", "report_sections", "citations"].map((t) => count(t as "reports")),
    );
    expect(after).toEqual(before);
  });

  it.each([
    ["empty.txt", new Uint8Array(), "FILE_EMPTY"],
    ["blank.md", new TextEncoder().encode("  \n\n "), "FILE_EMPTY"],
    ["binary.txt", new Uint8Array([0x42, 0x00, 0x43]), "FILE_BINARY"],
    ["scan.pdf", new TextEncoder().encode("%PDF-1.4"), "UNSUPPORTED_MEDIA_TYPE"],
    ["broken.docx", new TextEncoder().encode("PK not really a zip"), "INVALID_DOCX"],
  ])("refuses %s with %s and stores nothing", async (fileName, bytes, code) => {
    const before = await count("reports");
    const error = await importReport(ctx, { fileName, bytes, spelling: false }).catch((e: unknown) => e);
    expect(isUserError(error) && error.code).toBe(code);
    expect(isUserError(error) && error.location.file).toBe(fileName);
    expect(await count("reports")).toBe(before);
  });

  it("asks for the unit when the file names no province, leaving nothing half-written", async () => {
    const text = "BÁO CÁO\nKết quả công tác tháng 5/2024\n\nI. KẾT QUẢ\nTrong tháng tiếp nhận 120 hồ sơ.\n";
    const before = await Promise.all([count("reports"), count("source_files")]);
    const error = await importReport(ctx, {
      fileName: "no-unit.txt",
      bytes: new TextEncoder().encode(text),
      spelling: false,
    }).catch((e: unknown) => e);
    expect(isUserError(error) && error.code).toBe("UNIT_UNKNOWN");
    expect(isUserError(error) && error.location.field).toBe("unitCode");
    expect(await Promise.all([count("reports"), count("source_files")])).toEqual(before);
    const fixed = await importReport(ctx, {
      fileName: "no-unit.txt",
      bytes: new TextEncoder().encode(text),
      unitCode: "SO-04",
      spelling: false,
    });
    expect(fixed).toMatchObject({ status: "imported", unitCode: "SO-04", periodCode: "2024-05" });
  });

  describe.skipIf(!existsSync(CORPUS))("the shared corpus", () => {
    it("imports every real report", async () => {
      for (const name of readdirSync(CORPUS).filter((f) => f.endsWith(".txt"))) {
        const result = await importReport(ctx, {
          fileName: name,
          bytes: new Uint8Array(readFileSync(join(CORPUS, name))),
        });
        expect(result.status).toBe("imported");
      }
    });
  });
  if (!existsSync(CORPUS)) console.warn(`Bỏ qua kiểm thử kho báo cáo thật: không thấy ${CORPUS}`);
});

describe("mapping a figure to the catalogue", () => {
  it.each([
    [
      "Trong tháng có 38.114 văn bản đi, trong đó 37.902 văn bản được ký số (tỷ lệ 99,44%).",
      "trong đó 37.902 văn bản",
      "trong đó 37.902 văn bản được ký số",
    ],
    [
      "Cổng dịch vụ công tiếp nhận 9.876 hồ sơ; đã giải quyết 9.512 hồ sơ.",
      "tiếp nhận 9.876 hồ sơ",
      "Cổng dịch vụ công tiếp nhận 9.876 hồ sơ",
    ],
    ["không có trong dòng", "9.876 hồ sơ", "9.876 hồ sơ"],
  ])("the clause of %j around %j", (line, quote, clause) => {
    expect(figureClause(line, quote)).toBe(clause);
  });

  const fines = { ...getIctIndicator("FINES") };
  const signed = getIctIndicator("DOC_SIGNED");
  const rate = getIctIndicator("DOC_SIGNED_RATE");
  const figure = (value: number, kind: ExtractedFigure["kind"], unit: string | null): ExtractedFigure => ({
    value,
    kind,
    unit,
    label: "",
    quote: "",
    line: 1,
  });
  it.each([
    [figure(15_000_000, "money", "đồng"), fines, 15],
    [figure(3.2, "money", "tỷ đồng"), fines, 3200],
    [figure(250, "money", "triệu đồng"), fines, 250],
    [figure(37902, "count", "văn bản"), signed, 37902],
    [figure(99.44, "percent", "%"), rate, 99.44],
    [figure(99.44, "percent", "%"), signed, null],
    [figure(37902, "count", "văn bản"), rate, null],
    [figure(2, "rate", "lần/ngày"), signed, null],
    [figure(45, "duration", "phút"), signed, null],
    [figure(12, "rank", null), signed, null],
    [figure(15, "money", "USD"), fines, null],
  ])("%j as %s", (f, indicator, expected) => {
    const value = valueInIndicatorUnit(f, indicator);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 9);
  });
});
