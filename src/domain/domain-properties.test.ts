import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateFormula, formulaDependencies } from "./formula.js";
import { addDays, dayOfWeek } from "./iso-date.js";
import {
  type CalendarPeriodKind,
  cutoffWindow,
  formatPeriodCode,
  nextPeriod,
  type Period,
  parsePeriodCode,
  periodContaining,
  previousPeriod,
} from "./period.js";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "./working-days.js";

const HOLIDAYS = new Set(["2024-02-08", "2024-02-09", "2024-02-12", "2024-09-02", "2025-01-01", "2025-04-30"]);
const dayIn2020s = fc.integer({ min: 0, max: 3652 }).map((offset) => addDays("2020-01-01", offset));
const period = fc
  .record({
    kind: fc.constantFrom<CalendarPeriodKind>("month", "quarter", "half", "nine_months", "year"),
    year: fc.integer({ min: 1990, max: 2040 }),
    index: fc.integer({ min: 1, max: 12 }),
  })
  .map(({ kind, year, index }): Period => {
    const max = { month: 12, quarter: 4, half: 2, nine_months: 1, year: 1 }[kind];
    return { kind, year, index: ((index - 1) % max) + 1 };
  });

describe("properties of periods and working days", () => {
  it("a period's code parses back to the period; next and previous are inverse", () => {
    fc.assert(
      fc.property(period, (p) => {
        expect(parsePeriodCode(formatPeriodCode(p))).toEqual(p);
        expect(previousPeriod(nextPeriod(p))).toEqual(p);
      }),
    );
  });

  it("consecutive Decree 09 windows touch without gap or overlap", () => {
    fc.assert(
      fc.property(
        period.filter((p) => p.kind !== "nine_months"),
        (p) => {
          expect(addDays(cutoffWindow(p).to, 1)).toBe(cutoffWindow(nextPeriod(p)).from);
          expect(periodContaining(cutoffWindow(p).to, p.kind)).toEqual(p);
        },
      ),
    );
  });

  it("addWorkingDays lands on a working day that workingDaysBetween counts back", () => {
    fc.assert(
      fc.property(dayIn2020s, fc.integer({ min: -30, max: 30 }), (date, count) => {
        const result = addWorkingDays(date, count, HOLIDAYS);
        if (count !== 0) expect(isWorkingDay(result, HOLIDAYS)).toBe(true);
        // Counting is "after the start, up to and including the end", so going back from a day off the start
        // itself is not counted; from a working day both directions are exact inverses.
        if (count >= 0 || isWorkingDay(date, HOLIDAYS)) {
          expect(workingDaysBetween(date, result, HOLIDAYS)).toBe(count);
        } else {
          expect(workingDaysBetween(date, result, HOLIDAYS)).toBe(count + 1);
        }
      }),
    );
  });

  it("a week always has five working days without holidays", () => {
    fc.assert(
      fc.property(dayIn2020s, (date) => {
        expect(workingDaysBetween(date, addDays(date, 7))).toBe(5);
        expect(dayOfWeek(addDays(date, 7))).toBe(dayOfWeek(date));
      }),
    );
  });
});

type Tree = { formula: string; value: number; codes: string[] };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.integer({ min: 0, max: 999 }).map((n) => ({ formula: String(n), value: n, codes: [] })),
    fc.constantFrom("A", "B_2", "DOC_OUT").map((code) => ({ formula: code, value: VALUES[code]!, codes: [code] })),
    fc.tuple(tie("node"), fc.constantFrom("+", "-", "*"), tie("node")).map(([left, operator, right]) => ({
      formula: `(${left.formula} ${operator} ${right.formula})`,
      value:
        operator === "+"
          ? left.value + right.value
          : operator === "-"
            ? left.value - right.value
            : left.value * right.value,
      codes: [...new Set([...left.codes, ...right.codes])],
    })),
  ),
})).node;

const VALUES: Record<string, number> = { A: 7, B_2: 13, DOC_OUT: 29097 };

describe("properties of formulas", () => {
  it("random parenthesised arithmetic evaluates as JavaScript does and names its codes", () => {
    fc.assert(
      fc.property(tree, ({ formula, value, codes }) => {
        expect(evaluateFormula(formula, VALUES)).toBe(value);
        expect([...formulaDependencies(formula)].sort()).toEqual([...codes].sort());
      }),
    );
  });
});
