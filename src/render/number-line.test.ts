import { describe, expect, it } from "vitest";
import { documentSymbol, formatNumberLine } from "./number-line.js";

describe("formatNumberLine", () => {
  it.each([
    ["12/BC-STTTT", "BC-STTTT", "Số: 12/BC-STTTT"],
    ["5/BC-STTTT", "BC-STTTT", "Số: 05/BC-STTTT"],
    ["05/BC-STTTT", "BC-STTTT", "Số: 05/BC-STTTT"],
    ["245/BC-STTTT", "BC-STTTT", "Số: 245/BC-STTTT"],
    ["12 / BC-STTTT", "BC-STTTT", "Số: 12/BC-STTTT"],
    ["/BC-STTTT", "BC-STTTT", "Số:      /BC-STTTT"],
    [null, "BC-STTTT", "Số:      /BC-STTTT"],
    ["7", "KH-SKHCN", "Số: 07/KH-SKHCN"],
    ["", "BC-SKHCN", "Số:      /BC-SKHCN"],
  ])("%j with symbol %s → %j", (number, symbol, expected) => {
    expect(formatNumberLine(number, symbol)).toBe(expected);
  });

  it("joins the type and the agency's symbol with a hyphen", () => {
    expect(documentSymbol("BC", "STTTT")).toBe("BC-STTTT");
    expect(documentSymbol(" KH ", "SKHCN")).toBe("KH-SKHCN");
  });
});
