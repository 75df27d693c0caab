import { describe, expect, it } from "vitest";
import { buildSignature, headTitleOf, vnUpper } from "./signature.js";

describe("buildSignature", () => {
  it.each([
    ["KT.", "Phó Giám đốc", null, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    [null, "Giám đốc", null, null, "GIÁM ĐỐC"],
    ["KT.", "Phó Chánh Văn phòng", null, "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
    ["Q.", "Giám đốc", null, "Q. GIÁM ĐỐC", null],
    ["TL.", "Chánh Văn phòng", "Giám đốc", "TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"],
    ["TM.", "Chủ tịch", "Ủy ban nhân dân", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    ["TUQ.", "Trưởng phòng Bưu chính - Viễn thông", "Giám đốc", "TUQ. GIÁM ĐỐC", "TRƯỞNG PHÒNG BƯU CHÍNH - VIỄN THÔNG"],
  ] as const)("%s %s (for %s) → %s / %s", (authority, title, head, authorityLine, titleLine) => {
    const sig = buildSignature({
      signingAuthority: authority,
      signerTitle: title,
      signerName: "Hoàng Minh Đức",
      headTitle: head,
    });
    expect(sig).toEqual({ authorityLine, titleLine, signerName: "Hoàng Minh Đức" });
  });

  it("has no lines when nothing is known", () => {
    expect(buildSignature({ signingAuthority: null, signerTitle: null, signerName: null })).toEqual({
      authorityLine: null,
      titleLine: null,
      signerName: null,
    });
  });

  it("upper-cases Vietnamese in NFC", () => {
    expect(vnUpper("Phó Giám đốc".normalize("NFD"))).toBe("PHÓ GIÁM ĐỐC".normalize("NFC"));
    expect(headTitleOf("phó giám đốc")).toBe("giám đốc");
  });
});
