import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ReportContent } from "../domain/report.js";
import { fixtureAgency, fixtureIndicators, monthlyReportFixture } from "./fixtures/monthly-report.js";
import { fromReportContent } from "./from-report-content.js";
import { renderMarkdown } from "./markdown.js";

const markdown = renderMarkdown(
  fromReportContent(monthlyReportFixture, { ...fixtureAgency, indicators: fixtureIndicators }),
);
const lines = markdown.split("\n");

describe("renderMarkdown", () => {
  it("starts with the Decree 30 header block, the type and the subject, each on its own paragraph", () => {
    const head = markdown.slice(0, markdown.indexOf("## I."));
    expect(head.split("\n\n")).toEqual([
      "UBND TỈNH CAO BẰNG",
      "**SỞ THÔNG TIN VÀ TRUYỀN THÔNG**",
      "Số: 12/BC-STTTT",
      "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
      "**Độc lập - Tự do - Hạnh phúc**",
      "*Cao Bằng, ngày 06 tháng 01 năm 2025*",
      "**BÁO CÁO**",
      "**Kết quả công tác thông tin và truyền thông tháng 01/2025 và nhiệm vụ trọng tâm tháng 02/2025**",
      "Kính gửi: Ủy ban nhân dân tỉnh Cao Bằng.",
      "",
    ]);
  });

  it("writes the headings with their numbers, one Markdown level per outline level", () => {
    expect(lines.filter((l) => l.startsWith("#"))).toEqual([
      "## I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 01/2025",
      "### 1. Công tác tham mưu, chỉ đạo, điều hành",
      "### 2. Lĩnh vực bưu chính, viễn thông",
      "### 3. Lĩnh vực công nghệ thông tin, chuyển đổi số",
      "#### a) Hệ thống quản lý văn bản và điều hành",
      "#### b) Dịch vụ công trực tuyến",
      "### 4. Lĩnh vực an toàn thông tin",
      "## II. TỒN TẠI, HẠN CHẾ",
      "## III. NHIỆM VỤ TRỌNG TÂM THÁNG 02/2025",
      "## IV. ĐỀ XUẤT, KIẾN NGHỊ",
    ]);
  });

  it("keeps list items together and paragraphs apart", () => {
    const at = lines.indexOf("## III. NHIỆM VỤ TRỌNG TÂM THÁNG 02/2025");
    expect(lines.slice(at + 1, at + 5)).toEqual([
      "",
      "- Tổ chức triển khai Kế hoạch chuyển đổi số tỉnh năm 2025 đến các sở, ngành, địa phương.",
      "- Hướng dẫn các doanh nghiệp viễn thông bảo đảm thông tin liên lạc phục vụ Tết Nguyên đán Ất Tỵ.",
      "- Tổ chức 01 lớp tập huấn kỹ năng an toàn thông tin cho khoảng 60 cán bộ cấp xã.",
    ]);
    expect(lines).toContain("  + Hồ sơ nộp qua dịch vụ bưu chính công ích: 318 hồ sơ.");
  });

  it("writes tables of figures as pipe tables in Vietnamese notation", () => {
    expect(lines).toContain("| TT | Chỉ tiêu | Đơn vị tính | Số liệu |");
    expect(lines).toContain("| 1 | Văn bản đi trên hệ thống quản lý văn bản | văn bản | 18.452 |");
    expect(lines).toContain("| 3 | Tỷ lệ văn bản ký số | % | 86,21 |");
    expect(lines).toContain("| 1 | Thuê bao điện thoại di động | thuê bao | 452.318 |");
  });

  it("ends with the closing sentence, Nơi nhận and the signature", () => {
    const tail = markdown.slice(markdown.indexOf("Trên đây là"));
    expect(tail).toBe(
      [
        "Trên đây là báo cáo kết quả công tác thông tin và truyền thông tháng 01/2025 và nhiệm vụ trọng tâm tháng 02/2025./.",
        "",
        "**Nơi nhận:**",
        "- Như trên;",
        "- Bộ Thông tin và Truyền thông (b/c);",
        "- Ban Giám đốc Sở;",
        "- Các phòng, đơn vị thuộc Sở;",
        "- Lưu: VT, VP.",
        "",
        "**KT. GIÁM ĐỐC**",
        "",
        "**PHÓ GIÁM ĐỐC**",
        "",
        "**Hoàng Minh Đức**",
        "",
      ].join("\n"),
    );
  });

  it("writes a draft's blank number and date, several addressees as a list, and escapes emphasis", () => {
    const draft: ReportContent = {
      ...monthlyReportFixture,
      numberText: null,
      number: null,
      issuedOn: null,
      addressee: "Bộ Thông tin và Truyền thông\nUBND tỉnh Cao Bằng",
      sections: [{ number: "I", title: "KẾT QUẢ", level: 1, body: "Chỉ tiêu *quan trọng* đạt 100%." }],
    };
    const md = renderMarkdown(fromReportContent(draft, fixtureAgency));
    expect(md).toContain("\n\nSố: /BC-STTTT\n\n");
    expect(md).toContain("\n\n*Cao Bằng, ngày tháng năm 20..*\n\n");
    expect(md).toContain("\n\nKính gửi:\n- Bộ Thông tin và Truyền thông;\n- UBND tỉnh Cao Bằng.\n\n");
    expect(md).toContain("Chỉ tiêu \\*quan trọng\\* đạt 100%.");
  });

  it("is NFC with Unix line ends", () => {
    expect(markdown).toBe(markdown.normalize("NFC"));
    expect(markdown).not.toContain("\r");
    expect(markdown.endsWith("\n")).toBe(true);
  });
});

describe("the committed Markdown fixture", () => {
  it("is what the renderer writes today (the CLI tests extract it)", () => {
    const committed = readFileSync(new URL("./fixtures/monthly-report.md", import.meta.url), "utf8");
    expect(markdown).toBe(committed);
  });
});
