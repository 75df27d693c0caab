import { describe, expect, it } from "vitest";
import type { UnitDefinition } from "../domain/org-unit.js";
import {
  departmentCode,
  departmentSuccessions,
  departmentUnits,
  divisionFieldKeys,
  divisionForField,
  type FieldKey,
} from "./department.js";
import { provinceSuccessions, provinceUnits } from "./provinces.js";

const provinces = provinceUnits();
const province = (code: string): UnitDefinition => {
  const unit = provinces.find((u) => u.code === code);
  if (!unit) throw new Error(`missing ${code}`);
  return unit;
};
const nameOn = (unit: UnitDefinition | undefined, date: string) =>
  unit?.names.filter((n) => n.validFrom <= date && (n.validTo == null || date <= n.validTo)).map((n) => n.name);
const symbolOn = (unit: UnitDefinition | undefined, date: string) =>
  unit?.names.find((n) => n.validFrom <= date && (n.validTo == null || date <= n.validTo))?.symbol;

describe("departmentUnits", () => {
  it.each([
    ["UBND-04", "2020-10-14", ["Sở Thông tin và Truyền thông tỉnh Cao Bằng"], "STTTT"],
    ["UBND-04", "2025-02-28", ["Sở Thông tin và Truyền thông tỉnh Cao Bằng"], "STTTT"],
    ["UBND-04", "2025-03-01", ["Sở Khoa học và Công nghệ tỉnh Cao Bằng"], "SKHCN"],
    ["UBND-04", "2026-01-15", ["Sở Khoa học và Công nghệ tỉnh Cao Bằng"], "SKHCN"],
    ["UBND-84", "2021-06-14", ["Sở Thông tin và Truyền thông tỉnh Trà Vinh"], "STTTT"],
    ["UBND-84", "2025-04-14", ["Sở Khoa học và Công nghệ tỉnh Trà Vinh"], "SKHCN"],
    ["UBND-84", "2025-07-01", [], undefined],
    ["UBND-86-2025", "2025-06-30", [], undefined],
    ["UBND-86-2025", "2025-07-01", ["Sở Khoa học và Công nghệ tỉnh Vĩnh Long"], "SKHCN"],
    ["UBND-46", "2024-12-31", ["Sở Thông tin và Truyền thông tỉnh Thừa Thiên Huế"], "STTTT"],
    ["UBND-46", "2025-01-01", ["Sở Thông tin và Truyền thông thành phố Huế"], "STTTT"],
    ["UBND-46", "2025-03-01", ["Sở Khoa học và Công nghệ thành phố Huế"], "SKHCN"],
    ["UBND-79", "2019-09-14", ["Sở Thông tin và Truyền thông Thành phố Hồ Chí Minh"], "STTTT"],
    ["UBND-01", "2007-12-31", [], undefined],
  ])("the department of %s on %s is %j (%s)", (provinceCode, date, names, symbol) => {
    const [department] = departmentUnits(province(provinceCode));
    expect(nameOn(department, date)).toEqual(names);
    expect(symbolOn(department, date)).toBe(symbol);
  });

  it("codes and parents the department after its province", () => {
    const [department] = departmentUnits(province("UBND-86-2025"));
    expect(department).toMatchObject({
      code: "SO-86-2025",
      kind: "department",
      parentCode: "UBND-86-2025",
      provinceCode: "86",
      validFrom: "2025-07-01",
      validTo: null,
    });
    expect(departmentUnits(province("UBND-36"))[0]).toMatchObject({ code: "SO-36", validTo: "2025-06-30" });
  });

  it.each([
    // [province, date, divisions in force]
    ["UBND-04", "2024-06-14", ["VP", "TT", "BCVT", "CNTT", "TTBCXB"]],
    ["UBND-04", "2025-03-01", ["VP", "TT", "BCVT", "CNTT"]],
    ["UBND-04", "2025-07-01", ["VP", "BCVT", "CNTT"]],
    ["UBND-36", "2025-06-30", ["VP", "TT", "BCVT", "CNTT"]],
    ["UBND-36", "2025-07-01", []],
    ["UBND-37-2025", "2025-07-01", ["VP", "BCVT", "CNTT"]],
  ])("%s on %s has divisions %j", (provinceCode, date, suffixes) => {
    const [department, ...divisions] = departmentUnits(province(provinceCode));
    const live = divisions.filter((d) => d.validFrom <= date && (d.validTo == null || date <= d.validTo));
    expect(live.map((d) => d.code)).toEqual(suffixes.map((s) => `${department?.code}-${s}`));
    for (const division of live) {
      expect(division.kind).toBe("division");
      expect(division.parentCode).toBe(department?.code);
      expect(nameOn(division, date)).toHaveLength(1);
    }
  });

  it("refuses a unit that is not a province", () => {
    const notProvince: UnitDefinition = { ...province("UBND-04"), kind: "department" };
    expect(() => departmentUnits(notProvince)).toThrow(/not a province/);
    expect(() => departmentCode("SO-04")).toThrow(/Not a province unit code/);
  });
});

describe("departmentSuccessions", () => {
  const units = provinces.flatMap((p) => [p, ...departmentUnits(p)]);
  const successions = departmentSuccessions(provinceSuccessions(), units);

  it("merges each old department and its lasting divisions into the new province's", () => {
    const fromTraVinh = successions.filter((s) => s.fromCode.startsWith("SO-84"));
    expect(fromTraVinh.map((s) => [s.fromCode, s.toCode])).toEqual([
      ["SO-84", "SO-86-2025"],
      ["SO-84-VP", "SO-86-2025-VP"],
      ["SO-84-BCVT", "SO-86-2025-BCVT"],
      ["SO-84-CNTT", "SO-86-2025-CNTT"],
    ]);
    expect(fromTraVinh.every((s) => s.kind === "merge" && s.effectiveDate === "2025-07-01")).toBe(true);
    expect(successions).toHaveLength(52 * 4);
    expect(successions.some((s) => s.fromCode.startsWith("SO-04"))).toBe(false);
  });
});

describe("divisionFieldKeys", () => {
  const allKeys: FieldKey[] = [
    "van-phong",
    "thanh-tra",
    "buu-chinh",
    "vien-thong",
    "cntt",
    "attt",
    "bao-chi",
    "ttcs",
    "ttdn",
    "to-chuc",
  ];

  it("gives every field key of the ICT pack to exactly one division", () => {
    const assigned = Object.values(divisionFieldKeys).flat();
    expect([...assigned].sort()).toEqual([...allKeys].sort());
  });

  it.each([
    ["attt", "CNTT"],
    ["cntt", "CNTT"],
    ["buu-chinh", "BCVT"],
    ["vien-thong", "BCVT"],
    ["bao-chi", "TTBCXB"],
    ["ttcs", "TTBCXB"],
    ["ttdn", "TTBCXB"],
    ["to-chuc", "VP"],
    ["van-phong", "VP"],
    ["thanh-tra", "TT"],
  ] as const)("%s is written by %s", (key, suffix) => {
    expect(divisionForField(key)).toBe(suffix);
  });
});
