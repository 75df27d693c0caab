import { describe, expect, it } from "vitest";
import {
  type AggregationValue,
  aggregate,
  aggregateContributors,
  type ComponentResolver,
  type IndicatorDefinition,
  validateIndicator,
} from "./indicator.js";

const indicator = (code: string, overrides: Partial<IndicatorDefinition>): IndicatorDefinition => ({
  code,
  name: code,
  field: "cntt",
  unitOfMeasure: "văn bản",
  valueType: "integer",
  aggregationUnits: "sum",
  aggregationTime: "sum",
  keywords: [],
  ...overrides,
});

const DOC_OUT = indicator("DOC_OUT", { name: "Tổng số văn bản đi" });
const DOC_SIGNED = indicator("DOC_SIGNED", { name: "Số văn bản đi được ký số" });
const SIGNED_RATE = indicator("DOC_SIGNED_RATE", {
  name: "Tỷ lệ văn bản đi được ký số",
  valueType: "percent",
  unitOfMeasure: "%",
  aggregationUnits: "ratio",
  aggregationTime: "ratio",
  numeratorCode: "DOC_SIGNED",
  denominatorCode: "DOC_OUT",
});
const SIGNED_RATE_FORMULA = { ...SIGNED_RATE, code: "DOC_SIGNED_RATE_F", formula: "DOC_SIGNED / DOC_OUT * 100" };
const UNSIGNED_RATE = indicator("DOC_UNSIGNED_RATE", {
  valueType: "percent",
  aggregationUnits: "ratio",
  aggregationTime: "ratio",
  formula: "(DOC_OUT - DOC_SIGNED) / DOC_OUT * 100",
});
const BTS = indicator("BTS_STATIONS", {
  name: "Số trạm BTS",
  unitOfMeasure: "trạm",
  aggregationUnits: "sum",
  aggregationTime: "last",
});
const RESPONSE_HOURS = indicator("INCIDENT_RESPONSE_HOURS", {
  valueType: "decimal",
  unitOfMeasure: "giờ",
  aggregationUnits: "average",
  aggregationTime: "average",
});
const RANK = indicator("DTI_RANK", { unitOfMeasure: null, aggregationUnits: "none", aggregationTime: "none" });

// October 2024 figures of three provinces that merged into the new Vĩnh Long on 1 July 2025.
const OCT_2024: Record<string, AggregationValue[]> = {
  DOC_OUT: [
    { value: 1000, unitCode: "84", periodCode: "2024-10" },
    { value: 3000, unitCode: "83", periodCode: "2024-10" },
    { value: 1000, unitCode: "86", periodCode: "2024-10" },
  ],
  DOC_SIGNED: [
    { value: 800, unitCode: "84", periodCode: "2024-10" },
    { value: 900, unitCode: "83", periodCode: "2024-10" },
    { value: 500, unitCode: "86", periodCode: "2024-10" },
  ],
};

const CATALOGUE = [DOC_OUT, DOC_SIGNED, SIGNED_RATE, SIGNED_RATE_FORMULA, UNSIGNED_RATE, BTS];

/** Resolves components from a table of values, restricted to some units (the predecessors being combined). */
function resolverFor(table: Record<string, AggregationValue[]>, units?: string[]): ComponentResolver {
  return (code) => {
    const definition = CATALOGUE.find((i) => i.code === code);
    const values = table[code];
    if (!definition || !values) return undefined;
    return { indicator: definition, values: values.filter((v) => !units || units.includes(v.unitCode ?? "")) };
  };
}

