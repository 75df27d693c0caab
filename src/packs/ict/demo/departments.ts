import type { SuccessionDefinition, UnitDefinition, UnitName } from "../../../domain/org-unit.js";

/** The day the provincial ICT departments became departments of science and technology. */
export const RENAME_DATE = "2025-03-01";
/** The day the merged provinces began (Resolution 202/2025/QH15). */
export const MERGE_DATE = "2025-07-01";

/** A province whose figures the demo simulates: the old provinces (the new Vĩnh Long is their sum). */
export interface DemoArea {
  key: string;
  /** Size relative to a province of about one million people: scales every figure. */
  scale: number;
}

export interface DemoLeader {
  name: string;
  title: "Giám đốc" | "Phó Giám đốc";
}

/** A department the demo writes reports for, with the months it existed and the areas it reported on. */
export interface DemoDepartment {
  code: string;
  provinceCode: string;
  /** Code of the province it belongs to since 1 July 2025 (its own, unless merged). */
  todayProvinceCode: string;
  provinceName: string;
  /** First and last month (YYYY-MM) the unit wrote reports; null: open-ended. */
  fromMonth: string | null;
  toMonth: string | null;
  areas: DemoArea[];
  leaders: DemoLeader[];
  /** Domain of the official e-mail system, cited in the text. */
  mailDomain: string;
}

const caoBang: DemoArea = { key: "cao-bang", scale: 0.55 };
const traVinh: DemoArea = { key: "tra-vinh", scale: 1.0 };
const benTre: DemoArea = { key: "ben-tre", scale: 1.3 };
const vinhLongOld: DemoArea = { key: "vinh-long-cu", scale: 1.0 };

export const demoDepartments: DemoDepartment[] = [
  {
    code: "SO-04",
    provinceCode: "04",
    todayProvinceCode: "04",
    provinceName: "Cao Bằng",
    fromMonth: null,
    toMonth: null,
    areas: [caoBang],
    leaders: [
      { name: "Lương Đức Hạnh", title: "Giám đốc" },
      { name: "Bế Thị Thu Hà", title: "Phó Giám đốc" },
      { name: "Hoàng Văn Khải", title: "Phó Giám đốc" },
    ],
    mailDomain: "caobang.gov.vn",
  },
  {
    code: "SO-84",
    provinceCode: "84",
    todayProvinceCode: "86",
    provinceName: "Trà Vinh",
    fromMonth: null,
    toMonth: "2025-06",
    areas: [traVinh],
    leaders: [
      { name: "Trần Minh Luân", title: "Giám đốc" },
      { name: "Thạch Thị Mỹ Linh", title: "Phó Giám đốc" },
      { name: "Nguyễn Hoàng Phúc", title: "Phó Giám đốc" },
    ],
    mailDomain: "travinh.gov.vn",
  },
  {
    code: "SO-83",
    provinceCode: "83",
    todayProvinceCode: "86",
    provinceName: "Bến Tre",
    fromMonth: null,
    toMonth: "2025-06",
    areas: [benTre],
    leaders: [
      { name: "Lê Văn Tâm", title: "Giám đốc" },
      { name: "Võ Thị Ngọc Trâm", title: "Phó Giám đốc" },
      { name: "Huỳnh Quốc Dũng", title: "Phó Giám đốc" },
    ],
    mailDomain: "bentre.gov.vn",
  },
  {
    code: "SO-86",
    provinceCode: "86",
    todayProvinceCode: "86",
    provinceName: "Vĩnh Long",
    fromMonth: null,
    toMonth: "2025-06",
    areas: [vinhLongOld],
    leaders: [
      { name: "Phạm Thanh Tùng", title: "Giám đốc" },
      { name: "Đặng Thị Kim Oanh", title: "Phó Giám đốc" },
      { name: "Trương Văn Hiếu", title: "Phó Giám đốc" },
    ],
    mailDomain: "vinhlong.gov.vn",
  },
  {
    code: "SO-86-2025",
    provinceCode: "86",
    todayProvinceCode: "86",
    provinceName: "Vĩnh Long",
    fromMonth: "2025-07",
    toMonth: null,
    areas: [traVinh, benTre, vinhLongOld],
    leaders: [
      { name: "Phạm Thanh Tùng", title: "Giám đốc" },
      { name: "Trần Minh Luân", title: "Phó Giám đốc" },
      { name: "Võ Thị Ngọc Trâm", title: "Phó Giám đốc" },
      { name: "Nguyễn Văn Bình", title: "Phó Giám đốc" },
    ],
    mailDomain: "vinhlong.gov.vn",
  },
];

/** The department's name and document symbol on a date: renamed on 1 March 2025. */
export function departmentNameOn(department: DemoDepartment, isoDate: string): { name: string; symbol: string } {
  return isoDate < RENAME_DATE
    ? { name: `Sở Thông tin và Truyền thông tỉnh ${department.provinceName}`, symbol: "STTTT" }
    : { name: `Sở Khoa học và Công nghệ tỉnh ${department.provinceName}`, symbol: "SKHCN" };
}

