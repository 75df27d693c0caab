import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import type { ReportContent } from "../domain/report.js";
import { renderDocx } from "./docx.js";
import { columnWidths, headingStyle } from "./docx-body.js";
import { fixtureAgency, fixtureIndicators, monthlyReportFixture } from "./fixtures/monthly-report.js";
import { fromReportContent } from "./from-report-content.js";

// Reads the produced WordprocessingML back: the Decree 30 layout must be in the file itself, whatever a viewer
// does with it.

interface Part {
  xml: string;
  text: string;
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

function partsOf(xml: string, tag: "w:p" | "w:tbl"): Part[] {
  const pattern = tag === "w:p" ? /<w:p[ >][\s\S]*?<\/w:p>/g : /<w:tbl>[\s\S]*?<\/w:tbl>/g;
  return [...xml.matchAll(pattern)].map((m) => ({ xml: m[0], text: textOf(m[0]) }));
}

function paragraphWith(parts: Part[], text: string): Part {
  const found = parts.find((p) => p.text === text);
  if (!found) throw new Error(`no paragraph "${text}" in ${parts.map((p) => p.text).join(" | ")}`);
  return found;
}

async function unzip(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    const file = zip.file(name);
    if (file && /\.(xml|rels)$/.test(name)) files.set(name, await file.async("string"));
  }
  return files;
}

let files: Map<string, string>;
let documentXml: string;
let paragraphs: Part[];
let tables: Part[];

beforeAll(async () => {
  const report = fromReportContent(monthlyReportFixture, { ...fixtureAgency, indicators: fixtureIndicators });
  files = await unzip(await renderDocx(report));
  documentXml = files.get("word/document.xml") ?? "";
  paragraphs = partsOf(documentXml, "w:p");
  tables = partsOf(documentXml, "w:tbl");
});

describe("renderDocx: page", () => {
  it("is A4 portrait with the Decree's margins (20/20/30/15 mm)", () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"(?: w:orient="portrait")?\/>/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(documentXml)?.[1] ?? "";
    const attr = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)?.[1]);
    expect({ top: attr("top"), bottom: attr("bottom"), left: attr("left"), right: attr("right") }).toEqual({
      top: 1134,
      bottom: 1134,
      left: 1701,
      right: 850,
    });
  });

  it("sets Times New Roman 14 pt, 6 pt after paragraphs and line spacing within single to 1.5", () => {
    const styles = files.get("word/styles.xml") ?? "";
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? "";
    expect(defaults).toMatch(/<w:rFonts [^>]*w:ascii="Times New Roman"[^>]*\/>/);
    expect(defaults).toMatch(/<w:rFonts [^>]*w:hAnsi="Times New Roman"[^>]*\/>/);
    expect(defaults).toMatch(/<w:sz w:val="28"\/>/);
    expect(defaults).toMatch(/w:after="120"/);
    const line = Number(/w:line="(\d+)"/.exec(defaults)?.[1]);
    expect(line).toBeGreaterThanOrEqual(240);
    expect(line).toBeLessThanOrEqual(360);
  });

  it("numbers pages centred in the header from page 2 only (title page with an empty first header)", async () => {
    const sectPr = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(documentXml)?.[0] ?? "";
    expect(sectPr).toContain("<w:titlePg/>");
    const rels = files.get("word/_rels/document.xml.rels") ?? "";
    const headerOf = (type: string): string => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"`).exec(sectPr)?.[1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? `missing ${type}`;
      return files.get(`word/${target}`) ?? "";
    };
    const main = headerOf("default");
    const first = headerOf("first");
    expect(main).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>|w:instr="\s*PAGE\s*"/);
    expect(main).toContain('<w:jc w:val="center"/>');
    expect(first).not.toContain("PAGE");
    expect(textOf(first)).toBe("");
  });
});

