import { describe, expect, it } from "vitest";
import { isUserError } from "./errors.js";
import {
  isValidAt,
  nameAt,
  nameRecordAt,
  predecessorsOf,
  type SuccessionDefinition,
  successorsAt,
  symbolAt,
  type UnitDefinition,
  UnitGraph,
  unitKindLabel,
  unitsAt,
} from "./org-unit.js";

// A small hand-written slice of Vietnam's administrative history (codes are this fixture's own).
const province = (code: string, name: string, validFrom: string, validTo: string | null = null): UnitDefinition => ({
  code,
  kind: "people_committee",
  provinceCode: code,
  validFrom,
  validTo,
  names: [{ name: `Ủy ban nhân dân tỉnh ${name}`, shortName: `UBND tỉnh ${name}`, symbol: "UBND", validFrom, validTo }],
});

const UNITS: UnitDefinition[] = [
  province("84", "Trà Vinh", "1992-05-01", "2025-06-30"),
  province("83", "Bến Tre", "1976-02-01", "2025-06-30"),
  province("86", "Vĩnh Long", "1992-05-01", "2025-06-30"),
  province("86-2025", "Vĩnh Long", "2025-07-01"),
  province("04", "Cao Bằng", "1976-01-01"),
  province("37", "Ninh Bình", "1992-04-01"),
  province("36", "Nam Định", "1997-01-01", "2025-06-30"),
  province("35", "Hà Nam", "1997-01-01", "2025-06-30"),
  province("HSB", "Hà Sơn Bình", "1975-12-27", "1991-09-30"),
  province("HT", "Hà Tây", "1991-10-01", "2008-07-31"),
  province("17", "Hòa Bình", "1991-10-01", "2025-06-30"),
  province("26", "Vĩnh Phúc", "1997-01-01", "2025-06-30"),
  province("25", "Phú Thọ", "1997-01-01"),
  {
    ...province("01", "Hà Nội", "1954-10-10"),
    names: [{ name: "Ủy ban nhân dân thành phố Hà Nội", validFrom: "1954-10-10" }],
  },
  {
    code: "04-STTTT",
    kind: "department",
    parentCode: "04",
    provinceCode: "04",
    validFrom: "2008-04-01",
    names: [
      {
        name: "Sở Thông tin và Truyền thông tỉnh Cao Bằng",
        shortName: "Sở TT&TT",
        symbol: "STTTT",
        validFrom: "2008-04-01",
        validTo: "2025-02-28",
      },
      {
        name: "Sở Khoa học và Công nghệ tỉnh Cao Bằng",
        shortName: "Sở KH&CN",
        symbol: "SKHCN",
        validFrom: "2025-03-01",
      },
    ],
  },
  {
    code: "04-SKHCN-CU",
    kind: "department",
    parentCode: "04",
    validFrom: "1993-01-01",
    validTo: "2025-02-28",
    names: [{ name: "Sở Khoa học và Công nghệ tỉnh Cao Bằng", symbol: "SKHCN", validFrom: "1993-01-01" }],
  },
  {
    code: "04-STTTT-VP",
    kind: "division",
    parentCode: "04-STTTT",
    validFrom: "2008-04-01",
    names: [{ name: "Văn phòng Sở", validFrom: "2008-04-01" }],
  },
  {
    code: "04-STTTT-BCVT",
    kind: "division",
    parentCode: "04-STTTT",
    validFrom: "2008-04-01",
    validTo: "2025-02-28",
    names: [{ name: "Phòng Bưu chính, Viễn thông", validFrom: "2008-04-01" }],
  },
];

const merge = (fromCode: string, toCode: string, effectiveDate: string): SuccessionDefinition => ({
  fromCode,
  toCode,
  effectiveDate,
  kind: "merge",
});

const SUCCESSIONS: SuccessionDefinition[] = [
  merge("84", "86-2025", "2025-07-01"),
  merge("83", "86-2025", "2025-07-01"),
  merge("86", "86-2025", "2025-07-01"),
  // Ninh Bình keeps its code and absorbs Nam Định and Hà Nam.
  merge("36", "37", "2025-07-01"),
  merge("35", "37", "2025-07-01"),
  { fromCode: "HSB", toCode: "HT", effectiveDate: "1991-10-01", kind: "split" },
  { fromCode: "HSB", toCode: "17", effectiveDate: "1991-10-01", kind: "split" },
  merge("HT", "01", "2008-08-01"),
  // Mê Linh moved from Vĩnh Phúc to Hà Nội; Vĩnh Phúc went on until it merged into Phú Thọ.
  { fromCode: "26", toCode: "01", effectiveDate: "2008-08-01", kind: "transfer", note: "huyện Mê Linh" },
  merge("17", "25", "2025-07-01"),
  merge("26", "25", "2025-07-01"),
  merge("04-SKHCN-CU", "04-STTTT", "2025-03-01"),
];

