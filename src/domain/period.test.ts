import { describe, expect, it } from "vitest";
import { isUserError } from "./errors.js";
import { addDays } from "./iso-date.js";
import {
  type CalendarPeriodKind,
  comparePeriods,
  cutoffWindow,
  DECREE_09_CUTOFF,
  daysUntil,
  deadline,
  deadlinesByLevel,
  formatPeriodCode,
  nextPeriod,
  type Period,
  parsePeriodCode,
  periodContaining,
  periodDateRange,
  periodFromRef,
  periodLabel,
  periodMonths,
  periodsInYear,
  previousPeriod,
  validateCutoffRule,
  validateDeadlineRule,
  validateDeadlineRules,
  validatePeriod,
} from "./period.js";
import type { CutoffRule, DeadlineRule } from "./regime.js";

const month = (year: number, index: number): Period => ({ kind: "month", year, index });
const quarter = (year: number, index: number): Period => ({ kind: "quarter", year, index });
const half = (year: number, index: number): Period => ({ kind: "half", year, index });
const nine = (year: number): Period => ({ kind: "nine_months", year, index: 1 });
const year = (y: number): Period => ({ kind: "year", year: y, index: 1 });

describe("parsePeriodCode / formatPeriodCode", () => {
  it.each([
    ["2020-10", month(2020, 10), "2020-10"],
    ["2020-01", month(2020, 1), "2020-01"],
    ["2020-1", month(2020, 1), "2020-01"],
    ["2020-Q3", quarter(2020, 3), "2020-Q3"],
    ["2020-q4", quarter(2020, 4), "2020-Q4"],
    ["2022-H1", half(2022, 1), "2022-H1"],
    ["2022-H2", half(2022, 2), "2022-H2"],
    ["2022-9M", nine(2022), "2022-9M"],
    ["2022-9m", nine(2022), "2022-9M"],
    ["2021", year(2021), "2021"],
    [" 2025-11 ", month(2025, 11), "2025-11"],
  ])("%s → %o → %s", (code, period, canonical) => {
    expect(parsePeriodCode(code)).toEqual(period);
    expect(formatPeriodCode(period)).toBe(canonical);
  });

  it("formats a year without index", () => {
    expect(formatPeriodCode({ kind: "year", year: 2021 })).toBe("2021");
    expect(formatPeriodCode({ kind: "nine_months", year: 2022 })).toBe("2022-9M");
  });

  it.each([
    ["2020-13", "tháng phải từ 01 đến 12"],
    ["2020-00", "tháng phải từ 01 đến 12"],
    ["2020-Q5", "quý phải từ Q1 đến Q4"],
    ["2020-Q0", "quý phải từ Q1 đến Q4"],
    ["2022-H3", "H1 (6 tháng đầu) hoặc H2"],
    ["2022-6M", "cần dạng 2020-10"],
    ["20-10", "cần dạng 2020-10"],
    ["tháng 10/2020", "cần dạng 2020-10"],
    ["", "cần dạng 2020-10"],
    ["2020-10-01", "cần dạng 2020-10"],
  ])("refuses %s with a Vietnamese reason", (code, reason) => {
    try {
      parsePeriodCode(code, "meta.period");
      expect.unreachable();
    } catch (error) {
      expect(isUserError(error)).toBe(true);
      if (!isUserError(error)) return;
      expect(error.code).toBe("invalid_period");
      expect(error.message).toContain(`"${code}"`);
      expect(error.message).toContain(reason);
      expect(error.location.field).toBe("meta.period");
    }
  });

  it.each([
    [{ kind: "month", year: 2020, index: 13 }, "phải từ 1 đến 12"],
    [{ kind: "month", year: 2020 }, "phải từ 1 đến 12"],
    [{ kind: "quarter", year: 2020, index: 0 }, "phải từ 1 đến 4"],
    [{ kind: "half", year: 2020, index: 1.5 }, "phải từ 1 đến 2"],
    [{ kind: "year", year: 2020, index: 2 }, "phải từ 1 đến 1"],
    [{ kind: "month", year: 99, index: 1 }, "Năm của kỳ báo cáo"],
  ] as [Period, string][])("validatePeriod refuses %o", (period, reason) => {
    expect(() => validatePeriod(period)).toThrow(reason);
  });

  it("converts the extraction contract's PeriodRef", () => {
    expect(periodFromRef({ kind: "quarter", year: 2020, index: 3 })).toEqual(quarter(2020, 3));
    expect(periodFromRef({ kind: "year", year: 2021, index: null })).toEqual(year(2021));
    expect(periodFromRef({ kind: "ytd", year: 2021, index: 10 })).toBeNull();
    expect(periodFromRef({ kind: "month", year: 2021, index: 14 })).toBeNull();
  });
});