describe("renderDocx: header table", () => {
  it("is a borderless two-column table with the agency, the number, the motto and the date", () => {
    const header = tables[0];
    expect(header).toBeDefined();
    const xml = header?.xml ?? "";
    expect(xml.match(/<w:gridCol /g)).toHaveLength(2);
    const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(xml)?.[1] ?? "";
    expect(borders.match(/w:val="none"/g)).toHaveLength(6);
    const cells = partsOf(xml, "w:p").map((p) => p.text);
    expect(cells).toEqual(
      expect.arrayContaining([
        "UBND TỈNH CAO BẰNG",
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
        "Số: 12/BC-STTTT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Cao Bằng, ngày 06 tháng 01 năm 2025",
      ]),
    );
  });

  it("sets each header line's weight and size as the Decree does", () => {
    const runOf = (text: string) => paragraphWith(paragraphs, text).xml;
    expect(runOf("UBND TỈNH CAO BẰNG")).toMatch(/<w:b w:val="false"\/>/);
    expect(runOf("SỞ THÔNG TIN VÀ TRUYỀN THÔNG")).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(runOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(runOf("Độc lập - Tự do - Hạnh phúc")).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/);
    expect(runOf("Số: 12/BC-STTTT")).toMatch(/<w:sz w:val="26"\/>/);
    expect(runOf("Cao Bằng, ngày 06 tháng 01 năm 2025")).toMatch(/<w:i\/>[\s\S]*<w:sz w:val="28"\/>/);
  });

  it("draws the rules under the agency and the motto as bottom borders", () => {
    const header = tables[0]?.xml ?? "";
    expect(header.match(/<w:pBdr><w:bottom w:val="single"/g)).toHaveLength(2);
  });
});

describe("renderDocx: title, body and closing", () => {
  it("centres 'BÁO CÁO' and the subject in bold, then 'Kính gửi'", () => {
    const title = paragraphWith(paragraphs, "BÁO CÁO").xml;
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain("<w:b/>");
    const subject = paragraphWith(paragraphs, monthlyReportFixture.title).xml;
    expect(subject).toContain("<w:b/>");
    expect(paragraphs.map((p) => p.text)).toContain("Kính gửi: Ủy ban nhân dân tỉnh Cao Bằng.");
  });

  it("justifies body paragraphs with a 1 cm first-line indent", () => {
    const body = paragraphs.find((p) => p.text.startsWith("Toàn tỉnh có 452.318 thuê bao"));
    expect(body?.xml).toContain('<w:jc w:val="both"/>');
    expect(body?.xml).toMatch(/<w:ind w:firstLine="567"\/>/);
  });

  it("prints the outline with its numbering, bold for I. and 1., italic for a)", () => {
    expect(paragraphWith(paragraphs, "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 01/2025").xml).toContain("<w:b/>");
    expect(paragraphWith(paragraphs, "1. Công tác tham mưu, chỉ đạo, điều hành").xml).toContain("<w:b/>");
    expect(paragraphWith(paragraphs, "a) Hệ thống quản lý văn bản và điều hành").xml).toContain("<w:i/>");
    const order = ["I. ", "1. ", "2. ", "3. ", "a) ", "b) ", "4. ", "II. ", "III. ", "IV. "];
    const headings = paragraphs.filter((p) => /<w:keepNext\/>/.test(p.xml)).map((p) => p.text);
    expect(headings.map((h) => order.find((o) => h.startsWith(o)))).toEqual(order);
  });

  it("writes the figures of the tables in Vietnamese notation", () => {
    const figures = tables.find((t) => t.text.includes("Tỷ lệ văn bản ký số"))?.xml ?? "";
    const cells = partsOf(figures, "w:p").map((p) => p.text);
    expect(cells).toEqual(expect.arrayContaining(["18.452", "15.907", "86,21"]));
  });

  it("closes with a borderless table: Nơi nhận bold italic 12 pt, entries 11 pt, the signature in bold", () => {
    const closing = tables.at(-1)?.xml ?? "";
    expect(closing.match(/w:val="none"/g)).toHaveLength(6);
    const cells = partsOf(closing, "w:p");
    expect(paragraphWith(cells, "Nơi nhận:").xml).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(paragraphWith(cells, "- Như trên;").xml).toMatch(/<w:sz w:val="22"\/>/);
    expect(paragraphWith(cells, "- Lưu: VT, VP.").xml).toMatch(/<w:sz w:val="22"\/>/);
    for (const line of ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Minh Đức"]) {
      expect(paragraphWith(cells, line).xml).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    }
  });
});

