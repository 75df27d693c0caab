import { describe, expect, it } from "vitest";
import { periodColumns } from "./period-code.js";

describe("periodColumns", () => {
  it.each([
    ["2020-10", { kind: "month", year: 2020, index: 10, code: "2020-10" }],
    ["2025-01", { kind: "month", year: 2025, index: 1, code: "2025-01" }],
    ["2025-1", { kind: "month", year: 2025, index: 1, code: "2025-01" }],
    ["2020-Q3", { kind: "quarter", year: 2020, index: 3, code: "2020-Q3" }],
    ["2020-q3", { kind: "quarter", year: 2020, index: 3, code: "2020-Q3" }],
    ["2022-H1", { kind: "half", year: 2022, index: 1, code: "2022-H1" }],
    ["2022-9M", { kind: "nine_months", year: 2022, index: null, code: "2022-9M" }],
    ["2021", { kind: "year", year: 2021, index: null, code: "2021" }],
    [" 2021 ", { kind: "year", year: 2021, index: null, code: "2021" }],
    ["2022-YTD10", { kind: "ytd", year: 2022, index: 10, code: "2022-YTD10" }],
    ["2025-CD-chuyen-doi-so", { kind: "other", year: 2025, index: null, code: "2025-CD-chuyen-doi-so" }],
  ])("%s", (code, columns) => {
    expect(periodColumns(code)).toEqual(columns);
  });

  it.each(["2020-13", "2020-Q5", "2020-H3", "tháng 10/2020", "20-10", ""])("refuses %j with INVALID_PERIOD", (code) => {
    expect(() => periodColumns(code)).toThrow(
      expect.objectContaining({ code: "INVALID_PERIOD", location: { field: "periodCode" } }),
    );
  });
});
