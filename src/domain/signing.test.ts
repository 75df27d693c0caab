import { describe, expect, it } from "vitest";
import { signingOf } from "./signing.js";

describe("signingOf", () => {
  it("has a deputy sign for the head (KT.) and the head in their own name", () => {
    expect(signingOf("Đàm Văn Hùng", "Phó Giám đốc")).toEqual({
      signerName: "Đàm Văn Hùng",
      signerTitle: "Phó Giám đốc",
      signingAuthority: "KT.",
    });
    expect(signingOf(" Nông Văn Thành ", "Giám đốc")).toEqual({
      signerName: "Nông Văn Thành",
      signerTitle: "Giám đốc",
      signingAuthority: null,
    });
    expect(signingOf("Lục Thị Mai", "phó  chủ tịch").signingAuthority).toBe("KT.");
  });

  it("prints no title when the position is not recorded, and reads decomposed Vietnamese", () => {
    expect(signingOf("Bế Văn Lâm", null)).toEqual({
      signerName: "Bế Văn Lâm",
      signerTitle: null,
      signingAuthority: null,
    });
    expect(signingOf("Bế Văn Lâm", "   ").signerTitle).toBeNull();
    const decomposed = "Phó Giám đốc".normalize("NFD");
    expect(signingOf("Bế Văn Lâm", decomposed)).toMatchObject({ signerTitle: "Phó Giám đốc", signingAuthority: "KT." });
  });
});