describe("aggregate: flows, stocks, averages, none", () => {
  it.each([
    ["sum over time (Q4 = Oct + Nov + Dec)", DOC_OUT, [1200, 1300, 1500], 4000],
    ["sum ignores missing values", DOC_OUT, [5, null, 7], 12],
    ["average over time", RESPONSE_HOURS, [2, 4, 9], 5],
    ["none: a single value passes", RANK, [7], 7],
  ] as [string, IndicatorDefinition, (number | null)[], number][])("%s", (_name, definition, raw, expected) => {
    const values = raw.map((value, i) => ({ value, periodCode: `2024-${10 + i}` }));
    expect(aggregate(definition, values, "time").value).toBe(expected);
  });

  it("counts the values that went in", () => {
    expect(aggregate(DOC_OUT, [{ value: 5 }, { value: null }, { value: 7 }], "units")).toEqual({ value: 12, count: 2 });
  });

  it.each([
    [DOC_OUT, [], "no_values"],
    [DOC_OUT, [{ value: null }], "no_values"],
    [RANK, [{ value: 3 }, { value: 5 }], "not_aggregatable"],
  ] as [IndicatorDefinition, AggregationValue[], string][])("%s of %o → null (%s)", (definition, values, note) => {
    expect(aggregate(definition, values, "units")).toMatchObject({ value: null, note });
  });

  it.each([
    [
      "latest period, whatever the input order",
      [
        ["2024-12", 422],
        ["2024-10", 410],
        ["2024-11", 415],
      ],
      422,
      "2024-12",
    ],
    [
      "latest known value when the last month is missing",
      [
        ["2024-10", 410],
        ["2024-11", 415],
        ["2024-12", null],
      ],
      415,
      "2024-11",
    ],
    [
      "across a year boundary",
      [
        ["2025-01", 430],
        ["2024-12", 422],
      ],
      430,
      "2025-01",
    ],
    [
      "a quarter ends with its last month; the later entry wins a tie",
      [
        ["2024-Q4", 420],
        ["2024-12", 422],
      ],
      422,
      "2024-12",
    ],
    [
      "a tie the other way round",
      [
        ["2024-12", 422],
        ["2024-Q4", 420],
        ["2024-Q3", 999],
      ],
      420,
      "2024-Q4",
    ],
  ] as [string, [string, number | null][], number, string][])(
    "stock over time: %s",
    (_name, rows, expected, period) => {
      const values = rows.map(([periodCode, value]) => ({ periodCode, value }));
      expect(aggregate(BTS, values, "time")).toMatchObject({ value: expected, periodCode: period });
    },
  );

  it("a stock over units is summed; over time then units, each unit's last value is summed", () => {
    const values: AggregationValue[] = [
      { unitCode: "84", periodCode: "2024-10", value: 410 },
      { unitCode: "84", periodCode: "2024-12", value: 422 },
      { unitCode: "83", periodCode: "2024-11", value: 305 },
      { unitCode: "83", periodCode: "2024-10", value: 300 },
    ];
    expect(aggregate(BTS, values, "time_then_units")).toMatchObject({ value: 727, count: 2 });
    // Summing every entry would double count: the rule matters.
    expect(aggregate(BTS, values, "units").value).toBe(1437);
  });

  it("an undated stock takes the last entry given", () => {
    expect(aggregate(BTS, [{ value: 1 }, { value: 3 }, { value: 2 }], "time").value).toBe(2);
  });

  it("refuses a bad period code in a stock's values", () => {
    expect(() =>
      aggregate(
        BTS,
        [
          { value: 1, periodCode: "2024-13" },
          { value: 2, periodCode: "2024-12" },
        ],
        "time",
      ),
    ).toThrow(/2024-13/);
  });
});

describe("aggregate: ratios are recomputed, never averaged", () => {
  it.each([
    ["Trà Vinh alone", ["84"], 80],
    ["Trà Vinh + Bến Tre: 1.700 / 4.000", ["84", "83"], 42.5],
    ["the new Vĩnh Long: 2.200 / 5.000", ["84", "83", "86"], 44],
  ])("%s → %d%%", (_name, units, expected) => {
    const resolve = resolverFor(OCT_2024, units);
    expect(aggregate(SIGNED_RATE, [], "units", resolve).value).toBeCloseTo(expected, 10);
    expect(aggregate(SIGNED_RATE_FORMULA, [], "units", resolve).value).toBeCloseTo(expected, 10);
  });

  it("differs from the average of the provinces' own rates (80% and 30% average to 55%)", () => {
    const rates = [
      { value: 80, unitCode: "84" },
      { value: 30, unitCode: "83" },
    ];
    const result = aggregate(SIGNED_RATE, rates, "units", resolverFor(OCT_2024, ["84", "83"]));
    expect(result.value).toBeCloseTo(42.5, 10);
    expect(result.count).toBe(2);
  });

  it("evaluates a general formula over aggregated parts: (4.000 − 1.700) / 4.000 = 57,5%", () => {
    expect(aggregate(UNSIGNED_RATE, [], "units", resolverFor(OCT_2024, ["84", "83"])).value).toBeCloseTo(57.5, 10);
  });

  it("recomputes over time from the quarter's totals", () => {
    const table: Record<string, AggregationValue[]> = {
      DOC_OUT: [
        { value: 1200, periodCode: "2024-10" },
        { value: 1300, periodCode: "2024-11" },
        { value: 1500, periodCode: "2024-12" },
      ],
      DOC_SIGNED: [
        { value: 600, periodCode: "2024-10" },
        { value: 650, periodCode: "2024-11" },
        { value: 1350, periodCode: "2024-12" },
      ],
    };
    // 2.600 / 4.000 = 65%, while the monthly rates 50%, 50%, 90% average to 63,33%.
    expect(aggregate(SIGNED_RATE, [], "time", resolverFor(table)).value).toBeCloseTo(65, 10);
    expect(aggregate(SIGNED_RATE, [], "time_then_units", resolverFor(table)).value).toBeCloseTo(65, 10);
  });

  it.each([
    ["no resolver", undefined, "missing_components"],
    ["a component unknown", (() => undefined) as ComponentResolver, "missing_components"],
    ["no values for the units", resolverFor(OCT_2024, ["99"]), "missing_components"],
    [
      "a zero denominator",
      resolverFor({ DOC_OUT: [{ value: 0, unitCode: "84" }], DOC_SIGNED: [{ value: 0, unitCode: "84" }] }),
      "zero_denominator",
    ],
  ] as [string, ComponentResolver | undefined, string][])("null with %s", (_name, resolve, note) => {
    expect(aggregate(SIGNED_RATE, [], "units", resolve)).toMatchObject({ value: null, note });
    expect(aggregate(SIGNED_RATE_FORMULA, [], "units", resolve)).toMatchObject({ value: null, note });
  });

  it("a ratio without parts or formula cannot be recomputed", () => {
    const bare = { ...SIGNED_RATE, numeratorCode: null, denominatorCode: null };
    expect(aggregate(bare, [{ value: 50 }], "units", resolverFor(OCT_2024))).toMatchObject({
      value: null,
      note: "missing_components",
    });
  });

  it("a formula that depends on itself is a programming error, not a silent null", () => {
    const a = indicator("A", { aggregationUnits: "ratio", aggregationTime: "ratio", formula: "B * 2" });
    const b = indicator("B", { aggregationUnits: "ratio", aggregationTime: "ratio", formula: "A / 2" });
    const resolve: ComponentResolver = (code) => ({ indicator: code === "A" ? a : b, values: [] });
    expect(() => aggregate(a, [], "units", resolve)).toThrow(/depends on itself/);
  });
});