const unit = (code: string): UnitDefinition => UNITS.find((u) => u.code === code)!;
const graph = new UnitGraph(UNITS, SUCCESSIONS);

describe("names and validity in time", () => {
  it.each([
    ["04-STTTT", "2008-04-01", "Sở Thông tin và Truyền thông tỉnh Cao Bằng", "STTTT"],
    ["04-STTTT", "2020-10-15", "Sở Thông tin và Truyền thông tỉnh Cao Bằng", "STTTT"],
    ["04-STTTT", "2025-02-28", "Sở Thông tin và Truyền thông tỉnh Cao Bằng", "STTTT"],
    ["04-STTTT", "2025-03-01", "Sở Khoa học và Công nghệ tỉnh Cao Bằng", "SKHCN"],
    ["04-STTTT", "2026-11-23", "Sở Khoa học và Công nghệ tỉnh Cao Bằng", "SKHCN"],
    ["04-STTTT", "2008-03-31", null, null],
    ["84", "2024-12-31", "Ủy ban nhân dân tỉnh Trà Vinh", "UBND"],
    ["84", "2025-07-01", null, null],
    ["01", "2025-07-01", "Ủy ban nhân dân thành phố Hà Nội", null],
  ])("%s on %s → %s (%s)", (code, date, name, symbol) => {
    expect(nameAt(unit(code), date)).toBe(name);
    expect(symbolAt(unit(code), date)).toBe(symbol);
    expect(graph.nameAt(code, date)).toBe(name);
  });

  it("prefers the latest-starting name when records overlap", () => {
    const overlapping: UnitDefinition = {
      ...unit("04-STTTT"),
      names: [
        { name: "Tên cũ", validFrom: "2008-04-01" },
        { name: "Tên mới", validFrom: "2025-03-01" },
      ],
    };
    expect(nameRecordAt(overlapping, "2025-03-01")?.name).toBe("Tên mới");
    expect(nameRecordAt(overlapping, "2025-02-28")?.name).toBe("Tên cũ");
  });

  it.each([
    ["84", "1992-05-01", true],
    ["84", "1992-04-30", false],
    ["84", "2025-06-30", true],
    ["84", "2025-07-01", false],
    ["86-2025", "2025-06-30", false],
    ["86-2025", "2025-07-01", true],
    ["04", "2099-01-01", true],
  ])("%s valid on %s → %s", (code, date, valid) => {
    expect(isValidAt(unit(code), date)).toBe(valid);
  });

  it("lists the units of a day: 63 → 34 in miniature", () => {
    const provinces = (date: string) =>
      unitsAt(UNITS, date)
        .filter((u) => u.kind === "people_committee")
        .map((u) => u.code);
    expect(provinces("2025-06-30")).toEqual(["84", "83", "86", "04", "37", "36", "35", "17", "26", "25", "01"]);
    expect(provinces("2025-07-01")).toEqual(["86-2025", "04", "37", "25", "01"]);
    expect(graph.unitsAt("1990-01-01", "people_committee").map((u) => u.code)).toEqual(["83", "04", "HSB", "01"]);
  });
});

describe("successorsAt / predecessorsOf", () => {
  it.each([
    ["84", "2025-06-30", ["84"]],
    ["84", "2025-07-01", ["86-2025"]],
    ["86", "2026-01-01", ["86-2025"]],
    ["04", "2026-01-01", ["04"]],
    ["36", "2025-07-01", ["37"]],
    ["37", "2025-07-01", ["37"]],
    ["HSB", "1991-09-30", ["HSB"]],
    ["HSB", "2000-01-01", ["HT", "17"]],
    ["HSB", "2010-01-01", ["01", "17"]],
    ["HSB", "2025-08-01", ["01", "25"]],
    ["26", "2008-07-31", ["26"]],
    ["26", "2010-01-01", ["26", "01"]],
    ["26", "2025-07-01", ["01", "25"]],
    ["04-SKHCN-CU", "2025-03-01", ["04-STTTT"]],
    ["XX", "2025-03-01", ["XX"]],
  ])("%s on %s → %o", (code, date, expected) => {
    expect(successorsAt(code, date, SUCCESSIONS).sort()).toEqual([...expected].sort());
    expect(graph.successorsAt(code, date).sort()).toEqual([...expected].sort());
  });

  it.each([
    ["86-2025", ["84", "83", "86"]],
    ["37", ["36", "35"]],
    ["01", ["HT", "26", "HSB"]],
    ["25", ["17", "26", "HSB"]],
    ["04", []],
    ["04-STTTT", ["04-SKHCN-CU"]],
  ])("predecessors of %s → %o", (code, expected) => {
    expect(predecessorsOf(code, SUCCESSIONS)).toEqual(expected);
    expect(graph.predecessorsOf(code)).toEqual(expected);
  });

  it("survives a cycle in bad data", () => {
    const cyclic = [merge("A", "B", "2020-01-01"), merge("B", "A", "2021-01-01")];
    expect(successorsAt("A", "2022-01-01", cyclic)).toEqual([]);
    expect(predecessorsOf("A", cyclic)).toEqual(["B"]);
  });
});

