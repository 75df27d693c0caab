/**
 * Provincial units of Vietnam before and after the 2025 reorganisation, with their successions.
 *
 * Sources:
 * - Pre-2025 codes "01".."96": Decision 124/2004/QĐ-TTg (national list of administrative unit codes) as kept up to
 *   date by the General Statistics Office (Hà Tây, code 28, merged into Hà Nội on 2008-08-01 and is not listed).
 * - Thừa Thiên Huế became the centrally-governed "thành phố Huế" on 2025-01-01: Resolution 1314/NQ-UBTVQH15
 *   (30/11/2024).
 * - The 34 provinces from 2025-07-01 and which old provinces form each: Resolution 202/2025/QH15 (12/6/2025).
 * - Post-2025 codes: Decision 19/2025/QĐ-TTg (30/6/2025) list of administrative unit codes, as published by the
 *   statistics office: a merged province keeps the code of the old province where its seat is (new Lào Cai takes
 *   Yên Bái's 15, Gia Lai takes Bình Định's 52, Tây Ninh takes Long An's 80, Đồng Tháp takes Tiền Giang's 82,
 *   An Giang takes Kiên Giang's 91, Quảng Trị takes Quảng Bình's 44, Bắc Ninh takes Bắc Giang's 24).
 * Unit code scheme (other modules rely on it): unchanged province `UBND-<code>` valid throughout; merged old
 * province `UBND-<oldcode>` to 2025-06-30; new merged province `UBND-<newcode>-2025` from 2025-07-01.
 */
import type { SuccessionDefinition, UnitDefinition, UnitName } from "../domain/org-unit.js";

export type ProvinceType = "tinh" | "thanh_pho";

/** One name a province carried, with its administrative type over that period. */
export interface ProvinceNamePeriod {
  shortName: string;
  type: ProvinceType;
  validFrom: string;
  validTo: string | null;
}

/** A provincial unit as the reference lists it. */
export interface ProvinceRecord {
  unitCode: string;
  officialCode: string;
  /** "continuous": one of the 11 unchanged; "until-2025": one of the 52 merged away; "from-2025": one of the 23 new. */
  era: "continuous" | "until-2025" | "from-2025";
  validFrom: string;
  validTo: string | null;
  names: ProvinceNamePeriod[];
  /** For an old merged province: the unit code of the new province it became part of. */
  successorUnitCode: string | null;
}

/** First day of the 34-province map (Resolution 202/2025/QH15). */
export const REORGANISATION_DATE = "2025-07-01";
/** Last day of the 63-province map. */
export const LAST_DAY_BEFORE_REORGANISATION = "2025-06-30";
/** Start of validity for units whose history before the reference period is not modelled. */
export const BEGINNING = "1900-01-01";

type OldRow = readonly [code: string, shortName: string, type: ProvinceType];