/** The ministry a department reports to on a date. */
export function ministryNameOn(isoDate: string): { name: string; symbol: string } {
  return isoDate < RENAME_DATE
    ? { name: "Bộ Thông tin và Truyền thông", symbol: "BTTTT" }
    : { name: "Bộ Khoa học và Công nghệ", symbol: "BKHCN" };
}

/** Division suffix → name; the press division left with press and publishing on 1 March 2025. */
const DIVISIONS: { suffix: string; name: string; until?: string }[] = [
  { suffix: "VP", name: "Văn phòng" },
  // Department inspectorates were abolished from 1 July 2025 (Law on Inspection 84/2025/QH15), as src/reference has it.
  { suffix: "TT", name: "Thanh tra", until: "2025-06-30" },
  { suffix: "BCVT", name: "Phòng Bưu chính, Viễn thông" },
  { suffix: "CNTT", name: "Phòng Công nghệ thông tin" },
  { suffix: "TTBCXB", name: "Phòng Thông tin - Báo chí - Xuất bản", until: "2025-02-28" },
];

/** Division field of the outline → division suffix of the unit code. */
const FIELD_DIVISION: Record<string, string> = {
  "buu-chinh": "BCVT",
  "vien-thong": "BCVT",
  cntt: "CNTT",
  attt: "CNTT",
  "bao-chi": "TTBCXB",
  ttcs: "TTBCXB",
  ttdn: "TTBCXB",
  "thanh-tra": "TT",
  "to-chuc": "VP",
  "van-phong": "VP",
};

/** The division unit that writes a section of this field on a date (the office when none does). */
export function divisionCodeFor(department: DemoDepartment, field: string | null, isoDate: string): string {
  return divisionCodeForSuffix(department, (field && FIELD_DIVISION[field]) || "VP", isoDate);
}

/** The division of this suffix ("TT") in the department on a date, or its office when it has none then. */
export function divisionCodeForSuffix(department: DemoDepartment, suffix: string, isoDate: string): string {
  const division = DIVISIONS.find((each) => each.suffix === suffix);
  const open =
    division && (!division.until || isoDate <= division.until) && !(suffix === "TTBCXB" && department.fromMonth);
  return `${department.code}-${open ? suffix : "VP"}`;
}

/** The symbol a division writes after the department's in a Công văn ("742/STTTT-CNTT"). */
export function divisionSymbol(divisionCode: string): string {
  const suffix = divisionCode.slice(divisionCode.lastIndexOf("-") + 1);
  return suffix === "TT" ? "TTra" : suffix;
}

function departmentNames(department: DemoDepartment): UnitName[] {
  const first = department.fromMonth ? `${department.fromMonth}-01` : "2008-04-01";
  const last = department.toMonth ? lastDayOf(department.toMonth) : null;
  const names: UnitName[] = [];
  if (first < RENAME_DATE) {
    names.push({ ...nameAt(department, first), validFrom: first, validTo: "2025-02-28" });
  }
  names.push({
    ...nameAt(department, RENAME_DATE),
    validFrom: first < RENAME_DATE ? RENAME_DATE : first,
    validTo: last,
  });
  return names;
}

function nameAt(department: DemoDepartment, isoDate: string): Omit<UnitName, "validFrom"> {
  const { name, symbol } = departmentNameOn(department, isoDate);
  return { name, shortName: name.replace(/ tỉnh .*$/, ""), symbol };
}

function lastDayOf(month: string): string {
  const [year, m] = month.split("-").map(Number);
  return new Date(Date.UTC(year ?? 0, m ?? 0, 0)).toISOString().slice(0, 10);
}

/** The demo departments and their divisions as unit definitions, with names valid over time. */
export function demoUnitDefinitions(): UnitDefinition[] {
  const units: UnitDefinition[] = [];
  for (const department of demoDepartments) {
    const names = departmentNames(department);
    const validFrom = names[0]?.validFrom ?? "2008-04-01";
    const validTo = department.toMonth ? lastDayOf(department.toMonth) : null;
    units.push({
      code: department.code,
      kind: "department",
      provinceCode: department.provinceCode,
      validFrom,
      validTo,
      names,
    });
    for (const division of DIVISIONS) {
      if (division.until && division.until < validFrom) continue;
      const until = division.until && (!validTo || division.until < validTo) ? division.until : validTo;
      units.push({
        code: `${department.code}-${division.suffix}`,
        kind: "division",
        parentCode: department.code,
        provinceCode: department.provinceCode,
        validFrom,
        validTo: until,
        names: [{ name: division.name, validFrom, validTo: until }],
      });
    }
  }
  return units;
}

/** Trà Vinh, Bến Tre and the old Vĩnh Long departments continue as the new Vĩnh Long department. */
export function demoSuccessions(): SuccessionDefinition[] {
  return ["SO-84", "SO-83", "SO-86"].map((fromCode) => ({
    fromCode,
    toCode: "SO-86-2025",
    effectiveDate: MERGE_DATE,
    kind: "merge",
    note: "Nghị quyết số 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh",
  }));
}