describe("previousPeriod / nextPeriod", () => {
  it.each([
    ["2020-10", "2020-09", "2020-11"],
    ["2021-01", "2020-12", "2021-02"],
    ["2020-12", "2020-11", "2021-01"],
    ["2021-Q1", "2020-Q4", "2021-Q2"],
    ["2020-Q4", "2020-Q3", "2021-Q1"],
    ["2022-H1", "2021-H2", "2022-H2"],
    ["2022-H2", "2022-H1", "2023-H1"],
    ["2022-9M", "2021-9M", "2023-9M"],
    ["2021", "2020", "2022"],
  ])("%s: previous %s, next %s", (code, previous, next) => {
    const period = parsePeriodCode(code);
    expect(formatPeriodCode(previousPeriod(period))).toBe(previous);
    expect(formatPeriodCode(nextPeriod(period))).toBe(next);
    expect(nextPeriod(previousPeriod(period))).toEqual(period);
  });
});

describe("periodMonths / periodsInYear / comparePeriods", () => {
  it.each([
    ["2020-10", 10, 10],
    ["2020-Q1", 1, 3],
    ["2020-Q3", 7, 9],
    ["2020-Q4", 10, 12],
    ["2022-H1", 1, 6],
    ["2022-H2", 7, 12],
    ["2022-9M", 1, 9],
    ["2021", 1, 12],
  ])("%s spans months %i–%i", (code, first, last) => {
    const period = parsePeriodCode(code);
    expect(periodMonths(period)).toEqual({
      first: { year: period.year, month: first },
      last: { year: period.year, month: last },
    });
  });

  it.each([
    ["month", 12],
    ["quarter", 4],
    ["half", 2],
    ["nine_months", 1],
    ["year", 1],
  ] as [CalendarPeriodKind, number][])("%s: %i periods a year", (kind, count) => {
    const periods = periodsInYear(kind, 2024);
    expect(periods).toHaveLength(count);
    expect(periods[0]?.index).toBe(1);
    expect(periods.at(-1)?.index).toBe(count);
  });

  it("orders by last month, the shorter period first", () => {
    const codes = ["2021", "2020-Q4", "2020-12", "2020-11", "2020-9M", "2020-09", "2020-H2", "2020-Q3", "2021-01"];
    const sorted = codes
      .map((code) => parsePeriodCode(code))
      .sort(comparePeriods)
      .map(formatPeriodCode);
    expect(sorted).toEqual([
      "2020-09",
      "2020-Q3",
      "2020-9M",
      "2020-11",
      "2020-12",
      "2020-Q4",
      "2020-H2",
      "2021-01",
      "2021",
    ]);
  });
});

describe("periodDateRange", () => {
  it.each([
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2025-02", "2025-02-01", "2025-02-28"],
    ["2024-Q1", "2024-01-01", "2024-03-31"],
    ["2025-Q2", "2025-04-01", "2025-06-30"],
    ["2025-H2", "2025-07-01", "2025-12-31"],
    ["2025-9M", "2025-01-01", "2025-09-30"],
    ["2028", "2028-01-01", "2028-12-31"],
  ])("%s → %s..%s", (code, from, to) => {
    expect(periodDateRange(parsePeriodCode(code))).toEqual({ from, to });
  });
});

