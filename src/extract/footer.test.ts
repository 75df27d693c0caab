import { describe, expect, it } from "vitest";
import { officeTitle, readFooter } from "./footer.js";
import { textToLines } from "./text-lines.js";

const footerOf = (text: string) => {
  const lines = textToLines(text);
  return readFooter(lines, 0);
};

describe("readFooter", () => {
  it("reads recipients without dashes; under TM. the signer's own KT. is the authority", () => {
    const f = footerOf(
      [
        "Nội dung báo cáo.",
        "Nơi nhận:",
        "Như trên;",
        "Chủ tịch, các PCT UBND tỉnh;",
        "Lưu: VT, TH.",
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Đinh Văn Hùng",
      ].join("\n"),
    );
    expect(f.start).toBe(1);
    expect(f.recipients).toEqual(["Như trên", "Chủ tịch, các PCT UBND tỉnh", "Lưu: VT, TH."]);
    expect(f).toMatchObject({ signingAuthority: "KT.", signerTitle: "Phó Chủ tịch", signerName: "Đinh Văn Hùng" });
  });

  it("reads a signature that comes before the recipients, the name in capitals", () => {
    const f = footerOf(
      ["Trên đây là báo cáo./.", "Q. GIÁM ĐỐC", "TRẦN VĂN AN", "Nơi nhận:", "- Bộ TT&TT;", "- Lưu: VT."].join("\n"),
    );
    expect(f).toMatchObject({ signingAuthority: "Q.", signerTitle: "Giám đốc", signerName: "Trần Văn An" });
    expect(f.recipients).toEqual(["Bộ TT&TT", "Lưu: VT."]);
  });

  it.each([
    ["PHÓ GIÁM ĐỐC", "Phó Giám đốc"],
    ["CHÁNH VĂN PHÒNG", "Chánh Văn phòng"],
    ["GIÁM ĐỐC", "Giám đốc"],
    ["TRƯỞNG PHÒNG", "Trưởng phòng"],
  ])("officeTitle(%s)", (caps, title) => {
    expect(officeTitle(caps)).toBe(title);
  });
});
