import { describe, expect, it } from "vitest";
import { periodColumns } from "./period-code.js";

describe("periodColumns", () => {
  it.each([
    ["2020-10", { kind: "month", year: 2020, index: 10 }],
    ["2025-01", { kind: "month", year: 2025, index: 1 }],
    ["2020-Q3", { kind: "quarter", year: 2020, index: 3 }],
    ["2022-H1", { kind: "half", year: 2022, index: 1 }],
    ["2022-9M", { kind: "nine_months", year: 2022, index: null }],
    ["2021", { kind: "year", year: 2021, index: null }],
    ["2022-YTD10", { kind: "ytd", year: 2022, index: 10 }],
    ["2025-CD-chuyen-doi-so", { kind: "other", year: 2025, index: null }],
  ])("%s", (code, columns) => {
    expect(periodColumns(code)).toEqual(columns);
  });

  it.each(["2020-13", "2020-Q5", "tháng 10/2020", "20-10", ""])("refuses %j with INVALID_PERIOD", (code) => {
    expect(() => periodColumns(code)).toThrow(
      expect.objectContaining({ code: "INVALID_PERIOD", location: { field: "periodCode" } }),
    );
  });
});