describe("periodLabel", () => {
  it.each([
    ["2020-10", "tháng 10/2020", "October 2020"],
    ["2021-03", "tháng 3/2021", "March 2021"],
    ["2020-Q1", "quý I năm 2020", "Q1 2020"],
    ["2020-Q2", "quý II năm 2020", "Q2 2020"],
    ["2020-Q3", "quý III năm 2020", "Q3 2020"],
    ["2020-Q4", "quý IV năm 2020", "Q4 2020"],
    ["2022-H1", "6 tháng đầu năm 2022", "first half of 2022"],
    ["2022-H2", "6 tháng cuối năm 2022", "second half of 2022"],
    ["2022-9M", "9 tháng năm 2022", "first nine months of 2022"],
    ["2021", "năm 2021", "year 2021"],
  ])("%s → %s / %s", (code, vi, en) => {
    const period = parsePeriodCode(code);
    expect(periodLabel(period)).toBe(vi);
    expect(periodLabel(period, "en")).toBe(en);
  });
});

describe("cutoffWindow", () => {
  it.each([
    // Decree 09/2019/NĐ-CP Art. 12 default
    ["2020-10", "2020-09-15", "2020-10-14"],
    ["2021-01", "2020-12-15", "2021-01-14"],
    ["2024-03", "2024-02-15", "2024-03-14"],
    ["2021-Q1", "2020-12-15", "2021-03-14"],
    ["2021-Q2", "2021-03-15", "2021-06-14"],
    ["2021-Q4", "2021-09-15", "2021-12-14"],
    ["2022-H1", "2021-12-15", "2022-06-14"],
    ["2022-H2", "2022-06-15", "2022-12-14"],
    ["2022-9M", "2021-12-15", "2022-09-14"],
    ["2021", "2020-12-15", "2021-12-14"],
  ])("Decree 09: %s → %s..%s", (code, from, to) => {
    expect(cutoffWindow(parsePeriodCode(code), DECREE_09_CUTOFF)).toEqual({ from, to });
    expect(cutoffWindow(parsePeriodCode(code))).toEqual({ from, to });
  });

  const calendar: CutoffRule = { startDay: 1, endDay: 31, startInPreviousMonth: false };
  const endOfMonth: CutoffRule = { startDay: 31, endDay: 30, startInPreviousMonth: true };
  it.each([
    ["calendar", calendar, "2024-02", "2024-02-01", "2024-02-29"],
    ["calendar", calendar, "2025-02", "2025-02-01", "2025-02-28"],
    ["calendar", calendar, "2028-02", "2028-02-01", "2028-02-29"],
    ["calendar", calendar, "2025-04", "2025-04-01", "2025-04-30"],
    ["calendar", calendar, "2025-Q2", "2025-04-01", "2025-06-30"],
    ["calendar", calendar, "2025", "2025-01-01", "2025-12-31"],
    ["31→30", endOfMonth, "2025-03", "2025-02-28", "2025-03-30"],
    ["31→30", endOfMonth, "2024-03", "2024-02-29", "2024-03-30"],
    ["31→30", endOfMonth, "2025-02", "2025-01-31", "2025-02-28"],
    ["31→30", endOfMonth, "2025-01", "2024-12-31", "2025-01-30"],
  ])("%s rule: %s → %s..%s", (_name, rule, code, from, to) => {
    expect(cutoffWindow(parsePeriodCode(code), rule)).toEqual({ from, to });
  });

  const shifted: CutoffRule = { startDay: 15, endDay: 14, startInPreviousMonth: true, monthShift: -1 };
  it.each([
    ["2020-Q3", "2020-05-15", "2020-08-14"],
    ["2021-Q1", "2020-11-15", "2021-02-14"],
    ["2022-H1", "2021-11-15", "2022-05-14"],
    ["2021", "2020-11-15", "2021-11-14"],
    ["2020-10", "2020-08-15", "2020-09-14"],
  ])("a window shifted one month earlier: %s → %s..%s", (code, from, to) => {
    expect(cutoffWindow(parsePeriodCode(code), shifted)).toEqual({ from, to });
  });

  it("finds the period of a date under a shifted rule", () => {
    expect(periodContaining("2020-08-20", "quarter", shifted)).toEqual({ kind: "quarter", year: 2020, index: 4 });
    expect(periodContaining("2020-08-14", "quarter", shifted)).toEqual({ kind: "quarter", year: 2020, index: 3 });
  });

  it.each([
    [{ startDay: 15, endDay: 14, startInPreviousMonth: true }, 0],
    [{ startDay: 1, endDay: 31, startInPreviousMonth: false }, 0],
    [{ startDay: 0, endDay: 14, startInPreviousMonth: true }, 1],
    [{ startDay: 15, endDay: 32, startInPreviousMonth: true }, 1],
    [{ startDay: 20, endDay: 5, startInPreviousMonth: false }, 1],
  ])("validateCutoffRule(%o) finds %i problem(s)", (rule, count) => {
    const problems = validateCutoffRule(rule);
    expect(problems).toHaveLength(count);
    for (const problem of problems) expect(problem).toMatch(/^Ngày chốt số liệu/);
  });
});