describe("renderDocx: Vietnamese text", () => {
  it("writes every text run in NFC even from decomposed input", async () => {
    const decomposed: ReportContent = {
      ...monthlyReportFixture,
      title: monthlyReportFixture.title.normalize("NFD"),
      signerName: "Hoàng Minh Đức".normalize("NFD"),
      sections: monthlyReportFixture.sections.map((s) => ({
        ...s,
        title: s.title.normalize("NFD"),
        body: s.body.normalize("NFD"),
      })),
      recipients: monthlyReportFixture.recipients.map((r) => r.normalize("NFD")),
    };
    const agency = { ...fixtureAgency, agencyName: fixtureAgency.agencyName.normalize("NFD") };
    const xml = (await unzip(await renderDocx(fromReportContent(decomposed, agency)))).get("word/document.xml") ?? "";
    const text = textOf(xml);
    expect(text.length).toBeGreaterThan(1000);
    expect(text).toBe(text.normalize("NFC"));
    expect(text).toContain("Hoàng Minh Đức".normalize("NFC"));
  });
});

describe("renderDocx: several addressees and a draft", () => {
  it("puts the first addressee after 'Kính gửi:' and a tab, the others under it, and leaves blanks", async () => {
    const draft: ReportContent = {
      ...monthlyReportFixture,
      numberText: null,
      number: null,
      issuedOn: null,
      addressee: "Bộ Thông tin và Truyền thông\nỦy ban nhân dân tỉnh Cao Bằng",
    };
    const xml = (await unzip(await renderDocx(fromReportContent(draft, fixtureAgency)))).get("word/document.xml") ?? "";
    const parts = partsOf(xml, "w:p");
    const first = paragraphWith(parts, "Kính gửi:- Bộ Thông tin và Truyền thông;");
    expect(first.xml).toContain("<w:tab/>");
    expect(first.xml).toMatch(/<w:ind w:left="3118" w:hanging="1417"\/>/);
    expect(paragraphWith(parts, "- Ủy ban nhân dân tỉnh Cao Bằng.").xml).toMatch(/<w:ind w:left="3118"/);
    expect(parts.map((p) => p.text)).toEqual(
      expect.arrayContaining(["Số:      /BC-STTTT", "Cao Bằng, ngày    tháng    năm 20.."]),
    );
  });
});

describe("columnWidths", () => {
  it.each([
    [1, [100]],
    [2, [30, 70]],
    [3, [8, 50, 42]],
    [4, [8, 50, 21, 21]],
    [6, [8, 50, 10.5, 10.5, 10.5, 10.5]],
  ])("%i columns → %j", (count, shares) => {
    expect(columnWidths(count)).toEqual(shares);
    expect(columnWidths(count).reduce((a, b) => a + b, 0)).toBeCloseTo(100);
  });
});

describe("headingStyle", () => {
  it.each([
    ["Phần thứ nhất", true, false],
    ["PHẦN II", true, false],
    ["I", true, false],
    ["IV", true, false],
    ["1", true, false],
    ["12", true, false],
    ["6.1", true, true],
    ["2.4.1", true, true],
    ["a", false, true],
    ["đ", false, true],
    [null, false, true],
  ])("%j → bold %s, italic %s", (number, bold, italics) => {
    expect(headingStyle({ number })).toEqual({ bold, italics });
  });
});