describe("validateIndicator", () => {
  const codes = CATALOGUE.map((i) => i.code);
  it.each([
    [SIGNED_RATE, []],
    [SIGNED_RATE_FORMULA, []],
    [UNSIGNED_RATE, []],
    [DOC_OUT, []],
    [{ ...SIGNED_RATE, numeratorCode: null }, ["tỷ lệ phải có công thức hoặc mã tử số và mẫu số"]],
    [{ ...UNSIGNED_RATE, formula: "DOC_OUT / DOC_TOTAL" }, ['mã chỉ tiêu "DOC_TOTAL" không có trong danh mục']],
    [{ ...UNSIGNED_RATE, formula: "DOC_OUT / (DOC_SIGNED" }, ["sai ở vị trí 22"]],
    [{ ...UNSIGNED_RATE, formula: "DOC_UNSIGNED_RATE * 2" }, ["dùng chính chỉ tiêu này"]],
  ] as [IndicatorDefinition, string[]][])("%o → %o", (definition, expected) => {
    const problems = validateIndicator(definition, codes);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((text, i) => {
      expect(problems[i]).toContain(text);
      expect(problems[i]).toContain(`Chỉ tiêu ${definition.code}`);
    });
  });
});

describe("aggregateContributors: today's unit from its predecessors", () => {
  // DOC_OUT / DOC_SIGNED of October 2024 by unit, as a store would answer.
  const STORE: Record<string, Record<string, number>> = {
    DOC_OUT: { "84": 1000, "83": 3000, "86": 1000, "26": 2000 },
    DOC_SIGNED: { "84": 800, "83": 900, "86": 500, "26": 1000 },
    DOC_SIGNED_RATE: { "84": 80, "83": 30, "86": 50, "26": 50 },
  };
  const lookupValue = (code: string, unit: string) => STORE[code]?.[unit];
  const catalogue = (code: string) => CATALOGUE.find((i) => i.code === code);
  const newVinhLong = [
    { code: "84", partial: false },
    { code: "83", partial: false },
    { code: "86", partial: false },
  ];

  it.each([
    [DOC_OUT, 5000],
    [DOC_SIGNED, 2200],
    [SIGNED_RATE, 44],
    [SIGNED_RATE_FORMULA, 44],
    [UNSIGNED_RATE, 56],
  ])("%s of the new Vĩnh Long → %d", (definition, expected) => {
    const result = aggregateContributors(definition, newVinhLong, lookupValue, catalogue);
    expect(result.value).toBeCloseTo(expected, 10);
    expect(result.unitCodes).toEqual(["84", "83", "86"]);
    expect(result.hasPartial).toBe(false);
  });

  it("lists only contributors with a value, and flags a partial one", () => {
    const result = aggregateContributors(
      DOC_OUT,
      [
        { code: "84", partial: false },
        { code: "99", partial: false },
        { code: "26", partial: true },
      ],
      lookupValue,
      catalogue,
    );
    expect(result).toMatchObject({ value: 3000, unitCodes: ["84", "26"], hasPartial: true, count: 2 });
  });

  it("a unit with no contributors has no value", () => {
    expect(aggregateContributors(SIGNED_RATE, [], lookupValue, catalogue)).toMatchObject({
      value: null,
      unitCodes: [],
      hasPartial: false,
    });
  });
});
