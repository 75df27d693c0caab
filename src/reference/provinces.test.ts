import { describe, expect, it } from "vitest";
import {
  findProvinceRecord,
  provinceFullName,
  provinceRecords,
  provinceSuccessions,
  provincesOn,
  provinceUnits,
} from "./provinces.js";

// Resolution 202/2025/QH15, as PROVINCES-2025.md lists it: new short name → old short names.
const MERGES: readonly [string, readonly string[]][] = [
  ["Tuyên Quang", ["Tuyên Quang", "Hà Giang"]],
  ["Lào Cai", ["Lào Cai", "Yên Bái"]],
  ["Thái Nguyên", ["Thái Nguyên", "Bắc Kạn"]],
  ["Phú Thọ", ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"]],
  ["Bắc Ninh", ["Bắc Ninh", "Bắc Giang"]],
  ["Hưng Yên", ["Hưng Yên", "Thái Bình"]],
  ["Hải Phòng", ["Hải Phòng", "Hải Dương"]],
  ["Ninh Bình", ["Ninh Bình", "Hà Nam", "Nam Định"]],
  ["Quảng Trị", ["Quảng Trị", "Quảng Bình"]],
  ["Đà Nẵng", ["Đà Nẵng", "Quảng Nam"]],
  ["Quảng Ngãi", ["Quảng Ngãi", "Kon Tum"]],
  ["Gia Lai", ["Gia Lai", "Bình Định"]],
  ["Khánh Hòa", ["Khánh Hòa", "Ninh Thuận"]],
  ["Lâm Đồng", ["Lâm Đồng", "Đắk Nông", "Bình Thuận"]],
  ["Đắk Lắk", ["Đắk Lắk", "Phú Yên"]],
  ["TP. Hồ Chí Minh", ["TP. Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"]],
  ["Đồng Nai", ["Đồng Nai", "Bình Phước"]],
  ["Tây Ninh", ["Tây Ninh", "Long An"]],
  ["Cần Thơ", ["Cần Thơ", "Sóc Trăng", "Hậu Giang"]],
  ["Vĩnh Long", ["Vĩnh Long", "Bến Tre", "Trà Vinh"]],
  ["Đồng Tháp", ["Đồng Tháp", "Tiền Giang"]],
  ["Cà Mau", ["Cà Mau", "Bạc Liêu"]],
  ["An Giang", ["An Giang", "Kiên Giang"]],
];

const UNCHANGED: readonly [string, string][] = [
  ["01", "Hà Nội"],
  ["46", "Huế"],
  ["12", "Lai Châu"],
  ["11", "Điện Biên"],
  ["14", "Sơn La"],
  ["20", "Lạng Sơn"],
  ["22", "Quảng Ninh"],
  ["38", "Thanh Hóa"],
  ["40", "Nghệ An"],
  ["42", "Hà Tĩnh"],
  ["04", "Cao Bằng"],
];

const units = provinceUnits();
const successions = provinceSuccessions();
const shortNameOn = (code: string, date: string) => {
  const unit = units.find((u) => u.code === code);
  return unit?.names.find((n) => n.validFrom <= date && (n.validTo == null || date <= n.validTo))?.shortName;
};

/** The unit a province unit code stands for on 2025-07-01: itself, or its successor. */
function mapToNew(code: string): string[] {
  const outgoing = successions.filter((s) => s.fromCode === code);
  const unit = units.find((u) => u.code === code);
  if (unit?.validTo == null) return outgoing.length === 0 ? [code] : [];
  return outgoing.map((s) => s.toCode);
}

describe("provinces", () => {
  it("has exactly 63 units on 2025-06-30 and 34 on 2025-07-01", () => {
    expect(provincesOn("2025-06-30")).toHaveLength(63);
    expect(provincesOn("2025-07-01")).toHaveLength(34);
    expect(provincesOn("2020-10-14")).toHaveLength(63);
    expect(provincesOn("2026-11-23")).toHaveLength(34);
    expect(units).toHaveLength(63 + 23);
  });

  it("gives the 63 old official codes 01..96 once each and the 34 new ones once each", () => {
    const oldCodes = provincesOn("2025-06-30").map((r) => r.officialCode);
    const newCodes = provincesOn("2025-07-01").map((r) => r.officialCode);
    expect(new Set(oldCodes).size).toBe(63);
    expect(new Set(newCodes).size).toBe(34);
    expect(oldCodes.every((c) => /^\d{2}$/.test(c) && c >= "01" && c <= "96")).toBe(true);
    expect(oldCodes).not.toContain("28"); // Hà Tây, merged into Hà Nội in 2008
    expect([...newCodes].sort()).toEqual([
      "01",
      "04",
      "08",
      "11",
      "12",
      "14",
      "15",
      "19",
      "20",
      "22",
      "24",
      "25",
      "31",
      "33",
      "37",
      "38",
      "40",
      "42",
      "44",
      "46",
      "48",
      "51",
      "52",
      "56",
      "66",
      "68",
      "75",
      "79",
      "80",
      "82",
      "86",
      "91",
      "92",
      "96",
    ]);
  });

  it.each([
    ["UBND-04", "04", "UBND tỉnh Cao Bằng", "2020-01-01"],
    ["UBND-36", "36", "UBND tỉnh Nam Định", "2020-01-01"],
    ["UBND-84", "84", "UBND tỉnh Trà Vinh", "2025-06-30"],
    ["UBND-77", "77", "UBND tỉnh Bà Rịa - Vũng Tàu", "2024-03-15"],
    ["UBND-01", "01", "UBND thành phố Hà Nội", "2030-01-01"],
    ["UBND-79", "79", "UBND Thành phố Hồ Chí Minh", "2019-05-05"],
    ["UBND-79-2025", "79", "UBND Thành phố Hồ Chí Minh", "2025-07-01"],
    ["UBND-86-2025", "86", "UBND tỉnh Vĩnh Long", "2025-07-01"],
    ["UBND-15-2025", "15", "UBND tỉnh Lào Cai", "2025-09-30"],
    ["UBND-15", "15", "UBND tỉnh Yên Bái", "2025-06-30"],
    ["UBND-37-2025", "37", "UBND tỉnh Ninh Bình", "2025-07-01"],
    ["UBND-46", "46", "UBND tỉnh Thừa Thiên Huế", "2024-12-31"],
    ["UBND-46", "46", "UBND thành phố Huế", "2025-01-01"],
    ["UBND-31-2025", "31", "UBND thành phố Hải Phòng", "2025-07-01"],
  ])("%s (code %s) is named %s on %s", (code, officialCode, name, date) => {
    const unit = units.find((u) => u.code === code);
    expect(unit?.kind).toBe("people_committee");
    expect(unit?.provinceCode).toBe(officialCode);
    const names = unit?.names.filter((n) => n.validFrom <= date && (n.validTo == null || date <= n.validTo));
    expect(names?.map((n) => n.name)).toEqual([name]);
  });

  it("keeps the 11 unchanged provinces as one continuous unit each, without succession", () => {
    const continuous = provinceRecords.filter((r) => r.era === "continuous");
    expect(continuous.map((r) => r.officialCode).sort()).toEqual(UNCHANGED.map(([c]) => c).sort());
    for (const [code, shortName] of UNCHANGED) {
      const unit = units.find((u) => u.code === `UBND-${code}`);
      expect(unit?.validFrom).toBe("1900-01-01");
      expect(unit?.validTo ?? null).toBeNull();
      expect(shortNameOn(`UBND-${code}`, "2025-07-01")).toBe(shortName);
      expect(successions.some((s) => s.fromCode === unit?.code || s.toCode === unit?.code)).toBe(false);
    }
  });

  it("maps every one of the 63 old units to exactly one of the 34 new ones", () => {
    const newCodes = new Set(provincesOn("2025-07-01").map((r) => r.unitCode));
    for (const old of provincesOn("2025-06-30")) {
      const targets = mapToNew(old.unitCode);
      expect(targets, old.unitCode).toHaveLength(1);
      expect(newCodes.has(targets[0] ?? ""), old.unitCode).toBe(true);
    }
    expect(successions).toHaveLength(52);
    for (const s of successions) {
      expect(s).toMatchObject({ kind: "merge", effectiveDate: "2025-07-01" });
      expect(units.find((u) => u.code === s.fromCode)?.validTo).toBe("2025-06-30");
      expect(units.find((u) => u.code === s.toCode)?.validFrom).toBe("2025-07-01");
    }
  });

  it.each(MERGES)("new %s has the predecessors of Resolution 202/2025/QH15", (newName, oldNames) => {
    const newUnit = units.find((u) => u.validFrom === "2025-07-01" && shortNameOn(u.code, "2025-07-01") === newName);
    expect(newUnit?.code).toMatch(/^UBND-\d{2}-2025$/);
    const predecessors = successions
      .filter((s) => s.toCode === newUnit?.code)
      .map((s) => shortNameOn(s.fromCode, "2025-06-30"));
    expect([...predecessors].sort()).toEqual([...oldNames].sort());
  });

  it("types the six centrally-governed cities of 2025 as thành phố", () => {
    const cities = provincesOn("2025-07-01")
      .filter((r) => r.names.at(-1)?.type === "thanh_pho")
      .map((r) => r.names.at(-1)?.shortName);
    expect(cities.sort()).toEqual(["Cần Thơ", "Huế", "Hà Nội", "Hải Phòng", "Hồ Chí Minh", "Đà Nẵng"].sort());
    const citiesBefore = provincesOn("2024-06-30").filter((r) => r.names[0]?.type === "thanh_pho");
    expect(citiesBefore).toHaveLength(5);
  });

  it("writes full names with the administrative type", () => {
    const record = findProvinceRecord("UBND-84");
    expect(record && provinceFullName(record.names[0]!)).toBe("tỉnh Trà Vinh");
    expect(findProvinceRecord("UBND-99")).toBeUndefined();
  });
});