// The 63 units valid until 2025-06-30 (Decision 124/2004/QĐ-TTg codes). Thừa Thiên Huế's rename is handled below.
const OLD_PROVINCES: readonly OldRow[] = [
  ["01", "Hà Nội", "thanh_pho"],
  ["02", "Hà Giang", "tinh"],
  ["04", "Cao Bằng", "tinh"],
  ["06", "Bắc Kạn", "tinh"],
  ["08", "Tuyên Quang", "tinh"],
  ["10", "Lào Cai", "tinh"],
  ["11", "Điện Biên", "tinh"],
  ["12", "Lai Châu", "tinh"],
  ["14", "Sơn La", "tinh"],
  ["15", "Yên Bái", "tinh"],
  ["17", "Hòa Bình", "tinh"],
  ["19", "Thái Nguyên", "tinh"],
  ["20", "Lạng Sơn", "tinh"],
  ["22", "Quảng Ninh", "tinh"],
  ["24", "Bắc Giang", "tinh"],
  ["25", "Phú Thọ", "tinh"],
  ["26", "Vĩnh Phúc", "tinh"],
  ["27", "Bắc Ninh", "tinh"],
  ["30", "Hải Dương", "tinh"],
  ["31", "Hải Phòng", "thanh_pho"],
  ["33", "Hưng Yên", "tinh"],
  ["34", "Thái Bình", "tinh"],
  ["35", "Hà Nam", "tinh"],
  ["36", "Nam Định", "tinh"],
  ["37", "Ninh Bình", "tinh"],
  ["38", "Thanh Hóa", "tinh"],
  ["40", "Nghệ An", "tinh"],
  ["42", "Hà Tĩnh", "tinh"],
  ["44", "Quảng Bình", "tinh"],
  ["45", "Quảng Trị", "tinh"],
  ["46", "Thừa Thiên Huế", "tinh"],
  ["48", "Đà Nẵng", "thanh_pho"],
  ["49", "Quảng Nam", "tinh"],
  ["51", "Quảng Ngãi", "tinh"],
  ["52", "Bình Định", "tinh"],
  ["54", "Phú Yên", "tinh"],
  ["56", "Khánh Hòa", "tinh"],
  ["58", "Ninh Thuận", "tinh"],
  ["60", "Bình Thuận", "tinh"],
  ["62", "Kon Tum", "tinh"],
  ["64", "Gia Lai", "tinh"],
  ["66", "Đắk Lắk", "tinh"],
  ["67", "Đắk Nông", "tinh"],
  ["68", "Lâm Đồng", "tinh"],
  ["70", "Bình Phước", "tinh"],
  ["72", "Tây Ninh", "tinh"],
  ["74", "Bình Dương", "tinh"],
  ["75", "Đồng Nai", "tinh"],
  ["77", "Bà Rịa - Vũng Tàu", "tinh"],
  ["79", "Hồ Chí Minh", "thanh_pho"],
  ["80", "Long An", "tinh"],
  ["82", "Tiền Giang", "tinh"],
  ["83", "Bến Tre", "tinh"],
  ["84", "Trà Vinh", "tinh"],
  ["86", "Vĩnh Long", "tinh"],
  ["87", "Đồng Tháp", "tinh"],
  ["89", "An Giang", "tinh"],
  ["91", "Kiên Giang", "tinh"],
  ["92", "Cần Thơ", "thanh_pho"],
  ["93", "Hậu Giang", "tinh"],
  ["94", "Sóc Trăng", "tinh"],
  ["95", "Bạc Liêu", "tinh"],
  ["96", "Cà Mau", "tinh"],
];

// The 11 provinces Resolution 202/2025/QH15 leaves unchanged (codes of the list above).
const UNCHANGED_CODES: readonly string[] = ["01", "04", "11", "12", "14", "20", "22", "38", "40", "42", "46"];

type NewRow = readonly [code: string, shortName: string, type: ProvinceType, predecessors: readonly string[]];

// The 23 merged provinces from 2025-07-01 (Resolution 202/2025/QH15; codes per Decision 19/2025/QĐ-TTg).
// Tiền Giang (82) goes to Đồng Tháp as a province; the statistics office's ward table moves a few of its
// communes to Tây Ninh, which this provincial model does not show.
const NEW_PROVINCES: readonly NewRow[] = [
  ["08", "Tuyên Quang", "tinh", ["08", "02"]],
  ["15", "Lào Cai", "tinh", ["10", "15"]],
  ["19", "Thái Nguyên", "tinh", ["19", "06"]],
  ["25", "Phú Thọ", "tinh", ["25", "26", "17"]],
  ["24", "Bắc Ninh", "tinh", ["27", "24"]],
  ["33", "Hưng Yên", "tinh", ["33", "34"]],
  ["31", "Hải Phòng", "thanh_pho", ["31", "30"]],
  ["37", "Ninh Bình", "tinh", ["37", "35", "36"]],
  ["44", "Quảng Trị", "tinh", ["45", "44"]],
  ["48", "Đà Nẵng", "thanh_pho", ["48", "49"]],
  ["51", "Quảng Ngãi", "tinh", ["51", "62"]],
  ["52", "Gia Lai", "tinh", ["64", "52"]],
  ["56", "Khánh Hòa", "tinh", ["56", "58"]],
  ["68", "Lâm Đồng", "tinh", ["68", "67", "60"]],
  ["66", "Đắk Lắk", "tinh", ["66", "54"]],
  ["79", "Hồ Chí Minh", "thanh_pho", ["79", "74", "77"]],
  ["75", "Đồng Nai", "tinh", ["75", "70"]],
  ["80", "Tây Ninh", "tinh", ["72", "80"]],
  ["92", "Cần Thơ", "thanh_pho", ["92", "94", "93"]],
  ["86", "Vĩnh Long", "tinh", ["86", "83", "84"]],
  ["82", "Đồng Tháp", "tinh", ["87", "82"]],
  ["96", "Cà Mau", "tinh", ["96", "95"]],
  ["91", "An Giang", "tinh", ["89", "91"]],
];

/** Unit code of an old (pre-2025 or continuous) province. */
export function oldProvinceUnitCode(officialCode: string): string {
  return `UBND-${officialCode}`;
}

/** Unit code of a province created on 2025-07-01. */
export function newProvinceUnitCode(officialCode: string): string {
  return `UBND-${officialCode}-2025`;
}

