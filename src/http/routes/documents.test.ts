import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../test/app.js";
import { buildReport } from "../../../test/factories.js";

describe(`GET /api/reports/:id/document (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  let t: TestApp;
  let reportId: number;
  beforeAll(async () => {
    t = await openTestApp();
    const built = await buildReport(t.database.db, {
      content: {
        state: "issued",
        number: 7,
        numberText: "07/BC-STTTT",
        issuedOn: "2026-01-05",
        place: "Cao Bằng",
        signerName: "Nông Văn Thành",
        signerTitle: "Phó Giám đốc",
        signingAuthority: "KT.",
      },
    });
    reportId = built.report.id;
  });
  afterAll(async () => t.close());

  it("serves the .docx in the Decree 30 layout with a download file name", async () => {
    const res = await t.app.inject({ method: "GET", url: `/api/reports/${reportId}/document?format=docx` });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("wordprocessingml");
    expect(res.headers["content-disposition"]).toContain("07-BC-STTTT.docx");
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain('w:w="11906"'); // A4 width in twips
    expect(xml).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(xml).toContain("Số: 07/BC-STTTT");
    expect(xml).toContain("ngày 05 tháng 01 năm 2026");
    expect(xml).toContain("KT. GIÁM ĐỐC");
  });

  it("serves Markdown that names the report's sections", async () => {
    const res = await t.app.inject({ method: "GET", url: `/api/reports/${reportId}/document?format=md` });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/markdown");
    expect(res.body).toContain("**BÁO CÁO**");
  });

  it("answers 404 for an unknown report and 400 for an unknown format, in Vietnamese", async () => {
    const missing = await t.app.inject({ method: "GET", url: "/api/reports/987654/document" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toMatch(/Không/);
    const bad = await t.app.inject({ method: "GET", url: `/api/reports/${reportId}/document?format=odt` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("format");
  });
});