describe("periodContaining", () => {
  it.each([
    ["2020-09-15", "month", "2020-10"],
    ["2020-09-14", "month", "2020-09"],
    ["2020-10-14", "month", "2020-10"],
    ["2020-12-15", "month", "2021-01"],
    ["2020-12-14", "month", "2020-12"],
    ["2024-02-29", "month", "2024-03"],
    ["2020-12-15", "quarter", "2021-Q1"],
    ["2021-03-14", "quarter", "2021-Q1"],
    ["2021-03-15", "quarter", "2021-Q2"],
    ["2021-12-14", "quarter", "2021-Q4"],
    ["2021-12-20", "quarter", "2022-Q1"],
    ["2021-06-14", "half", "2021-H1"],
    ["2021-06-15", "half", "2021-H2"],
    ["2021-12-15", "half", "2022-H1"],
    ["2020-12-15", "nine_months", "2021-9M"],
    ["2021-09-14", "nine_months", "2021-9M"],
    ["2021-09-15", "nine_months", null],
    ["2021-10-01", "nine_months", null],
    ["2020-12-15", "year", "2021"],
    ["2020-12-14", "year", "2020"],
  ] as [string, CalendarPeriodKind, string | null][])("%s in a %s window → %s", (date, kind, expected) => {
    const found = periodContaining(date, kind, DECREE_09_CUTOFF);
    expect(found ? formatPeriodCode(found) : null).toBe(expected);
  });

  it("with calendar months, the period is the date's own month", () => {
    const calendar: CutoffRule = { startDay: 1, endDay: 31, startInPreviousMonth: false };
    expect(formatPeriodCode(periodContaining("2024-02-29", "month", calendar)!)).toBe("2024-02");
    expect(formatPeriodCode(periodContaining("2024-03-31", "quarter", calendar)!)).toBe("2024-Q1");
    expect(formatPeriodCode(periodContaining("2024-12-31", "year", calendar)!)).toBe("2024");
  });

  it.each([
    ["2023-12-01", "2025-01-31"],
    ["2027-12-01", "2028-03-31"],
  ])("every day from %s to %s falls in exactly one window of each kind", (first, last) => {
    for (let date = first; date <= last; date = addDays(date, 1)) {
      for (const kind of ["month", "quarter", "half", "year"] as const) {
        const period = periodContaining(date, kind);
        expect(period).not.toBeNull();
        const window = cutoffWindow(period!);
        expect(window.from <= date && date <= window.to).toBe(true);
        // the windows tile the calendar: the neighbouring windows do not contain the date
        expect(cutoffWindow(previousPeriod(period!)).to < date).toBe(true);
        expect(cutoffWindow(nextPeriod(period!)).from > date).toBe(true);
      }
    }
  });
});

// Circular 02/2023/TT-BTTTT as PRODUCT.md describes it: departments, then the ministry's units forward.
const CIRCULAR_02: DeadlineRule[] = [
  { level: "department", day: 15, monthOffset: 0, frequencies: ["month"] },
  { level: "department", day: 6, monthOffset: 0, frequencies: ["quarter"] },
  { level: "department", day: 6, fixedMonth: 6, frequencies: ["half"] },
  { level: "department", day: 25, fixedMonth: 11, frequencies: ["year"] },
  { level: "ministry_unit", day: 16, monthOffset: 0, frequencies: ["month"] },
  { level: "ministry_unit", day: 8, monthOffset: 0, frequencies: ["quarter"] },
  { level: "ministry_unit", day: 8, fixedMonth: 6, frequencies: ["half"] },
  { level: "ministry_unit", day: 27, fixedMonth: 11, frequencies: ["year"] },
];
const moving = CIRCULAR_02.map((rule) => ({ ...rule, moveToNextWorkingDay: true }));
const HOLIDAYS = new Set(["2025-09-01", "2025-09-02", "2025-04-30", "2025-05-01", "2025-05-02"]);