function buildRecords(): ProvinceRecord[] {
  const successorOf = new Map<string, string>();
  for (const [code, , , predecessors] of NEW_PROVINCES) {
    for (const old of predecessors) successorOf.set(old, newProvinceUnitCode(code));
  }
  const records: ProvinceRecord[] = OLD_PROVINCES.map(([code, shortName, type]) => {
    const continuous = UNCHANGED_CODES.includes(code);
    const validTo = continuous ? null : LAST_DAY_BEFORE_REORGANISATION;
    const names: ProvinceNamePeriod[] =
      code === "46"
        ? [
            { shortName, type, validFrom: BEGINNING, validTo: "2024-12-31" },
            // Resolution 1314/NQ-UBTVQH15: centrally-governed city from 2025-01-01.
            { shortName: "Huế", type: "thanh_pho", validFrom: "2025-01-01", validTo: null },
          ]
        : [{ shortName, type, validFrom: BEGINNING, validTo }];
    return {
      unitCode: oldProvinceUnitCode(code),
      officialCode: code,
      era: continuous ? "continuous" : "until-2025",
      validFrom: BEGINNING,
      validTo,
      names,
      successorUnitCode: continuous ? null : (successorOf.get(code) ?? null),
    };
  });
  for (const [code, shortName, type] of NEW_PROVINCES) {
    records.push({
      unitCode: newProvinceUnitCode(code),
      officialCode: code,
      era: "from-2025",
      validFrom: REORGANISATION_DATE,
      validTo: null,
      names: [{ shortName, type, validFrom: REORGANISATION_DATE, validTo: null }],
      successorUnitCode: null,
    });
  }
  return records;
}

/** Every provincial unit: 63 valid until 2025-06-30 (11 of them continuing) and the 23 new ones. */
export const provinceRecords: readonly ProvinceRecord[] = buildRecords();

/** The province's name with its type as written after "UBND" or "Sở ...": "tỉnh Cao Bằng", "Thành phố Hồ Chí Minh". */
export function provinceFullName(period: ProvinceNamePeriod): string {
  // Hồ Chí Minh City writes "Thành phố" with a capital: it is part of the proper name.
  if (period.shortName === "Hồ Chí Minh") return "Thành phố Hồ Chí Minh";
  return `${period.type === "tinh" ? "tỉnh" : "thành phố"} ${period.shortName}`;
}

/** The short name people use: "Cao Bằng", "TP. Hồ Chí Minh". */
export function provinceShortName(period: ProvinceNamePeriod): string {
  return period.shortName === "Hồ Chí Minh" ? "TP. Hồ Chí Minh" : period.shortName;
}

function unitNames(record: ProvinceRecord): UnitName[] {
  return record.names.map((period) => ({
    name: `UBND ${provinceFullName(period)}`,
    shortName: provinceShortName(period),
    symbol: "UBND",
    validFrom: period.validFrom,
    validTo: period.validTo,
  }));
}

/** The province (and its People's Committee) as a unit; its parent is the Government unit `CP`. */
export function provinceUnit(record: ProvinceRecord): UnitDefinition {
  return {
    code: record.unitCode,
    kind: "people_committee",
    parentCode: "CP",
    provinceCode: record.officialCode,
    validFrom: record.validFrom,
    validTo: record.validTo,
    names: unitNames(record),
  };
}

/** All provincial units (63 + 23 new = 86 definitions; 63 valid on 2025-06-30, 34 on 2025-07-01). */
export function provinceUnits(): UnitDefinition[] {
  return provinceRecords.map(provinceUnit);
}

/** One "merge" succession for each of the 52 old provinces merged on 2025-07-01. */
export function provinceSuccessions(): SuccessionDefinition[] {
  return provinceRecords.flatMap((record) =>
    record.successorUnitCode
      ? [
          {
            fromCode: record.unitCode,
            toCode: record.successorUnitCode,
            effectiveDate: REORGANISATION_DATE,
            kind: "merge" as const,
            note: "Nghị quyết 202/2025/QH15",
          },
        ]
      : [],
  );
}

/** The province records in force on a date (ISO "YYYY-MM-DD"). */
export function provincesOn(date: string): ProvinceRecord[] {
  return provinceRecords.filter((r) => r.validFrom <= date && (r.validTo === null || date <= r.validTo));
}

/** The record behind a unit code ("UBND-84", "UBND-86-2025"), if it is a province. */
export function findProvinceRecord(unitCode: string): ProvinceRecord | undefined {
  return provinceRecords.find((r) => r.unitCode === unitCode);
}
