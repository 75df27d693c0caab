import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "../domain/errors.js";
import { renderDocx } from "./docx.js";
import { fixtureAgency, fixtureIndicators, monthlyReportFixture } from "./fixtures/monthly-report.js";
import { fromReportContent } from "./from-report-content.js";
import { convertDocxToPdf } from "./pdf.js";

const hasSoffice = spawnSync("soffice", ["--version"], { timeout: 30_000 }).status === 0;
const hasPoppler = spawnSync("pdftoppm", ["-v"]).status === 0;
if (!hasSoffice || !hasPoppler) {
  console.warn("pdf.test.ts: LibreOffice (soffice) or poppler-utils missing — the PDF rendering tests are skipped.");
}

describe("convertDocxToPdf without LibreOffice", () => {
  it("fails with PDF_UNAVAILABLE and a Vietnamese message", async () => {
    const error = await convertDocxToPdf(new Uint8Array([1, 2, 3]), "/nonexistent/soffice-baocao").catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe("PDF_UNAVAILABLE");
    expect((error as UserError).message).toMatch(/chưa cài LibreOffice/);
  });
});

describe.skipIf(!hasSoffice || !hasPoppler)("convertDocxToPdf with LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "baocao-pdf-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("renders the report to an A4 PDF whose first page becomes a PNG", async () => {
    const report = fromReportContent(monthlyReportFixture, { ...fixtureAgency, indicators: fixtureIndicators });
    const pdf = await convertDocxToPdf(await renderDocx(report));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pdfPath = join(dir, "report.pdf");
    writeFileSync(pdfPath, pdf);

    const info = execFileSync("pdfinfo", [pdfPath], { encoding: "utf8" });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(2);
    // Times New Roman, or its metric twin Liberation Serif where Times is not installed.
    expect(execFileSync("pdffonts", [pdfPath], { encoding: "utf8" })).toMatch(/TimesNewRoman|Times-|LiberationSerif/);

    const page1 = execFileSync("pdftotext", ["-f", "1", "-l", "1", "-layout", pdfPath, "-"], { encoding: "utf8" });
    expect(page1.normalize("NFC")).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(page1.normalize("NFC")).toContain("Số: 12/BC-STTTT");
    expect(page1.trimStart().startsWith("1")).toBe(false);
    const page2 = execFileSync("pdftotext", ["-f", "2", "-l", "2", pdfPath, "-"], { encoding: "utf8" });
    expect(page2.trimStart().split("\n")[0]?.trim()).toBe("2");

    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", pdfPath, join(dir, "page")]);
    const png = ["page-1.png", "page-01.png"].map((n) => join(dir, n)).find((p) => existsSync(p));
    expect(png).toBeDefined();
    expect(statSync(png ?? "").size).toBeGreaterThan(5_000);
    expect(
      readFileSync(png ?? "")
        .subarray(1, 4)
        .toString("latin1"),
    ).toBe("PNG");
  });
});
