import { describe, expect, it } from "vitest";
import { cleanRecipient, normalizeRecipients, recipientLines } from "./recipients.js";

describe("cleanRecipient", () => {
  it.each([
    ["- Bộ TT&TT (b/c);", "Bộ TT&TT (b/c)"],
    ["Ban Giám đốc Sở;", "Ban Giám đốc Sở"],
    ["– VP Tỉnh ủy, VP UBND tỉnh,", "VP Tỉnh ủy, VP UBND tỉnh"],
    ["- Lưu: VT, VP.", "Lưu: VT, VP"],
    ["  - Các phòng,  TT thuộc Sở ", "Các phòng, TT thuộc Sở"],
    ["- ;", ""],
  ])("%j → %j", (raw, clean) => expect(cleanRecipient(raw)).toBe(clean));
});

describe("normalizeRecipients", () => {
  it("keeps the order and puts the archive entry last", () => {
    expect(normalizeRecipients(["- Lưu: VT, VP.", "- Như trên;", "- UBND tỉnh (b/c);"])).toEqual([
      "Như trên",
      "UBND tỉnh (b/c)",
      "Lưu: VT, VP",
    ]);
  });

  it("adds the archive entry the Decree requires, with the drafting unit when known", () => {
    expect(normalizeRecipients(["Bộ TT&TT (b/c)"])).toEqual(["Bộ TT&TT (b/c)", "Lưu: VT"]);
    expect(normalizeRecipients(["Bộ TT&TT (b/c)"], "VP")).toEqual(["Bộ TT&TT (b/c)", "Lưu: VT, VP"]);
    expect(normalizeRecipients([])).toEqual(["Lưu: VT"]);
  });

  it("recognises the archive entry whatever its case", () => {
    expect(normalizeRecipients(["BGĐ Sở;", "lưu: VT, PCVP."])).toEqual(["BGĐ Sở", "lưu: VT, PCVP"]);
  });
});

describe("recipientLines", () => {
  it("ends every entry with ';' and the last with '.'", () => {
    expect(recipientLines(["Như trên", "Ban Giám đốc Sở", "Lưu: VT, VP"])).toEqual([
      "- Như trên;",
      "- Ban Giám đốc Sở;",
      "- Lưu: VT, VP.",
    ]);
  });
});