describe("UnitGraph: contributors, hierarchy, lookups", () => {
  it.each([
    [
      "86-2025",
      "2024-05-14",
      "2026-01-01",
      [
        ["84", false],
        ["83", false],
        ["86", false],
      ],
    ],
    ["86-2025", "2025-08-14", "2026-01-01", [["86-2025", false]]],
    [
      "37",
      "2024-05-14",
      "2026-01-01",
      [
        ["37", false],
        ["36", false],
        ["35", false],
      ],
    ],
    ["37", "2024-05-14", "2025-06-30", [["37", false]]],
    ["04", "2020-10-14", "2026-01-01", [["04", false]]],
    [
      "01",
      "2005-01-01",
      "2026-01-01",
      [
        ["01", false],
        ["HT", false],
        ["26", true],
      ],
    ],
    [
      "25",
      "2005-01-01",
      "2026-01-01",
      [
        ["25", false],
        ["17", false],
        ["26", true],
      ],
    ],
    [
      "25",
      "2024-01-01",
      "2026-01-01",
      [
        ["25", false],
        ["17", false],
        ["26", false],
      ],
    ],
    [
      "01",
      "1990-01-01",
      "2026-01-01",
      [
        ["01", false],
        ["HSB", true],
      ],
    ],
  ] as [string, string, string, [string, boolean][]][])(
    "%s: figures of %s as of %s",
    (code, dataDate, asOf, expected) => {
      expect(graph.contributorsAt(code, dataDate, asOf)).toEqual(
        expected.map(([c, partial]) => ({ code: c, partial })),
      );
    },
  );

  it("walks the hierarchy", () => {
    expect(graph.childrenAt("04-STTTT", "2024-01-01").map((u) => u.code)).toEqual(["04-STTTT-VP", "04-STTTT-BCVT"]);
    expect(graph.childrenAt("04-STTTT", "2025-03-01").map((u) => u.code)).toEqual(["04-STTTT-VP"]);
    expect(graph.ancestorsOf("04-STTTT-VP").map((u) => u.code)).toEqual(["04-STTTT", "04"]);
    expect(graph.ancestorsOf("04")).toEqual([]);
  });

  it("gets or fails in Vietnamese", () => {
    expect(graph.get("04").names[0]?.name).toBe("Ủy ban nhân dân tỉnh Cao Bằng");
    expect(graph.find("99")).toBeUndefined();
    try {
      graph.get("99");
      expect.unreachable();
    } catch (error) {
      expect(isUserError(error) && error.code).toBe("unknown_unit");
      expect(String(error)).toContain('"99"');
    }
  });

  it("finds no problem in the fixture, and finds each planted one", () => {
    expect(graph.validate()).toEqual([]);
    const broken = new UnitGraph(
      [...UNITS, { code: "X", kind: "division", parentCode: "NOPE", validFrom: "2020-01-01", names: [] }],
      [
        ...SUCCESSIONS,
        merge("84", "ZZ", "2025-07-01"),
        merge("83", "86-2025", "2020-01-01"),
        merge("01", "HT", "2009-01-01"),
      ],
    );
    const problems = broken.validate();
    expect(problems).toEqual([
      "Kế thừa HT → 01 tạo thành vòng lặp.",
      'Kế thừa 84 → ZZ: không có đơn vị mã "ZZ".',
      'Kế thừa 83 → 86-2025 ngày 2020-01-01: đơn vị "86-2025" chưa hoặc không còn hiệu lực vào ngày đó.',
      'Kế thừa 01 → HT ngày 2009-01-01: đơn vị "HT" chưa hoặc không còn hiệu lực vào ngày đó.',
      "Kế thừa 01 → HT tạo thành vòng lặp.",
      'Đơn vị "X": không có đơn vị cấp trên mã "NOPE".',
      'Đơn vị "X": không có tên vào ngày bắt đầu hiệu lực 2020-01-01.',
    ]);
    // Both edges of the planted cycle are reported, the existing one first.
    expect(problems.filter((p) => p.includes("vòng lặp"))).toHaveLength(2);
  });

  it("names unit kinds in Vietnamese", () => {
    expect(unitKindLabel("department")).toBe("Sở");
    expect(unitKindLabel("ministry_unit")).toBe("đơn vị thuộc Bộ");
  });
});
