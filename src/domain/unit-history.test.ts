import { describe, expect, it } from "vitest";
import type { IndicatorDefinition } from "./indicator.js";
import { type SuccessionDefinition, type UnitDefinition, UnitGraph } from "./org-unit.js";
import { unitHistoryValue } from "./unit-history.js";

const dept = (code: string, name: string, validFrom: string, validTo: string | null): UnitDefinition => ({
  code,
  kind: "department",
  validFrom,
  validTo,
  names: [{ name, validFrom, validTo }],
});
const units = [
  dept("SO-84", "Sở TT&TT Trà Vinh", "2008-01-01", "2025-06-30"),
  dept("SO-83", "Sở TT&TT Bến Tre", "2008-01-01", "2025-06-30"),
  dept("SO-86", "Sở TT&TT Vĩnh Long", "2008-01-01", "2025-06-30"),
  dept("SO-86-2025", "Sở KH&CN Vĩnh Long", "2025-07-01", null),
  dept("SO-04", "Sở KH&CN Cao Bằng", "2008-01-01", null),
];
const successions: SuccessionDefinition[] = ["SO-84", "SO-83", "SO-86"].map((fromCode) => ({
  fromCode,
  toCode: "SO-86-2025",
  effectiveDate: "2025-07-01",
  kind: "merge",
}));
const graph = new UnitGraph(units, successions);

const indicator = (code: string, over: Partial<IndicatorDefinition> = {}): IndicatorDefinition => ({
  code,
  name: code,
  field: "cntt",
  unitOfMeasure: null,
  valueType: "integer",
  aggregationUnits: "sum",
  aggregationTime: "sum",
  keywords: [],
  ...over,
});
const catalogue = new Map(
  [
    indicator("DOC_OUT"),
    indicator("DOC_SIGNED"),
    indicator("DOC_SIGNED_RATE", {
      valueType: "percent",
      aggregationUnits: "ratio",
      aggregationTime: "ratio",
      formula: "DOC_SIGNED / DOC_OUT * 100",
      numeratorCode: "DOC_SIGNED",
      denominatorCode: "DOC_OUT",
    }),
    indicator("SUBS_MOBILE", { aggregationTime: "last" }),
    indicator("DTI_RANK", { aggregationUnits: "none", aggregationTime: "none" }),
    indicator("DOC_ALL", { formula: "DOC_OUT + DOC_SIGNED" }),
  ].map((i) => [i.code, i]),
);

// unit → period → indicator → value; the three provinces until June 2025, the new Vĩnh Long from July.
const data: Record<string, Record<string, Record<string, number>>> = {
  "SO-84": {
    "2025-05": { DOC_OUT: 100, DOC_SIGNED: 50, DOC_SIGNED_RATE: 50, SUBS_MOBILE: 1000, DTI_RANK: 40 },
    "2025-06": { DOC_OUT: 120, DOC_SIGNED: 60, DOC_SIGNED_RATE: 50, SUBS_MOBILE: 1010, DTI_RANK: 41 },
  },
  "SO-83": {
    "2025-05": { DOC_OUT: 200, DOC_SIGNED: 100, DOC_SIGNED_RATE: 50, SUBS_MOBILE: 2000, DTI_RANK: 30 },
    "2025-06": { DOC_OUT: 180, DOC_SIGNED: 90, DOC_SIGNED_RATE: 50, SUBS_MOBILE: 2020, DTI_RANK: 31 },
  },
  "SO-86": {
    "2025-05": { DOC_OUT: 300, DOC_SIGNED: 270, DOC_SIGNED_RATE: 90, SUBS_MOBILE: 3000, DTI_RANK: 20 },
    "2025-06": { DOC_OUT: 300, DOC_SIGNED: 240, DOC_SIGNED_RATE: 80, SUBS_MOBILE: 3030, DTI_RANK: 21 },
  },
  "SO-86-2025": {
    "2025-07": { DOC_OUT: 700, DOC_SIGNED: 560, DOC_SIGNED_RATE: 80, SUBS_MOBILE: 6100, DTI_RANK: 12 },
  },
};
const lookup = (code: string, unit: string, period: string) => data[unit]?.[period]?.[code];

