import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkReport, emptyExtractedReport } from "./check-report.js";

const PIECES = [
  "Công văn số ",
  "12/QĐ-UBND",
  "/",
  "-",
  " - ",
  "(",
  ")",
  ", trong đó ",
  " và ",
  "1.234",
  "57,33%",
  " (tỷ lệ ",
  "tháng 10/2020",
  "Quý II",
  "ngày 31/6/2020",
  "1. ",
  "a) ",
  "II. ",
  "của của ",
  "tuyền truyền ",
  "; ",
  ". ",
  "\n",
  "\n\n",
  " ",
  "**",
  "#",
  "hồ sơ",
  "lũy kế đến hết tháng 9",
];

describe("checkReport on arbitrary input", () => {
  it("never throws, and every finding points at an existing line with a quote", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), (pieces) => {
        const lines = pieces.join("").split("\n");
        const findings = checkReport({ lines, report: emptyExtractedReport() });
        for (const f of findings) {
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.line).toBeLessThanOrEqual(lines.length);
          expect(f.quote.length).toBeGreaterThan(0);
          expect(f.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["digits", "1".repeat(20_000)],
    ["open parentheses", `${"(".repeat(5_000)}12 hồ sơ`],
    ["percentages", "12 hồ sơ (tỷ lệ 5%) ".repeat(3_000)],
    ["parts", `120 hồ sơ, trong đó ${"1 hồ sơ, ".repeat(5_000)}`],
    ["codes with spaces", "12/ AB- CD- ".repeat(3_000)],
  ])("finishes on a pathological line of %s", (_, line) => {
    expect(Array.isArray(checkReport({ lines: [line], report: emptyExtractedReport() }))).toBe(true);
  });
});