describe("deadline / deadlinesByLevel (Circular 02/2023/TT-BTTTT)", () => {
  it.each([
    // code, department, ministry unit, department moved, ministry unit moved
    ["2020-10", "2020-10-15", "2020-10-16", "2020-10-15", "2020-10-16"],
    ["2020-11", "2020-11-15", "2020-11-16", "2020-11-16", "2020-11-16"],
    ["2020-08", "2020-08-15", "2020-08-16", "2020-08-17", "2020-08-17"],
    ["2021-Q1", "2021-03-06", "2021-03-08", "2021-03-08", "2021-03-08"],
    ["2022-H1", "2022-06-06", "2022-06-08", "2022-06-06", "2022-06-08"],
    ["2022", "2022-11-25", "2022-11-27", "2022-11-25", "2022-11-28"],
  ])("%s: department %s, ministry unit %s (moved: %s, %s)", (code, dept, unit, deptMoved, unitMoved) => {
    const period = parsePeriodCode(code);
    expect(deadlinesByLevel(period, CIRCULAR_02).map(({ level, date }) => [level, date])).toEqual([
      ["department", dept],
      ["ministry_unit", unit],
    ]);
    expect(deadlinesByLevel(period, moving).map(({ date }) => date)).toEqual([deptMoved, unitMoved]);
  });

  it("moves over holidays given as data", () => {
    const rule: DeadlineRule = { level: "department", day: 30, monthOffset: 0, moveToNextWorkingDay: true };
    expect(deadline(parsePeriodCode("2025-04"), rule, HOLIDAYS)).toBe("2025-05-05");
    expect(deadline(parsePeriodCode("2025-04"), rule)).toBe("2025-04-30");
    const national: DeadlineRule = { level: "department", day: 1, monthOffset: 1, moveToNextWorkingDay: true };
    expect(deadline(parsePeriodCode("2025-08"), national, HOLIDAYS)).toBe("2025-09-03");
  });

  it.each([
    ["2025-12", { day: 5, monthOffset: 1 }, "2026-01-05"],
    ["2025-Q4", { day: 10, monthOffset: 1 }, "2026-01-10"],
    ["2024-01", { day: 31, monthOffset: 1 }, "2024-02-29"],
    ["2025-01", { day: 31, monthOffset: 1 }, "2025-02-28"],
    ["2025-04", { day: 31, monthOffset: 0 }, "2025-04-30"],
    ["2025", { day: 15, monthOffset: 1 }, "2026-01-15"],
    ["2025-9M", { day: 20, monthOffset: 0 }, "2025-09-20"],
    ["2025-H2", { day: 20, monthOffset: 0 }, "2025-12-20"],
  ])("%s with %o → %s", (code, partial, expected) => {
    expect(deadline(parsePeriodCode(code), { level: "department", ...partial })).toBe(expected);
  });

  it("a rule for the period kind wins over the level's general rule; other kinds are skipped", () => {
    const rules: DeadlineRule[] = [
      { level: "department", day: 20 },
      { level: "department", day: 10, frequencies: ["quarter"] },
      { level: "people_committee", day: 25, frequencies: ["year"] },
    ];
    expect(deadlinesByLevel(parsePeriodCode("2025-Q2"), rules).map((d) => d.date)).toEqual(["2025-06-10"]);
    expect(deadlinesByLevel(parsePeriodCode("2025-05"), rules).map((d) => d.date)).toEqual(["2025-05-20"]);
    expect(deadlinesByLevel(parsePeriodCode("2025"), rules).map((d) => [d.level, d.date])).toEqual([
      ["department", "2025-12-20"],
      ["people_committee", "2025-12-25"],
    ]);
  });
});

