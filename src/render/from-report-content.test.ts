import { describe, expect, it } from "vitest";
import type { ReportContent } from "../domain/report.js";
import { fixtureAgency, fixtureIndicators, monthlyReportFixture } from "./fixtures/monthly-report.js";
import { documentTypeTitle, fromReportContent } from "./from-report-content.js";

const report = fromReportContent(monthlyReportFixture, fixtureAgency);

describe("fromReportContent", () => {
  it("builds the Decree 30 header from the agency and the issue", () => {
    expect(report.header).toEqual({
      parentAgency: "UBND TỈNH CAO BẰNG",
      agency: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
      numberLine: "Số: 12/BC-STTTT",
      placeDateLine: "Cao Bằng, ngày 06 tháng 01 năm 2025",
    });
    expect(report.documentType).toBe("BÁO CÁO");
    expect(report.subjectLines).toEqual([monthlyReportFixture.title]);
    expect(report.addressees).toEqual(["Ủy ban nhân dân tỉnh Cao Bằng"]);
  });

  it("leaves the number and the date blank before issue", () => {
    const draft: ReportContent = {
      ...monthlyReportFixture,
      state: "approved",
      number: null,
      numberText: null,
      issuedOn: null,
    };
    const header = fromReportContent(draft, fixtureAgency).header;
    expect(header.numberLine).toBe("Số:      /BC-STTTT");
    expect(header.placeDateLine).toBe("Cao Bằng, ngày    tháng    năm 20..");
  });

  it("writes a bare number with the agency's symbol and a leading zero", () => {
    const issued: ReportContent = { ...monthlyReportFixture, number: 7, numberText: null };
    expect(fromReportContent(issued, fixtureAgency).header.numberLine).toBe("Số: 07/BC-STTTT");
    const plan: ReportContent = { ...monthlyReportFixture, docType: "KH", number: 31, numberText: null };
    const planReport = fromReportContent(plan, fixtureAgency);
    expect(planReport.header.numberLine).toBe("Số: 31/KH-STTTT");
    expect(planReport.documentType).toBe("KẾ HOẠCH");
  });

  it("keeps the outline's numbers, titles and levels in order", () => {
    expect(report.sections.map((s) => [s.number, s.level])).toEqual([
      ["I", 1],
      ["1", 2],
      ["2", 2],
      ["3", 2],
      ["a", 3],
      ["b", 3],
      ["4", 2],
      ["II", 1],
      ["III", 1],
      ["IV", 1],
    ]);
    expect(report.sections[1]?.blocks).toEqual([
      { kind: "paragraph", text: expect.stringContaining("Kế hoạch số 35/KH-UBND ngày 09/01/2025") },
      { kind: "bullet", text: expect.stringContaining("Công văn số 41/STTTT-TTBCXB"), depth: 0 },
      { kind: "bullet", text: expect.stringContaining("Quyết định số 08/QĐ-STTTT"), depth: 0 },
    ]);
  });

  it("prints the planned tasks, difficulties and recommendations of sections without text", () => {
    const byNumber = new Map(report.sections.map((s) => [s.number, s]));
    expect(byNumber.get("III")?.blocks.map((b) => (b.kind === "bullet" ? b.text : ""))).toEqual(
      monthlyReportFixture.tasks.map((t) => t.text),
    );
    expect(byNumber.get("II")?.blocks).toHaveLength(1);
    expect(byNumber.get("IV")?.blocks[0]).toMatchObject({ kind: "bullet", text: expect.stringMatching(/^Đề nghị Bộ/) });
  });

  it("closes with the recipients, the archive entry last, and the deputy's signature", () => {
    expect(report.recipients).toEqual([
      "Như trên",
      "Bộ Thông tin và Truyền thông (b/c)",
      "Ban Giám đốc Sở",
      "Các phòng, đơn vị thuộc Sở",
      "Lưu: VT, VP",
    ]);
    expect(report.signature).toEqual({
      authorityLine: "KT. GIÁM ĐỐC",
      titleLine: "PHÓ GIÁM ĐỐC",
      signerName: "Hoàng Minh Đức",
    });
    expect(report.closing).toEqual([
      "Trên đây là báo cáo kết quả công tác thông tin và truyền thông tháng 01/2025 và nhiệm vụ trọng tâm tháng 02/2025./.",
    ]);
  });

  it("adds tables of figures under the section of their field when the catalogue is given", () => {
    const withTables = fromReportContent(monthlyReportFixture, { ...fixtureAgency, indicators: fixtureIndicators });
    const cntt = withTables.sections.find((s) => s.number === "3");
    const table = cntt?.blocks.find((b) => b.kind === "table");
    expect(table).toEqual({
      kind: "table",
      table: {
        caption: null,
        columns: ["TT", "Chỉ tiêu", "Đơn vị tính", "Số liệu"],
        rows: [
          [1, "Văn bản đi trên hệ thống quản lý văn bản", "văn bản", 18452],
          [2, "Văn bản đi được ký số", "văn bản", 15907],
          [3, "Tỷ lệ văn bản ký số", "%", 86.21],
        ],
      },
    });
    const telecom = withTables.sections.find((s) => s.number === "2");
    expect(telecom?.blocks.at(-1)).toMatchObject({
      kind: "table",
      table: { rows: [[1, "Thuê bao điện thoại di động", "thuê bao", 452318]] },
    });
    expect(report.sections.some((s) => s.blocks.some((b) => b.kind === "table"))).toBe(false);
  });

  it("keeps an imported report's own closing sentence instead of writing one", () => {
    const sections = monthlyReportFixture.sections.map((s, i, all) =>
      i === all.length - 1
        ? { ...s, body: "- Đề nghị hỗ trợ kinh phí.\n\nTrên đây là báo cáo tháng 01/2025 của Sở./." }
        : s,
    );
    const imported = fromReportContent({ ...monthlyReportFixture, origin: "imported", sections }, fixtureAgency);
    expect(imported.closing).toEqual(["Trên đây là báo cáo tháng 01/2025 của Sở./."]);
    expect(imported.sections.at(-1)?.blocks).toEqual([{ kind: "bullet", text: "Đề nghị hỗ trợ kinh phí.", depth: 0 }]);
  });

  it("splits several addressees", () => {
    const two: ReportContent = {
      ...monthlyReportFixture,
      addressee: "- Bộ Thông tin và Truyền thông;\n- UBND tỉnh Cao Bằng.",
    };
    expect(fromReportContent(two, fixtureAgency).addressees).toEqual([
      "Bộ Thông tin và Truyền thông",
      "UBND tỉnh Cao Bằng",
    ]);
  });

  it.each([
    ["BC", "BÁO CÁO"],
    ["TTr", "TỜ TRÌNH"],
    ["QĐ", "QUYẾT ĐỊNH"],
    ["XYZ", "XYZ"],
  ])("names the document type %s as %s", (abbr, title) => expect(documentTypeTitle(abbr)).toBe(title));
});
