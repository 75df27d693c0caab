/**
 * The provincial department in charge of information and communications, and its usual divisions.
 *
 * Sở Thông tin và Truyền thông were set up in every province during 2008 (Decree 13/2008/NĐ-CP; the day differs
 * per province, so 2008-01-01 stands for all). From 2025-03-01 they merged into the Sở Khoa học và Công nghệ,
 * following the ministry (Resolution 176/2025/QH15; Decree 45/2025/NĐ-CP on provincial specialised agencies);
 * as for the ministry, we keep ONE unit renamed, because it carries on the same reports.
 *
 * Divisions: the structure most departments had under Circular 06/2020/TT-BTTTT guidance is Văn phòng,
 * Thanh tra, Phòng Bưu chính - Viễn thông, Phòng Công nghệ thông tin and Phòng Thông tin - Báo chí - Xuất bản.
 * Information security (an toàn thông tin) is usually a task of the Phòng Công nghệ thông tin rather than a
 * division of its own, so no ATTT division is created; its field key maps to CNTT.
 * - The press, publishing, grassroots and external information work moved to the Sở Văn hóa, Thể thao và Du lịch
 *   with the 2025-03-01 merger, so TTBCXB ends on 2025-02-28.
 * - Department inspectorates (Thanh tra sở) were abolished by the Law on Inspection 84/2025/QH15 (effective
 *   2025-07-01; inspection passes to the provincial inspectorate), so TT ends on 2025-06-30 and the field key
 *   "thanh-tra" has no division after that date.
 * - After the merger each Sở KH&CN named its ICT divisions its own way; the names are kept as before.
 */
import type { SuccessionDefinition, UnitDefinition, UnitName } from "../domain/org-unit.js";
import { FIRST_DAY_OF_SCIENCE_NAME, LAST_DAY_OF_ICT_NAME } from "./ministry.js";

/** Approximate first day of the provincial departments of information and communications. */
export const DEPARTMENT_START = "2008-01-01";

export type DivisionSuffix = "VP" | "TT" | "BCVT" | "CNTT" | "TTBCXB";

/** Field keys of the ICT pack: the sections a division writes. */
export type FieldKey =
  | "van-phong"
  | "thanh-tra"
  | "buu-chinh"
  | "vien-thong"
  | "cntt"
  | "attt"
  | "bao-chi"
  | "ttcs"
  | "ttdn"
  | "to-chuc";

interface DivisionSpec {
  suffix: DivisionSuffix;
  name: string;
  symbol: string;
  /** Last day the division exists in any department (null: still exists). */
  lastDay: string | null;
}

const DIVISIONS: readonly DivisionSpec[] = [
  { suffix: "VP", name: "Văn phòng Sở", symbol: "VP", lastDay: null },
  { suffix: "TT", name: "Thanh tra Sở", symbol: "TTr", lastDay: "2025-06-30" },
  { suffix: "BCVT", name: "Phòng Bưu chính - Viễn thông", symbol: "BCVT", lastDay: null },
  { suffix: "CNTT", name: "Phòng Công nghệ thông tin", symbol: "CNTT", lastDay: null },
  { suffix: "TTBCXB", name: "Phòng Thông tin - Báo chí - Xuất bản", symbol: "TTBCXB", lastDay: LAST_DAY_OF_ICT_NAME },
];

/** Which report fields each division writes (the office also writes organisation and staff, "to-chuc"). */
export const divisionFieldKeys: Readonly<Record<DivisionSuffix, readonly FieldKey[]>> = {
  VP: ["van-phong", "to-chuc"],
  TT: ["thanh-tra"],
  BCVT: ["buu-chinh", "vien-thong"],
  CNTT: ["cntt", "attt"],
  TTBCXB: ["bao-chi", "ttcs", "ttdn"],
};

/** The division suffix that writes a field key ("attt" → "CNTT"). */
export function divisionForField(key: FieldKey): DivisionSuffix {
  for (const [suffix, keys] of Object.entries(divisionFieldKeys) as [DivisionSuffix, readonly FieldKey[]][]) {
    if (keys.includes(key)) return suffix;
  }
  throw new Error(`No division writes field ${key}`);
}

