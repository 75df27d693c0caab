import { describe, expect, it } from "vitest";
import { createRng } from "./prng.js";
import { formatCitationDate, formatVnCount, formatVnNumber, romanQuarter } from "./vn-format.js";

describe("Vietnamese notation of the demo text", () => {
  it.each([
    [29097, "29.097"],
    [1822712, "1.822.712"],
    [57.33, "57,33"],
    [40.04, "40,04"],
    [7.9, "7,9"],
    [17.5, "17,5"],
    [100, "100"],
    [0, "0"],
    [-1234.5, "-1.234,5"],
  ])("%d → %s", (value, text) => {
    expect(formatVnNumber(value)).toBe(text);
  });

  it.each([
    [3, "03"],
    [0, "0"],
    [10, "10"],
    [2145, "2.145"],
  ])("count %d → %s", (value, text) => {
    expect(formatVnCount(value)).toBe(text);
  });

  it("writes citation dates and quarters as reports do", () => {
    expect(formatCitationDate("2025-07-27")).toBe("27/7/2025");
    expect(formatCitationDate("2020-08-05")).toBe("5/8/2020");
    expect(romanQuarter(3)).toBe("III");
  });
});

describe("createRng", () => {
  it("repeats its sequence for the same seed parts and differs for others", () => {
    const draw = (...parts: string[]) => {
      const rng = createRng(...parts);
      return Array.from({ length: 5 }, () => rng.next());
    };
    expect(draw("a", "SO-04")).toEqual(draw("a", "SO-04"));
    expect(draw("a", "SO-04")).not.toEqual(draw("a", "SO-84"));
    for (const value of draw("b")) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it("keeps int within its bounds and reaches both ends", () => {
    const rng = createRng("bounds");
    const seen = new Set(Array.from({ length: 400 }, () => rng.int(2, 5)));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });
});
