import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ExtractedReport } from "../domain/report.js";
import { extractText } from "./index.js";

const pieces = [
  "1",
  "12.345",
  "57,33%",
  "/",
  ".",
  ",",
  " ",
  "  ",
  "\n",
  "\n\n",
  "số ",
  "Số: ",
  "ngày ",
  "tháng ",
  "năm 2020",
  "Quyết định số ",
  "/QĐ-UBND",
  "-",
  "I. ",
  "1. ",
  "a) ",
  "**",
  "#",
  "*",
  "của ",
  "Bộ ",
  ":",
  ";",
  "(",
  ")",
  "KT. GIÁM ĐỐC",
  "Nơi nhận:",
  "xếp thứ ",
  "lần/ngày",
  "Ả",
  "đ",
];

function assertShape(r: ExtractedReport): void {
  expect(Array.isArray(r.headings)).toBe(true);
  expect(Array.isArray(r.references)).toBe(true);
  expect(Array.isArray(r.figures)).toBe(true);
  expect(Array.isArray(r.meta.recipients)).toBe(true);
  for (const f of r.figures) expect(Number.isFinite(f.value)).toBe(true);
  for (const h of r.headings) expect(h.level).toBeGreaterThanOrEqual(1);
  for (const x of [...r.headings, ...r.references, ...r.figures, ...r.tasks]) expect(x.line).toBeGreaterThanOrEqual(1);
}

describe("extraction never throws and stays linear", () => {
  it("accepts random text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => assertShape(extractText(s))),
      { numRuns: 300 },
    );
  });

  it("accepts report-like fragments in any order", () => {
    const fragment = fc.constantFrom(...pieces);
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 400 }), (parts) => assertShape(extractText(parts.join("")))),
      { numRuns: 300 },
    );
  });

  it.each([
    ["digits", "1234567890".repeat(5000)],
    ["dots", ".".repeat(50000)],
    ["slashes", "1/".repeat(25000)],
    ["spaces", `${" ".repeat(50000)}x`],
    ["số repeated", "số ".repeat(20000)],
    ["Số repeated", "Số ".repeat(20000)],
    ["capitals then one letter", `${"Ả ".repeat(20000)}a`],
    ["grouped number", `${"1.000".repeat(10000)}`],
    ["citation prefix", "Quyết định số 1/".repeat(5000)],
    ["long line", `Tổng số ${"12.345 văn bản, ".repeat(4000)}`],
    ["dashes", "- ".repeat(25000)],
  ])("adversarial %s: never throws; time ratio for 4× input is logged", (name, unit) => {
    const time = (text: string): number => {
      let best = Number.POSITIVE_INFINITY;
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        assertShape(extractText(text));
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    const small = unit.slice(0, unit.length / 4);
    time(small);
    const ratio = time(unit) / Math.max(time(small), 1);
    // Measured, not asserted: a quadratic engine would show a ratio near 16 here.
    console.info(`extract: ${name}: ${ratio.toFixed(1)}× the time for 4× the input`);
  });
});