/** Department code of a province unit code: "UBND-04" → "SO-04", "UBND-86-2025" → "SO-86-2025". */
export function departmentCode(provinceUnitCode: string): string {
  if (!provinceUnitCode.startsWith("UBND-")) throw new Error(`Not a province unit code: ${provinceUnitCode}`);
  return `SO-${provinceUnitCode.slice("UBND-".length)}`;
}

/** Division code: "SO-04" + "CNTT" → "SO-04-CNTT". */
export function divisionCode(deptCode: string, suffix: DivisionSuffix): string {
  return `${deptCode}-${suffix}`;
}

const maxDate = (a: string, b: string): string => (a > b ? a : b);
const minDate = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : a < b ? a : b;

/** Parts of [from, to] (to null = open) cut at the 2025-03-01 rename, each with the name of its era. */
function departmentNamesFor(provinceName: UnitName, from: string, to: string | null): UnitName[] {
  if (!provinceName.name.startsWith("UBND "))
    throw new Error(`Province name must start with "UBND ": ${provinceName.name}`);
  const place = provinceName.name.slice("UBND ".length);
  const names: UnitName[] = [];
  if (from <= LAST_DAY_OF_ICT_NAME) {
    names.push({
      name: `Sở Thông tin và Truyền thông ${place}`,
      shortName: "Sở TT&TT",
      symbol: "STTTT",
      validFrom: from,
      validTo: minDate(to, LAST_DAY_OF_ICT_NAME),
    });
  }
  if (to === null || to >= FIRST_DAY_OF_SCIENCE_NAME) {
    names.push({
      name: `Sở Khoa học và Công nghệ ${place}`,
      shortName: "Sở KH&CN",
      symbol: "SKHCN",
      validFrom: maxDate(from, FIRST_DAY_OF_SCIENCE_NAME),
      validTo: to,
    });
  }
  return names;
}

/** The department of a province (a "people_committee" unit) followed by its divisions, each dated. */
export function departmentUnits(province: UnitDefinition): UnitDefinition[] {
  if (province.kind !== "people_committee") throw new Error(`${province.code} is not a province unit`);
  const code = departmentCode(province.code);
  const validFrom = maxDate(province.validFrom, DEPARTMENT_START);
  const validTo = province.validTo ?? null;
  const names = province.names.flatMap((provinceName) => {
    const from = maxDate(provinceName.validFrom, validFrom);
    const to = minDate(provinceName.validTo ?? null, validTo);
    return to !== null && to < from ? [] : departmentNamesFor(provinceName, from, to);
  });
  const department: UnitDefinition = {
    code,
    kind: "department",
    parentCode: province.code,
    provinceCode: province.provinceCode ?? null,
    validFrom,
    validTo,
    names,
  };
  const divisions = DIVISIONS.flatMap((spec): UnitDefinition[] => {
    const to = minDate(validTo, spec.lastDay);
    if (to !== null && to < validFrom) return [];
    return [
      {
        code: divisionCode(code, spec.suffix),
        kind: "division",
        parentCode: code,
        provinceCode: province.provinceCode ?? null,
        validFrom,
        validTo: to,
        names: [{ name: spec.name, shortName: spec.name, symbol: spec.symbol, validFrom, validTo: to }],
      },
    ];
  });
  return [department, ...divisions];
}

/**
 * Successions of departments and divisions that follow the provinces' merges: each old department merges into the
 * new province's department, and each division that exists on both sides merges into its counterpart.
 */
export function departmentSuccessions(
  provinceSuccessions: readonly SuccessionDefinition[],
  units: readonly UnitDefinition[],
): SuccessionDefinition[] {
  const codes = new Set(units.map((u) => u.code));
  const isLiveOn = (code: string, date: string) =>
    units.some((u) => u.code === code && u.validFrom <= date && (u.validTo == null || date <= u.validTo));
  return provinceSuccessions.flatMap((s) => {
    const from = departmentCode(s.fromCode);
    const to = departmentCode(s.toCode);
    const pairs: [string, string][] = [
      [from, to],
      ...DIVISIONS.map((d): [string, string] => [divisionCode(from, d.suffix), divisionCode(to, d.suffix)]),
    ];
    return pairs
      .filter(([a, b]) => codes.has(a) && isLiveOn(b, s.effectiveDate))
      .map(([a, b]) => ({
        fromCode: a,
        toCode: b,
        effectiveDate: s.effectiveDate,
        kind: s.kind,
        note: s.note ?? null,
      }));
  });
}
