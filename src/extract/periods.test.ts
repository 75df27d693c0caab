import { describe, expect, it } from "vitest";
import { findPeriods, nextPeriodOf } from "./periods.js";

describe("findPeriods", () => {
  it.each([
    [
      "Công tác tháng 10/2020 và kế hoạch tháng 11/2020",
      [
        ["month", 2020, 10],
        ["month", 2020, 11],
      ],
    ],
    ["Hội nghị giao ban Quý III năm 2020", [["quarter", 2020, 3]]],
    [
      "Sơ kết 6 tháng đầu năm 2022, nhiệm vụ 6 tháng cuối năm 2022",
      [
        ["half", 2022, 1],
        ["half", 2022, 2],
      ],
    ],
    [
      "Tổng kết năm 2021 và phương hướng năm 2022",
      [
        ["year", 2021, null],
        ["year", 2022, null],
      ],
    ],
    ["Báo cáo 9 tháng năm 2023", [["ytd", 2023, 9]]],
    ["quý 4/2019", [["quarter", 2019, 4]]],
    ["tháng 3 năm 2023", [["month", 2023, 3]]],
  ])("%s", (text, expected) => {
    expect(findPeriods(text).map((m) => [m.period.kind, m.period.year, m.period.index])).toEqual(expected);
  });

  it("ignores the month of a date", () => {
    expect(findPeriods("Hà Nội, ngày 5 tháng 11 năm 2020").map((m) => m.period.kind)).toEqual(["year"]);
  });

  it.each([
    [
      { kind: "month", year: 2020, index: 12 },
      { kind: "month", year: 2021, index: 1 },
    ],
    [
      { kind: "quarter", year: 2020, index: 3 },
      { kind: "quarter", year: 2020, index: 4 },
    ],
    [
      { kind: "half", year: 2022, index: 1 },
      { kind: "half", year: 2022, index: 2 },
    ],
    [
      { kind: "year", year: 2021, index: null },
      { kind: "year", year: 2022, index: null },
    ],
  ] as const)("next of %o", (p, next) => {
    expect(nextPeriodOf({ ...p })).toEqual(next);
  });
});
