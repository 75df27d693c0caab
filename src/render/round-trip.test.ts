import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ExtractedReport } from "../domain/report.js";
import { extractReport, extractText } from "../extract/index.js";
import { renderDocx } from "./docx.js";
import { fixtureAgency, monthlyReportFixture } from "./fixtures/monthly-report.js";
import { quarterlySource } from "./fixtures/quarterly-source.js";
import { fromExtracted } from "./from-extracted.js";
import { fromReportContent } from "./from-report-content.js";
import { renderMarkdown } from "./markdown.js";

// extract(render(report)) must give the report back: the importer reads the rendered Markdown and .docx.
// (Tests may cross the layer rule that keeps src/render independent of src/extract.)
const corpusDir = fileURLToPath(new URL("../../../shared/corpus", import.meta.url));
const hasCorpus = existsSync(corpusDir);
if (!hasCorpus) console.warn(`round-trip.test.ts: ${corpusDir} is absent — corpus round trips skipped.`);

const headingKey = (h: { number: string | null; title: string; level: number }) => `${h.number}|${h.title}|${h.level}`;
const figureKey = (f: { value: number; kind: string }) => `${f.value}|${f.kind}`;

/** What must survive a render → extract round trip. */
function essentials(report: ExtractedReport) {
  const m = report.meta;
  return {
    meta: [
      m.docType,
      m.title,
      m.issueYear,
      m.issueMonth,
      m.period,
      m.nextPeriod,
      m.signerName,
      m.signerTitle,
      m.signingAuthority,
    ],
    recipients: m.recipients.map((r) => r.replace(/[.;]$/, "")),
    headings: report.headings.map(headingKey),
    references: report.references.map((r) => r.code),
    figures: report.figures.map(figureKey).sort(),
    tasks: report.tasks.map((t) => t.text),
    difficulties: report.difficulties.map((t) => t.text),
    recommendations: report.recommendations.map((t) => t.text),
  };
}

describe("round trip through the importer", () => {
  it("reads the fixture's rendered Markdown and .docx back to the same structure", async () => {
    const printable = fromReportContent(monthlyReportFixture, fixtureAgency);
    const fromMd = extractText(renderMarkdown(printable));
    const fromDocx = await extractReport({ fileName: "bao-cao.docx", docx: await renderDocx(printable) });
    for (const back of [fromMd, fromDocx]) {
      expect(back.meta).toMatchObject({
        docType: "BC",
        number: "12/BC-STTTT",
        title: monthlyReportFixture.title,
        issueYear: 2025,
        issueMonth: 1,
        issueDay: 6,
        signerName: "Hoàng Minh Đức",
        signingAuthority: "KT.",
      });
      expect(back.headings.map((h) => `${h.number}. ${h.title}`)).toEqual(
        monthlyReportFixture.sections.map((s) => `${s.number}. ${s.title}`),
      );
      expect(back.tasks.map((t) => t.text)).toEqual(monthlyReportFixture.tasks.map((t) => t.text));
      expect(back.references.map((r) => r.code)).toEqual(["35/KH-UBND", "41/STTTT-TTBCXB", "08/QĐ-STTTT"]);
      expect(back.figures.map((f) => f.value)).toEqual(expect.arrayContaining([452318, 61204, 18452, 15907, 86.21]));
    }
  });

  it("reads a re-rendered converted report back to what was extracted from it", async () => {
    const first = extractText(quarterlySource);
    const again = extractText(renderMarkdown(fromExtracted(first, quarterlySource)));
    expect(essentials(again)).toEqual(essentials(first));
  });

  const corpusFiles = hasCorpus ? readdirSync(corpusDir).filter((f) => /^\d+_.*\.txt$/.test(f)) : [];
  it.skipIf(!hasCorpus).each(corpusFiles)("re-renders shared report %s without losing structure", async (name) => {
    const source = readFileSync(`${corpusDir}/${name}`, "utf8");
    const first = extractText(source);
    const printable = fromExtracted(first, source);
    // A text that is not a formal document (a news article) comes out as a BÁO CÁO with the archive entry the
    // Decree requires ("Lưu: VT"): that much changes.
    const recipients = first.meta.recipients.some((r) => r.startsWith("Lưu"))
      ? first.meta.recipients
      : [...first.meta.recipients, "Lưu: VT"];
    const expected = essentials({ ...first, meta: { ...first.meta, docType: first.meta.docType ?? "BC", recipients } });
    expect(essentials(extractText(renderMarkdown(printable)))).toEqual(expected);
    const fromDocx = await extractReport({
      fileName: name.replace(/\.txt$/, ".docx"),
      docx: await renderDocx(printable),
    });
    expect(essentials(fromDocx)).toEqual(expected);
  });
});
