import { describe, expect, it } from "vitest";
import { formatVnNumber, formatVnPercent, parseVnNumber, parseVnPercent, writtenDecimals } from "./vn-number.js";

describe("parseVnNumber", () => {
  it.each([
    ["64.096", 64096],
    ["29.097", 29097],
    ["1.234.567", 1234567],
    ["57,33", 57.33],
    ["1.234,5", 1234.5],
    ["403.758", 403758],
    ["0,5", 0.5],
    ["01", 1],
    ["40", 40],
    ["10.000", 10000],
    ["2.5", 2.5],
    ["1,234,567", 1234567],
    ["1,234.5", 1234.5],
    ["-12", -12],
    [" 222 ", 222],
    ["100", 100],
  ])("%s → %d", (raw, expected) => {
    expect(parseVnNumber(raw)).toBe(expected);
  });

  it.each(["", "abc", "12.", ",5", "1..2", "1,2,3", "12a", "1.23.4", "1.234,5,6", "%"])("%j is not a number", (raw) => {
    expect(parseVnNumber(raw)).toBeNull();
  });
});

describe("parseVnPercent", () => {
  it.each([
    ["57,33%", 57.33],
    ["57,33 %", 57.33],
    ["100%", 100],
    ["7%", 7],
  ])("%s → %d", (raw, expected) => expect(parseVnPercent(raw)).toBe(expected));
  it.each(["57,33", "%", "abc%"])("%j is not a percentage", (raw) => expect(parseVnPercent(raw)).toBeNull());
});

describe("formatVnNumber", () => {
  it.each([
    [64096, {}, "64.096"],
    [57.33, {}, "57,33"],
    [1234.5, {}, "1.234,5"],
    [1234567, {}, "1.234.567"],
    [0, {}, "0"],
    [-1500, {}, "-1.500"],
    [57.3333, { decimals: 2 }, "57,33"],
    [5, { padTwo: true }, "05"],
    [12, { padTwo: true }, "12"],
    [100, { decimals: 1 }, "100,0"],
    [120, { maxDecimals: 0 }, "120"],
    [120, {}, "120"],
    [1000, {}, "1.000"],
    [2.5, { maxDecimals: 0 }, "3"],
    [10.5, {}, "10,5"],
  ] as const)("%d %j → %s", (value, options, expected) => {
    expect(formatVnNumber(value, options)).toBe(expected);
  });

  it("round-trips through parse for integers and decimals", () => {
    for (const v of [0, 7, 999, 1000, 64096, 1234567, 57.33, 0.25, 1234.5]) {
      expect(parseVnNumber(formatVnNumber(v))).toBe(v);
    }
  });

  it("formats percentages", () => expect(formatVnPercent(57.33)).toBe("57,33%"));
});

describe("writtenDecimals", () => {
  it.each([
    ["57,33", 2],
    ["64.096", 0],
    ["7", 0],
    ["2.5", 1],
    ["1.234,567", 3],
  ])("%s has %d decimals", (raw, n) => expect(writtenDecimals(raw)).toBe(n));
});
