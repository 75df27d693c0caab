import { describe, expect, it } from "vitest";
import {
  abbreviationOfType,
  expectedIssuerOf,
  normalizeDocumentCode,
  parseDocumentCode,
  typeMatchesCode,
  typeOfAbbreviation,
} from "./citation.js";

describe("parseDocumentCode", () => {
  it.each([
    [
      "742/STTTT-TTBCXB",
      { number: "742", year: null, typeAbbr: null, issuer: "STTTT", unit: "TTBCXB", isParty: false },
    ],
    ["1519/QĐ-UBND", { number: "1519", year: null, typeAbbr: "QĐ", issuer: "UBND", unit: null, isParty: false }],
    ["47/2020/NĐ-CP", { number: "47", year: 2020, typeAbbr: "NĐ", issuer: "CP", unit: null, isParty: false }],
    ["185/2019/TT-BQP", { number: "185", year: 2019, typeAbbr: "TT", issuer: "BQP", unit: null, isParty: false }],
    ["34-CT/TW", { number: "34", year: null, typeAbbr: "CT", issuer: "TW", unit: null, isParty: true }],
    ["09-CTr/TU", { number: "09", year: null, typeAbbr: "CTr", issuer: "TU", unit: null, isParty: true }],
    ["45/QĐ-TTg", { number: "45", year: null, typeAbbr: "QĐ", issuer: "TTg", unit: null, isParty: false }],
    ["1671/STTTT-TTra", { number: "1671", year: null, typeAbbr: null, issuer: "STTTT", unit: "TTra", isParty: false }],
    ["783/BQLVTCI", { number: "783", year: null, typeAbbr: null, issuer: "BQLVTCI", unit: null, isParty: false }],
    ["12/TT.MLMB-KT", { number: "12", year: null, typeAbbr: null, issuer: "TT.MLMB", unit: "KT", isParty: false }],
    ["2011/KH-BCĐ", { number: "2011", year: null, typeAbbr: "KH", issuer: "BCĐ", unit: null, isParty: false }],
    ["52", { number: "52", year: null, typeAbbr: null, issuer: null, unit: null, isParty: false }],
  ])("%s", (raw, expected) => {
    expect(parseDocumentCode(raw)).toEqual({ code: raw, ...expected });
  });

  it("removes stray spaces and trailing punctuation", () => {
    expect(normalizeDocumentCode("185/2019/TT- BQP")).toBe("185/2019/TT-BQP");
    expect(normalizeDocumentCode("1519/QĐ-UBND,")).toBe("1519/QĐ-UBND");
    expect(parseDocumentCode("185/2019/TT- BQP")?.issuer).toBe("BQP");
  });

  it.each(["", "abc", "2020-2025", "/BC-STTTT", "12//QĐ", "12/"])("%j is not a code", (raw) => {
    expect(parseDocumentCode(raw)).toBeNull();
  });
});

describe("document types", () => {
  it.each([
    ["Quyết định", "QĐ"],
    ["Kế hoạch", "KH"],
    ["Chương trình", "CTr"],
    ["Tờ trình", "TTr"],
    ["Báo cáo", "BC"],
    ["Nghị định", "NĐ"],
    ["quyết định", "QĐ"],
  ])("%s ↔ %s", (type, abbr) => {
    expect(abbreviationOfType(type)).toBe(abbr);
    expect(typeOfAbbreviation(abbr)?.toLowerCase()).toBe(type.toLowerCase());
  });
  it("a Công văn has no abbreviation", () => expect(abbreviationOfType("Công văn")).toBeNull());
});

describe("typeMatchesCode", () => {
  it.each([
    ["Nghị quyết", "17/NĐ-CP", false],
    ["Nghị định", "17/NĐ-CP", true],
    ["Quyết định", "1519/QĐ-UBND", true],
    ["Quyết định", "1667/KH-UBND", false],
    ["Kế hoạch", "1667/KH-UBND", true],
    ["Công văn", "742/STTTT-TTBCXB", true],
    ["Công văn", "1519/QĐ-UBND", false],
    ["Văn bản", "1519/QĐ-UBND", true],
    ["Chỉ thị", "34-CT/TW", true],
    ["Nghị quyết", "34-CT/TW", false],
    ["Chỉ thị", "52", true],
    ["Quyết định", "12/QD-UBND", true],
  ])("%s %s → %s", (type, code, ok) => {
    expect(typeMatchesCode(type, parseDocumentCode(code)!)).toBe(ok);
  });
});

describe("expectedIssuerOf", () => {
  it.each([
    ["47/2020/NĐ-CP", "Chính phủ"],
    ["45/QĐ-TTg", "Thủ tướng Chính phủ"],
    ["1519/QĐ-UBND", null],
  ])("%s → %s", (code, issuer) => expect(expectedIssuerOf(parseDocumentCode(code)!)).toBe(issuer));
});
