import { describe, expect, it } from "vitest";
import { isUserError } from "./errors.js";
import { evaluateFormula, formulaDependencies, parseFormula } from "./formula.js";

// Figures in the style of a monthly report: 29.097 documents out, 16.681 digitally signed.
const VALUES = { DOC_OUT: 29097, DOC_SIGNED: 16681, DOC_IN: 41250, ZERO: 0, MISSING: null };

describe("evaluateFormula", () => {
  it.each([
    ["DOC_SIGNED / DOC_OUT * 100", (16681 / 29097) * 100],
    ["DOC_SIGNED/DOC_OUT*100", (16681 / 29097) * 100],
    ["100 * DOC_SIGNED / DOC_OUT", (100 * 16681) / 29097],
    ["DOC_OUT + DOC_IN", 70347],
    ["DOC_OUT - DOC_SIGNED", 12416],
    ["DOC_OUT - DOC_SIGNED - 16", 12400],
    ["(DOC_OUT - DOC_SIGNED) / DOC_OUT * 100", ((29097 - 16681) / 29097) * 100],
    ["2 + 3 * 4", 14],
    ["(2 + 3) * 4", 20],
    ["12 / 4 / 3", 1],
    ["2 - 3 - 4", -5],
    ["-DOC_OUT + DOC_IN", 12153],
    ["-(2 + 3)", -5],
    ["--4", 4],
    ["+4", 4],
    ["1.5 * 2", 3],
    [".5 * 4", 2],
    ["((((7))))", 7],
    ["  DOC_IN  ", 41250],
  ])("%s = %d", (formula, expected) => {
    expect(evaluateFormula(formula, VALUES)).toBeCloseTo(expected, 10);
  });

  it("gives 57.33% for the signed share, as the report writes it", () => {
    expect(Number(evaluateFormula("DOC_SIGNED / DOC_OUT * 100", VALUES)!.toFixed(2))).toBe(57.33);
  });

  it.each([
    ["DOC_SIGNED / ZERO * 100", "division by zero"],
    ["DOC_SIGNED / (DOC_OUT - DOC_OUT)", "a zero denominator computed"],
    ["MISSING + 1", "a null value"],
    ["UNKNOWN_CODE * 2", "a code without a value"],
    ["1 / 0", "literal zero"],
  ])("%s → null (%s)", (formula) => {
    expect(evaluateFormula(formula, VALUES)).toBeNull();
  });

  it("takes values from a Map, a record or a function, and ignores non-finite numbers", () => {
    expect(
      evaluateFormula(
        "A + B",
        new Map([
          ["A", 1],
          ["B", 2],
        ]),
      ),
    ).toBe(3);
    expect(evaluateFormula("A + B", (code) => (code === "A" ? 10 : 5))).toBe(15);
    expect(evaluateFormula("A + 1", { A: Number.NaN })).toBeNull();
    expect(evaluateFormula(parseFormula("A * 2"), { A: 4 })).toBe(8);
  });
});

describe("formulaDependencies", () => {
  it.each([
    ["DOC_SIGNED / DOC_OUT * 100", ["DOC_SIGNED", "DOC_OUT"]],
    ["A + A * B - (C / A)", ["A", "B", "C"]],
    ["42", []],
    ["TTHC_ONLINE_L4 / TTHC_TOTAL * 100", ["TTHC_ONLINE_L4", "TTHC_TOTAL"]],
    ["3G_SUBS + 4G_SUBS", ["3G_SUBS", "4G_SUBS"]],
  ])("%s → %o", (formula, codes) => {
    expect(formulaDependencies(formula)).toEqual(codes);
  });
});

describe("parseFormula errors carry the position", () => {
  it.each([
    ["", 1, "công thức rỗng"],
    ["   ", 1, "công thức rỗng"],
    ["DOC_SIGNED / ", 14, "thiếu số hoặc mã chỉ tiêu"],
    ["DOC_SIGNED / DOC_OUT * 100)", 27, 'không mong đợi ")"'],
    ["(DOC_SIGNED / DOC_OUT * 100", 28, 'thiếu dấu đóng ngoặc ")" cho dấu mở ngoặc ở vị trí 1'],
    ["doc_signed / DOC_OUT", 1, "chữ in hoa"],
    ["DOC_SIGNED / DOC_OUT * 57,33", 26, "dấu phẩy"],
    ["DOC_SIGNED % DOC_OUT", 12, 'ký tự "%" không được phép'],
    ["DOC_SIGNED DOC_OUT", 12, 'không mong đợi "DOC_OUT"'],
    ["1.2.3 + A", 1, '"1.2.3" không phải số hay mã chỉ tiêu'],
    ["A * * B", 5, 'không mong đợi "*"'],
    ["()", 2, 'không mong đợi ")"'],
    ["eval(1)", 1, "chữ in hoa"],
    ["A / B; process.exit()", 6, 'ký tự ";"'],
  ])("%o → position %i (%s)", (formula, position, text) => {
    try {
      parseFormula(formula);
      expect.unreachable();
    } catch (error) {
      expect(isUserError(error)).toBe(true);
      if (!isUserError(error)) return;
      expect(error.code).toBe("formula_syntax");
      expect(error.details).toEqual({ position });
      expect(error.message).toContain(`sai ở vị trí ${position}`);
      expect(error.message).toContain(text);
      expect(error.location.field).toBe("formula");
    }
  });
});
