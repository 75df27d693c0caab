import { describe, expect, it } from "vitest";
import { blocksToHtml, type DocNode, docToText, textToDoc } from "./editor-doc.js";
import { parseStructuredText } from "./structured-text.js";

const text = (t: string): DocNode => ({ type: "text", text: t });
const para = (...content: DocNode[]): DocNode => ({ type: "paragraph", content });
const br: DocNode = { type: "hardBreak" };
const item = (...content: DocNode[]): DocNode => ({ type: "listItem", content });
const bullets = (...content: DocNode[]): DocNode => ({ type: "bulletList", content });

describe("textToDoc", () => {
  it("gives a paragraph for each line, and lists with their sub-items nested", () => {
    expect(textToDoc("Kết quả,\ntrong tháng:\n\n- Hạ tầng\n+ 124 trạm BTS\n- Dữ liệu")).toEqual({
      type: "doc",
      content: [
        para(text("Kết quả,")),
        para(text("trong tháng:")),
        bullets(item(para(text("Hạ tầng")), bullets(item(para(text("124 trạm BTS"))))), item(para(text("Dữ liệu")))),
      ],
    });
  });

  it("gives an empty text one empty paragraph for the cursor", () => {
    expect(textToDoc("")).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
  });
});

describe("docToText", () => {
  it.each<[string, DocNode, string]>([
    ["an empty editor", { type: "doc", content: [{ type: "paragraph" }] }, ""],
    [
      "empty paragraphs (Enter pressed twice) are not stored",
      { type: "doc", content: [para(text("Một.")), { type: "paragraph" }, { type: "paragraph" }, para(text("Hai."))] },
      "Một.\n\nHai.",
    ],
    [
      "hard breaks (in content the editor did not make) split the paragraph",
      { type: "doc", content: [para(text("Một."), br, br, text("Hai."), br)] },
      "Một.\n\nHai.",
    ],
    [
      "lists nested deeper than one level flatten into sub-items; a numbered list is stored as '- ' items",
      {
        type: "doc",
        content: [
          {
            type: "orderedList",
            attrs: { start: 1 },
            content: [
              item(
                para(text("Hạ tầng")),
                bullets(item(para(text("Trạm BTS")), bullets(item(para(text("trong đó 5G")))))),
              ),
            ],
          },
        ],
      },
      "- Hạ tầng\n+ Trạm BTS\n+ trong đó 5G",
    ],
    [
      "an item with two paragraphs and a hard break is one line",
      { type: "doc", content: [bullets(item(para(text("Dòng một"), br, text("dòng hai")), para(text("đoạn hai"))))] },
      "- Dòng một dòng hai đoạn hai",
    ],
    [
      "an empty item is dropped",
      { type: "doc", content: [bullets(item(para(text("Mục"))), item({ type: "paragraph" }))] },
      "- Mục",
    ],
    [
      "headings and quotes (not in the editor's schema, but tolerated) are paragraphs",
      {
        type: "doc",
        content: [
          { type: "heading", attrs: { level: 2 }, content: [text("Tiêu đề")] },
          { type: "blockquote", content: [para(text("Trích dẫn"))] },
        ],
      },
      "Tiêu đề\n\nTrích dẫn",
    ],
    [
      "text split across nodes (marks) joins; spaces are cleaned; NFC",
      { type: "doc", content: [para(text("  Chuyển "), text("đổi  số "), text("Việt".normalize("NFD")))] },
      "Chuyển đổi số Việt",
    ],
  ])("%s", (_name, doc, expected) => {
    expect(docToText(doc)).toBe(expected);
  });
});

describe("blocksToHtml", () => {
  it("writes the structure as the schema reads it, escaping text", () => {
    expect(blocksToHtml(parseStructuredText("A <b> & B\nC\n\n- x\n+ y"))).toBe(
      "<p>A &lt;b&gt; &amp; B</p><p>C</p><ul><li><p>x</p><ul><li><p>y</p></li></ul></li></ul>",
    );
  });
});
