import { describe, expect, it } from "vitest";
import { findProvincesByName, provinceByName, provinceKey } from "./province-lookup.js";

describe("provinceByName", () => {
  it.each([
    ["tra vinh", "UBND-84"],
    ["Trà Vinh", "UBND-84"],
    ["TRÀ VINH", "UBND-84"],
    ["tỉnh Trà Vinh", "UBND-84"],
    ["UBND tỉnh Trà Vinh", "UBND-84"],
    ["Ủy ban nhân dân tỉnh Trà Vinh", "UBND-84"],
    ["TP. Hồ Chí Minh", "UBND-79-2025"],
    ["Thành phố Hồ Chí Minh", "UBND-79-2025"],
    ["TP.HCM", "UBND-79-2025"],
    ["tp ho chi minh", "UBND-79-2025"],
    ["tỉnh Bà Rịa - Vũng Tàu", "UBND-77"],
    ["Bà Rịa-Vũng Tàu", "UBND-77"],
    ["ba ria vung tau", "UBND-77"],
    ["Cao Bằng", "UBND-04"],
    ["cao bang", "UBND-04"],
    ["Thanh Hoá", "UBND-38"], // new-style accent placement
    ["Khánh Hoà", "UBND-56-2025"],
    ["Đắk Lắk", "UBND-66-2025"],
    ["dak lak", "UBND-66-2025"],
    ["Vĩnh Long", "UBND-86-2025"],
    ["Thừa Thiên Huế", "UBND-46"],
    ["Thừa Thiên - Huế", "UBND-46"],
    ["thành phố Huế", "UBND-46"],
    ["Hà Nội", "UBND-01"],
    ["Nam Định", "UBND-36"],
    ["Yên Bái", "UBND-15"],
  ])("%s → %s", (name, code) => {
    expect(provinceByName(name)?.unitCode).toBe(code);
  });

  it.each([
    ["Vĩnh Long", "2024-12-14", "UBND-86"],
    ["Vĩnh Long", "2025-06-30", "UBND-86"],
    ["Vĩnh Long", "2025-07-01", "UBND-86-2025"],
    ["Lào Cai", "2020-10-14", "UBND-10"],
    ["Lào Cai", "2025-07-01", "UBND-15-2025"],
    ["TP. Hồ Chí Minh", "2019-03-14", "UBND-79"],
    ["Huế", "2020-01-01", "UBND-46"],
    ["Cao Bằng", "2025-12-31", "UBND-04"],
  ])("%s on %s → %s", (name, date, code) => {
    expect(provinceByName(name, date)?.unitCode).toBe(code);
  });

  it.each([
    ["Trà Vinh", "2025-07-01"],
    ["Hà Tây", undefined],
    ["", undefined],
    ["tỉnh", undefined],
    ["Sở Thông tin và Truyền thông", undefined],
  ])("finds nothing for %j on %s", (name, date) => {
    expect(provinceByName(name, date)).toBeUndefined();
  });

  it("lists both units of a reused name, oldest first", () => {
    expect(findProvincesByName("Đồng Nai").map((r) => r.unitCode)).toEqual(["UBND-75", "UBND-75-2025"]);
  });

  it.each([
    ["Tỉnh  Bà Rịa – Vũng Tàu", "bariavungtau"],
    ["TP. Cần Thơ", "cantho"],
    ["Thành phố Thủ Đức", "thuduc"],
    ["Đồng Tháp", "dongthap"],
  ])("reduces %j to the key %s", (name, key) => {
    expect(provinceKey(name)).toBe(key);
  });
});
