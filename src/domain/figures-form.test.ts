import { describe, expect, it } from "vitest";
import { conflictingCells, derivedValues, figureKey, formRows, parseFigureCell } from "./figures-form.js";

describe("parseFigureCell", () => {
  it.each([
    ["1.234.567", "integer", { kind: "number", value: 1234567 }],
    ["1234567", "integer", { kind: "number", value: 1234567 }],
    [" 64.096 ", "integer", { kind: "number", value: 64096 }],
    ["12,5", "decimal", { kind: "number", value: 12.5 }],
    ["1.234,5", "money", { kind: "number", value: 1234.5 }],
    ["57,33%", "percent", { kind: "number", value: 57.33 }],
    ["57,33", "percent", { kind: "number", value: 57.33 }],
    ["-3", "integer", { kind: "number", value: -3 }],
    ["0", "integer", { kind: "number", value: 0 }],
    ["", "integer", { kind: "empty" }],
    ["   ", "decimal", { kind: "empty" }],
    ["12,5", "integer", { kind: "invalid", reason: "fraction-in-count" }],
    ["mười hai", "integer", { kind: "invalid", reason: "not-a-number" }],
    ["12a", "decimal", { kind: "invalid", reason: "not-a-number" }],
    ["1,2,3", "decimal", { kind: "invalid", reason: "not-a-number" }],
    ["12,", "decimal", { kind: "invalid", reason: "not-a-number" }],
    ["57,33%", "integer", { kind: "invalid", reason: "not-a-number" }],
  ] as const)("%j as %s", (text, valueType, expected) => {
    expect(parseFigureCell(text, valueType)).toEqual(expected);
  });
});

const SERVICE_LEVEL = [
  { code: "partial", name: "Một phần" },
  { code: "full", name: "Toàn trình" },
];
const INDICATORS = new Map(
  [
    { code: "DOSSIER_RECEIVED", formula: null, disaggregations: SERVICE_LEVEL },
    { code: "DOSSIER_ONLINE", formula: null, disaggregations: [] },
    { code: "DOSSIER_ONLINE_RATE", formula: "DOSSIER_ONLINE / DOSSIER_RECEIVED * 100", disaggregations: [] },
    { code: "DOSSIER_OFFLINE", formula: "DOSSIER_RECEIVED - DOSSIER_ONLINE", disaggregations: [] },
    { code: "DOSSIER_OFFLINE_RATE", formula: "DOSSIER_OFFLINE / DOSSIER_RECEIVED * 100", disaggregations: [] },
  ].map((i) => [i.code, i]),
);

describe("formRows", () => {
  it("puts categories under their total and gives computed indicators no input", () => {
    const rows = formRows(
      [
        { code: "DOSSIER_RECEIVED", name: "Hồ sơ tiếp nhận", unitOfMeasure: "hồ sơ", sectionKey: "cntt" },
        { code: "DOSSIER_ONLINE_RATE", name: "Tỷ lệ hồ sơ trực tuyến", unitOfMeasure: "%", sectionKey: "cntt" },
        { code: "KHONG_CO", name: "Chỉ tiêu chưa có trong danh mục", unitOfMeasure: null, sectionKey: null },
      ],
      INDICATORS,
    );
    expect(rows.map((r) => [r.key, r.label, r.isPart, r.derived])).toEqual([
      ["DOSSIER_RECEIVED|", "Hồ sơ tiếp nhận", false, false],
      ["DOSSIER_RECEIVED|partial", "Một phần", true, false],
      ["DOSSIER_RECEIVED|full", "Toàn trình", true, false],
      ["DOSSIER_ONLINE_RATE|", "Tỷ lệ hồ sơ trực tuyến", false, true],
      ["KHONG_CO|", "Chỉ tiêu chưa có trong danh mục", false, false],
    ]);
  });
});

describe("derivedValues", () => {
  it.each([
    ["both parts", { DOSSIER_RECEIVED: 64096, DOSSIER_ONLINE: 40000 }, [62.41, 24096, 37.59]],
    ["a missing part", { DOSSIER_RECEIVED: 64096 }, [null, null, null]],
    ["a zero denominator", { DOSSIER_RECEIVED: 0, DOSSIER_ONLINE: 0 }, [null, 0, null]],
    ["more online than received", { DOSSIER_RECEIVED: 1200, DOSSIER_ONLINE: 1250 }, [104.17, -50, -4.17]],
  ])("%s", (_case, totals, [rate, offline, offlineRate]) => {
    const result = derivedValues(INDICATORS.values(), new Map(Object.entries(totals)));
    expect([
      result.get("DOSSIER_ONLINE_RATE"),
      result.get("DOSSIER_OFFLINE"),
      result.get("DOSSIER_OFFLINE_RATE"),
    ]).toEqual([rate, offline, offlineRate]);
  });

  it("gives a formula that does not parse no value", () => {
    const result = derivedValues([{ code: "BROKEN", formula: "A / (B" }], new Map([["A", 1]]));
    expect(result.get("BROKEN")).toBeNull();
  });
});

describe("conflictingCells", () => {
  const k = (code: string, d = "") => figureKey(code, d);
  it.each([
    ["nobody else changed the cell", { A: 5 }, { A: 1 }, { A: 1 }, {}],
    ["they changed it to something else", { A: 5 }, { A: 1 }, { A: 7 }, { A: 7 }],
    ["they typed the same figure", { A: 5 }, { A: 1 }, { A: 5 }, {}],
    ["they cleared it", { A: 5 }, { A: 1 }, {}, { A: null }],
    ["I cleared it, they changed it", { A: null }, { A: 1 }, { A: 2 }, { A: 2 }],
    ["both typed into an empty cell", { A: 5 }, {}, { A: 6 }, { A: 6 }],
    ["they changed a cell I did not touch", { A: 5 }, { A: 1, B: 3 }, { A: 1, B: 4 }, {}],
  ] as const)("%s", (_case, mine, base, theirs, expected) => {
    const toMap = (o: Record<string, number | null>) => new Map(Object.entries(o).map(([key, v]) => [k(key), v]));
    expect(
      Object.fromEntries(
        [
          ...conflictingCells(toMap(mine), toMap(base) as Map<string, number>, toMap(theirs) as Map<string, number>),
        ].map(([key, v]) => [key.split("|")[0], v]),
      ),
    ).toEqual(expected);
  });
});
