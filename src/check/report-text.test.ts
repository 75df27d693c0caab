import { describe, expect, it } from "vitest";
import { buildReportText, cleanLine, lineAt, sentenceSpans } from "./report-text.js";

describe("buildReportText", () => {
  it("removes Markdown marks and escapes", () => {
    expect(cleanLine("#### **I. Công tác phòng, chống dịch**")).toBe("I. Công tác phòng, chống dịch");
    expect(cleanLine("*\\* Văn bản chỉ đạo của UBND tỉnh:*")).toBe("Văn bản chỉ đạo của UBND tỉnh:");
  });

  it("joins a line cut by a page break and keeps each piece's line", () => {
    const text = buildReportText([
      "- Cổng dịch vụ công cung cấp **1.960** dịch",
      "",
      "vụ công trực tuyến.",
      "Tiếp theo.",
    ]);
    expect(text.paragraphs.map((p) => p.text)).toEqual([
      "- Cổng dịch vụ công cung cấp 1.960 dịch vụ công trực tuyến.",
      "Tiếp theo.",
    ]);
    const p = text.paragraphs[0]!;
    expect(lineAt(p, p.text.indexOf("trực tuyến"))).toBe(3);
    expect(lineAt(p, 0)).toBe(1);
  });

  it("does not join a heading in capitals or a numbered item to the line before", () => {
    const text = buildReportText([
      "III. NHIỆM VỤ TRỌNG TÂM QUÝ III NĂM 2022",
      "1. Triển khai kế hoạch",
      "2. Tổ chức hội nghị",
    ]);
    expect(text.paragraphs).toHaveLength(3);
  });
});

describe("sentenceSpans", () => {
  it("splits at a stop before a capital, not inside numbers or after TP.", () => {
    const s = "Tiếp nhận 1.250 hồ sơ tại TP. Sóc Trăng. Đã giải quyết 98,5% hồ sơ.";
    expect(sentenceSpans(s).map((x) => s.slice(x.start, x.end))).toEqual([
      "Tiếp nhận 1.250 hồ sơ tại TP. Sóc Trăng.",
      "Đã giải quyết 98,5% hồ sơ.",
    ]);
  });
});
