import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { fixtureAgency, monthlyReportFixture } from "./fixtures/monthly-report.js";
import { fromReportContent } from "./from-report-content.js";
import { renderDocument } from "./render-document.js";

const report = fromReportContent(monthlyReportFixture, fixtureAgency);

describe("renderDocument", () => {
  it("gives Markdown as UTF-8 with its media type", async () => {
    const doc = await renderDocument(report, "md");
    expect(doc.mediaType).toBe("text/markdown; charset=utf-8");
    expect(doc.extension).toBe("md");
    expect(doc.bytes.toString("utf8")).toContain("**BÁO CÁO**");
  });

  it("gives a .docx package with its media type", async () => {
    const doc = await renderDocument(report, "docx");
    expect(doc.mediaType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const zip = await JSZip.loadAsync(doc.bytes);
    expect(await zip.file("word/document.xml")?.async("string")).toContain("Số: 12/BC-STTTT");
  });
});