function historyOf(code: string, unitCode: string, periodCodes: string[], asOf = "2025-11-23") {
  return unitHistoryValue({
    indicator: catalogue.get(code)!,
    catalogue: (c) => catalogue.get(c),
    unitCode,
    periodCodes,
    graph,
    asOf,
    lookup,
  });
}

describe("unitHistoryValue: the new Vĩnh Long from Trà Vinh + Bến Tre + old Vĩnh Long", () => {
  it.each([
    // [indicator, unit, periods, expected value, hand computation]
    ["DOC_OUT", "SO-86-2025", ["2025-06"], 600, "120 + 180 + 300"],
    ["DOC_SIGNED", "SO-86-2025", ["2025-06"], 390, "60 + 90 + 240"],
    ["DOC_SIGNED_RATE", "SO-86-2025", ["2025-06"], 65, "390 / 600 × 100, not the mean of 50, 50, 80 (60)"],
    ["DOC_OUT", "SO-86-2025", ["2025-05", "2025-06", "2025-07"], 1900, "600 + 600 + 700 (flow over time)"],
    ["DOC_SIGNED_RATE", "SO-86-2025", ["2025-05", "2025-06", "2025-07"], (1370 / 1900) * 100, "(420+390+560)/1900"],
    ["SUBS_MOBILE", "SO-86-2025", ["2025-05", "2025-06"], 6060, "stock: June's 1010 + 2020 + 3030"],
    ["SUBS_MOBILE", "SO-86-2025", ["2025-05", "2025-06", "2025-07"], 6100, "stock: July's value of the new unit"],
    ["DOC_ALL", "SO-86-2025", ["2025-06"], 990, "derived: 600 + 390"],
    ["DTI_RANK", "SO-86-2025", ["2025-07"], 12, "one value passes through"],
  ])("%s of %s over %j = %d (%s)", (code, unit, periods, expected) => {
    expect(historyOf(code, unit, periods).value).toBeCloseTo(expected, 9);
  });

  it("says which units' values were combined", () => {
    expect(historyOf("DOC_OUT", "SO-86-2025", ["2025-06"]).combinedFrom).toEqual(["SO-83", "SO-84", "SO-86"]);
    expect(historyOf("DOC_OUT", "SO-86-2025", ["2025-07"]).combinedFrom).toEqual(["SO-86-2025"]);
    expect(historyOf("DOC_SIGNED_RATE", "SO-86-2025", ["2025-05"]).combinedFrom).toEqual(["SO-83", "SO-84", "SO-86"]);
    expect(historyOf("DOC_ALL", "SO-86-2025", ["2025-06"]).isDerived).toBe(true);
  });

  it("refuses to add up ranks of several provinces", () => {
    expect(historyOf("DTI_RANK", "SO-86-2025", ["2025-06"])).toMatchObject({ value: null, note: "not_aggregatable" });
  });

  it("by the old 63 provinces each predecessor stays itself and has nothing after the merge", () => {
    expect(historyOf("DOC_OUT", "SO-84", ["2025-06"], "2025-06-30")).toMatchObject({
      value: 120,
      combinedFrom: ["SO-84"],
    });
    expect(historyOf("DOC_SIGNED_RATE", "SO-86", ["2025-06"], "2025-06-30").value).toBeCloseTo(80, 9);
    expect(historyOf("DOC_OUT", "SO-84", ["2025-07"], "2025-06-30")).toMatchObject({ value: null, note: "no_values" });
  });

  it("an unchanged province is itself on both maps", () => {
    const local = { "2025-06": { DOC_OUT: 42 } };
    const only = (code: string, unit: string, period: string) =>
      unit === "SO-04" ? local[period as "2025-06"]?.[code as "DOC_OUT"] : undefined;
    for (const asOf of ["2025-06-30", "2025-11-23"]) {
      const result = unitHistoryValue({
        indicator: catalogue.get("DOC_OUT")!,
        catalogue: (c) => catalogue.get(c),
        unitCode: "SO-04",
        periodCodes: ["2025-06"],
        graph,
        asOf,
        lookup: only,
      });
      expect(result).toMatchObject({ value: 42, combinedFrom: ["SO-04"] });
    }
  });
});