describe("daysUntil", () => {
  it.each([
    ["2025-11-25", "2025-11-23", 2],
    ["2025-11-23", "2025-11-23", 0],
    ["2025-11-15", "2025-11-23", -8],
    ["2026-01-05", "2025-12-30", 6],
    ["2024-03-01", "2024-02-28", 2],
  ])("deadline %s seen on %s → %i", (date, today, expected) => {
    expect(daysUntil(date, today)).toBe(expected);
  });
});

describe("validateDeadlineRule (Decree 09: at least one working day after the cut-off)", () => {
  const [monthly, quarterly, halfYear, annual] = CIRCULAR_02 as [
    DeadlineRule,
    DeadlineRule,
    DeadlineRule,
    DeadlineRule,
  ];

  it.each([
    ["2020-10", monthly, DECREE_09_CUTOFF, null],
    ["2020-11", monthly, DECREE_09_CUTOFF, "không có ngày làm việc nào"],
    ["2020-11", { ...monthly, moveToNextWorkingDay: true }, DECREE_09_CUTOFF, null],
    ["2021-Q1", quarterly, DECREE_09_CUTOFF, "06/03/2021, không sau ngày chốt số liệu 14/03/2021"],
    ["2021-Q1", quarterly, { startDay: 5, endDay: 4, startInPreviousMonth: true }, null],
    ["2021-Q1", quarterly, { startDay: 6, endDay: 5, startInPreviousMonth: true }, "không có ngày làm việc nào"],
    ["2022-H1", halfYear, DECREE_09_CUTOFF, "06/06/2022, không sau ngày chốt số liệu 14/06/2022"],
    ["2022", annual, DECREE_09_CUTOFF, "25/11/2022, không sau ngày chốt số liệu 14/12/2022"],
    ["2022", { ...annual, fixedMonth: 12, day: 20 }, DECREE_09_CUTOFF, null],
    ["2022-H2", halfYear, DECREE_09_CUTOFF, "06/06/2022"],
    ["2020-10", { level: "department", day: 14 }, DECREE_09_CUTOFF, "14/10/2020, không sau ngày chốt số liệu"],
    ["2020-10", { level: "department", day: 32 }, DECREE_09_CUTOFF, "ngày 32 phải từ 1 đến 31"],
    ["2020-10", { level: "department", day: 5, fixedMonth: 13 }, DECREE_09_CUTOFF, "tháng 13 phải từ 1 đến 12"],
  ] as [string, DeadlineRule, CutoffRule, string | null][])("%s %o → %s", (code, rule, cutoff, problem) => {
    const result = validateDeadlineRule(parsePeriodCode(code), cutoff, rule);
    if (problem === null) expect(result).toBeNull();
    else {
      expect(result).toContain(problem);
      expect(result).toContain("Sở");
    }
  });

  it("a deadline after a holiday-only gap is refused", () => {
    // Cut-off ends Friday 29/8/2025; Monday 1/9 and Tuesday 2/9 are the National Day holiday.
    const rule: DeadlineRule = { level: "department", day: 2, monthOffset: 1 };
    const cutoff: CutoffRule = { startDay: 30, endDay: 29, startInPreviousMonth: true };
    const period = parsePeriodCode("2025-08");
    expect(validateDeadlineRule(period, cutoff, rule, HOLIDAYS)).toContain("không có ngày làm việc nào");
    expect(validateDeadlineRule(period, cutoff, rule)).toBeNull();
    expect(validateDeadlineRule(period, cutoff, { ...rule, day: 3 }, HOLIDAYS)).toBeNull();
  });

  it("lists every month of 2020 where the Circular's monthly deadlines leave no working day", () => {
    const problems = validateDeadlineRules("month", 2020, DECREE_09_CUTOFF, CIRCULAR_02);
    // The 15th falls on a weekend in February, March, August and November 2020; the 15th and 16th both in
    // February and August.
    expect(problems).toHaveLength(6);
    expect(problems.filter((p) => p.includes("của Sở "))).toHaveLength(4);
    expect(problems.filter((p) => p.includes("đơn vị thuộc Bộ"))).toHaveLength(2);
    expect(problems[0]).toContain("tháng 2/2020");
    expect(validateDeadlineRules("month", 2020, DECREE_09_CUTOFF, moving)).toEqual([]);
  });
});
