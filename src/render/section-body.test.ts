import { describe, expect, it } from "vitest";
import { stripInlineMarkdown } from "./plain-text.js";
import { blockOfLine, parseSectionBody } from "./section-body.js";

describe("blockOfLine", () => {
  it.each([
    ["Toàn tỉnh có 452.318 thuê bao.", { kind: "paragraph", text: "Toàn tỉnh có 452.318 thuê bao." }],
    [
      "- Ban hành Công văn số 41/STTTT-TTBCXB.",
      { kind: "bullet", text: "Ban hành Công văn số 41/STTTT-TTBCXB.", depth: 0 },
    ],
    ["– Trình UBND tỉnh phê duyệt.", { kind: "bullet", text: "Trình UBND tỉnh phê duyệt.", depth: 0 }],
    ["+ Hồ sơ trực tuyến: 318 hồ sơ.", { kind: "bullet", text: "Hồ sơ trực tuyến: 318 hồ sơ.", depth: 1 }],
    ["    - Cấp mới 95 chứng thư số.", { kind: "bullet", text: "Cấp mới 95 chứng thư số.", depth: 1 }],
    [
      "Tổng văn bản đi: **29.097**, ký số **16.681**",
      { kind: "paragraph", text: "Tổng văn bản đi: 29.097, ký số 16.681" },
    ],
    ["-5% so với cùng kỳ", { kind: "paragraph", text: "-5% so với cùng kỳ" }],
    ["   ", null],
    ["- ", null],
  ] as const)("%j", (line, block) => expect(blockOfLine(line, true)).toEqual(block));

  it("keeps the asterisks of stored text, removes those of converted Markdown", () => {
    expect(blockOfLine("Chỉ tiêu *quan trọng* đạt 100%.")).toEqual({
      kind: "paragraph",
      text: "Chỉ tiêu *quan trọng* đạt 100%.",
    });
    expect(blockOfLine("Chỉ tiêu *quan trọng* đạt 100%.", true)).toEqual({
      kind: "paragraph",
      text: "Chỉ tiêu quan trọng đạt 100%.",
    });
  });
});

describe("parseSectionBody", () => {
  it("splits a stored body into paragraphs and items in order", () => {
    const body = "Trong tháng, Sở đã:\n\n- Ban hành 12 văn bản;\n- Tổ chức 02 hội nghị.\n\nKết quả đạt 98,26%.";
    expect(parseSectionBody(body)).toEqual([
      { kind: "paragraph", text: "Trong tháng, Sở đã:" },
      { kind: "bullet", text: "Ban hành 12 văn bản;", depth: 0 },
      { kind: "bullet", text: "Tổ chức 02 hội nghị.", depth: 0 },
      { kind: "paragraph", text: "Kết quả đạt 98,26%." },
    ]);
    expect(parseSectionBody("")).toEqual([]);
  });
});

describe("stripInlineMarkdown", () => {
  it.each([
    ["**I. CÔNG TÁC QUẢN LÝ NHÀ NƯỚC**", "I. CÔNG TÁC QUẢN LÝ NHÀ NƯỚC"],
    ["*\\* Văn bản chỉ đạo của UBND tỉnh:*", "* Văn bản chỉ đạo của UBND tỉnh:"],
    ["***Nơi nhận:***", "Nơi nhận:"],
    ["**KT. GIÁM ĐỐC  ", "KT. GIÁM ĐỐC"],
    ["Sở   TT&TT", "Sở TT&TT"],
  ])("%j → %j", (raw, plain) => expect(stripInlineMarkdown(raw)).toBe(plain));
});
