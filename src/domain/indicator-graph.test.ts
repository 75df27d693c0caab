import { describe, expect, it } from "vitest";
import { isUserError } from "./errors.js";
import { checkIndicatorParts, dependenciesOf, findCycle } from "./indicator-graph.js";

const catalogue = [
  { code: "DOC_OUT" },
  { code: "DOC_SIGNED" },
  { code: "DOC_SIGNED_RATE", formula: "DOC_SIGNED / DOC_OUT * 100" },
  { code: "DOC_RATIO", numeratorCode: "DOC_SIGNED", denominatorCode: "DOC_OUT" },
];

function fieldOf(run: () => void): { field: string | undefined; message: string } {
  try {
    run();
  } catch (error) {
    if (isUserError(error)) return { field: error.location.field, message: error.message };
    throw error;
  }
  throw new Error("no error");
}

describe("indicator graph", () => {
  it("lists formula codes and parts once", () => {
    expect(dependenciesOf({ code: "X", formula: "A + B * A", numeratorCode: "B", denominatorCode: "C" })).toEqual([
      "A",
      "B",
      "C",
    ]);
  });

  it("finds a cycle through several indicators and none in a chain", () => {
    const graph = new Map([
      ["A", ["B"]],
      ["B", ["C"]],
      ["C", ["A"]],
      ["D", ["A"]],
    ]);
    expect(findCycle("A", graph)).toEqual(["A", "B", "C", "A"]);
    expect(findCycle("D", graph)).toBeNull();
  });

  it("accepts a formula over existing indicators", () => {
    expect(() => checkIndicatorParts({ code: "NEW", formula: "DOC_OUT - DOC_SIGNED" }, catalogue)).not.toThrow();
  });

  it.each([
    [{ code: "NEW", formula: "DOC_OUT +" }, "formula", "Công thức không hợp lệ"],
    [{ code: "NEW", formula: "DOC_OUT / DOC_MISSING" }, "formula", '"DOC_MISSING" không có trong danh mục'],
    [{ code: "NEW", numeratorCode: "NEW", denominatorCode: "DOC_OUT" }, "numeratorCode", "chính nó"],
    [{ code: "NEW", numeratorCode: "DOC_OUT", denominatorCode: "NOPE" }, "denominatorCode", '"NOPE"'],
    // Editing DOC_OUT to use the rate that is computed from it closes a loop.
    [{ code: "DOC_OUT", formula: "DOC_SIGNED_RATE * 2" }, "formula", "DOC_OUT → DOC_SIGNED_RATE → DOC_OUT"],
  ])("refuses %j on %s", (indicator, field, message) => {
    const error = fieldOf(() => checkIndicatorParts(indicator, catalogue));
    expect(error.field).toBe(field);
    expect(error.message).toContain(message);
  });
});
