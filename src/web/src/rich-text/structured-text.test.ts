import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSectionBody } from "../../../render/section-body.js";
import { blocksToDoc, docToText } from "./editor-doc.js";
import {
  formatStructuredText,
  normalizeStructuredText,
  parsePlacedBlocks,
  parseStructuredText,
  type TextBlock,
} from "./structured-text.js";

const p = (text: string): TextBlock => ({ kind: "paragraph", text });
const list = (...items: (string | [string, ...string[]])[]): TextBlock => ({
  kind: "list",
  items: items.map((i) => (typeof i === "string" ? { text: i, children: [] } : { text: i[0], children: i.slice(1) })),
});

describe("parseStructuredText", () => {
  it.each<[string, TextBlock[]]>([
    ["", []],
    ["   \n\n  ", []],
    ["Tổng văn bản đi trong tháng: 29.097 văn bản.", [p("Tổng văn bản đi trong tháng: 29.097 văn bản.")]],
    // Every line is a paragraph, as the document shows it (src/render): converted reports put one per line.
    [
      "Đoạn thứ nhất.\n\nĐoạn thứ hai,\nviết trên hai dòng.",
      [p("Đoạn thứ nhất."), p("Đoạn thứ hai,"), p("viết trên hai dòng.")],
    ],
    [
      "Các nhiệm vụ:\n\n- Rà soát hạ tầng viễn thông thụ động.\n- Đẩy mạnh ký số văn bản đi.",
      [p("Các nhiệm vụ:"), list("Rà soát hạ tầng viễn thông thụ động.", "Đẩy mạnh ký số văn bản đi.")],
    ],
    [
      "Nhiệm vụ quý tới:\n- Đôn đốc doanh nghiệp hoàn thành chuẩn hóa thuê bao.\n- Xây dựng kế hoạch hạ tầng.\nCác phòng chủ động triển khai.",
      [
        p("Nhiệm vụ quý tới:"),
        list("Đôn đốc doanh nghiệp hoàn thành chuẩn hóa thuê bao.", "Xây dựng kế hoạch hạ tầng."),
        p("Các phòng chủ động triển khai."),
      ],
    ],
    ["- Mục một\n\n- Mục hai", [list("Mục một"), list("Mục hai")]],
    // "+ " and an indent of two spaces are one level deeper, as src/render reads them.
    [
      "- Hạ tầng:\n+ 124 trạm BTS mới\n  - 38 trạm 5G\n- Dữ liệu",
      [list(["Hạ tầng:", "124 trạm BTS mới", "38 trạm 5G"], "Dữ liệu")],
    ],
    ["+ Mục con không có mục cha", [list("Mục con không có mục cha")]],
    ["– Gạch ngang dài\n• Dấu chấm", [list("Gạch ngang dài", "Dấu chấm")]],
    // Not items: "-5%", "*" (stored text keeps its asterisks), numbers (the report's own numbering); an empty
    // item is dropped, as src/render drops it.
    ["-5% so với cùng kỳ\n* ghi chú\n1. Mục một\n- ", [p("-5% so với cùng kỳ"), p("* ghi chú"), p("1. Mục một")]],
    ["Dòng\r\nWindows  có   khoảng trắng ", [p("Dòng"), p("Windows có khoảng trắng")]],
    ["Việt Nam".normalize("NFD"), [p("Việt Nam")]],
  ])("%j", (body, expected) => {
    expect(parseStructuredText(body)).toEqual(expected);
  });

  it("places each block where it starts, so keys are unique", () => {
    expect(parsePlacedBlocks("A.\n\nA.\n\nA.").map((b) => b.at)).toEqual([0, 4, 8]);
  });
});

describe("formatStructuredText", () => {
  it.each<[TextBlock[], string]>([
    [[], ""],
    [[p("Một."), list("a", ["b", "b1"]), p("Hai,\nba.")], "Một.\n\n- a\n- b\n+ b1\n\nHai,\n\nba."],
    [[p(""), p("  "), list()], ""],
    // A paragraph line typed as "- x" is stored as the item it will be read as.
    [[p("Kết quả:"), p("- Cấp chứng thư số")], "Kết quả:\n\n- Cấp chứng thư số"],
    // A sub-item of an empty item moves up instead of disappearing.
    [[list(["", "con"])], "- con"],
    [[list("Mục\nhai dòng")], "- Mục hai dòng"],
  ])("%j", (blocks, expected) => {
    expect(formatStructuredText(blocks)).toBe(expected);
  });
});

/** Section text as people write it: paragraphs, "- " / "+ " / "•" items, odd spaces, blank lines, CRLF. */
const sectionText = fc
  .array(
    fc.oneof(
      fc.constantFrom("", "  ", "\r"),
      fc
        .tuple(
          fc.constantFrom("", "- ", "+ ", "• ", "  - ", "-", "1. ", "* "),
          fc.array(
            fc.constantFrom("Sở", "cấp", "1.250", "chứng thư", "số;", "  ", "Việt".normalize("NFD"), "đạt", "62,4%"),
            {
              maxLength: 6,
            },
          ),
        )
        .map(([marker, words]) => marker + words.join(" ")),
    ),
    { maxLength: 12 },
  )
  .map((lines) => lines.join("\n"));

describe("the stored form", () => {
  it("is stable: writing what was read gives the same text", () => {
    fc.assert(
      fc.property(sectionText, (text) => {
        const once = normalizeStructuredText(text);
        expect(normalizeStructuredText(once)).toBe(once);
      }),
    );
  });

  it("survives the editor: text → editor document → text changes nothing", () => {
    fc.assert(
      fc.property(sectionText, (text) => {
        const stored = normalizeStructuredText(text);
        expect(docToText(blocksToDoc(parseStructuredText(stored)))).toBe(stored);
      }),
    );
  });

  it("is what the server keeps (NFC, no trailing spaces, no run of blank lines, trimmed)", () => {
    // The server's cleanSectionText (src/commands/save-section.ts), which the web may not import.
    const serverClean = (t: string) =>
      t
        .normalize("NFC")
        .replace(/\r\n?/g, "\n")
        .replace(/[ \t\u00a0]+$/gm, "")
        .replace(/\n{3,}/g, "\n\n")
        .trim();
    fc.assert(
      fc.property(sectionText, (text) => {
        const stored = normalizeStructuredText(text);
        expect(serverClean(stored)).toBe(stored);
      }),
    );
  });
});

describe("the stored form as the renderer reads it", () => {
  it("gives the same paragraphs, items and sub-items (src/render/section-body.ts)", () => {
    fc.assert(
      fc.property(sectionText, (text) => {
        const stored = normalizeStructuredText(text);
        const ours = parseStructuredText(stored).flatMap((block) =>
          block.kind === "paragraph"
            ? [{ kind: "paragraph", text: block.text }]
            : block.items.flatMap((item) => [
                ...(item.text ? [{ kind: "bullet", text: item.text, depth: 0 }] : []),
                ...item.children.map((child) => ({ kind: "bullet", text: child, depth: 1 })),
              ]),
        );
        expect(parseSectionBody(stored)).toEqual(ours);
      }),
    );
  });
});
