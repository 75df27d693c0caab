import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { IndicatorDefinition } from "../src/domain/indicator.js";
import type { UnitDefinition, UnitKind } from "../src/domain/org-unit.js";
import type { Regime, Role, Unit, User } from "../src/domain/records.js";
import type { RegimeDefinition } from "../src/domain/regime.js";
import { upsertIndicators } from "../src/storage/indicators.js";
import { getRegimeByCode, upsertRegimes } from "../src/storage/regimes.js";
import type { DB } from "../src/storage/schema.js";
import { getUnitByCode, upsertUnits } from "../src/storage/units.js";
import { createUser } from "../src/storage/users.js";

/** A short random suffix: every factory makes its own codes so tests never collide or need cleaning. */
export function uniqueSuffix(): string {
  return randomBytes(4).toString("hex").toUpperCase();
}

export interface UnitOverrides {
  code?: string;
  kind?: UnitKind;
  name?: string;
  symbol?: string | null;
  parentCode?: string | null;
  provinceCode?: string | null;
  validFrom?: string;
  validTo?: string | null;
  names?: UnitDefinition["names"];
}

/** Creates one unit (a department by default, named after a province) and returns it. */
export async function buildUnit(db: Kysely<DB>, overrides: UnitOverrides = {}): Promise<Unit> {
  const code = overrides.code ?? `U-${uniqueSuffix()}`;
  const def: UnitDefinition = {
    code,
    kind: overrides.kind ?? "department",
    parentCode: overrides.parentCode ?? null,
    provinceCode: overrides.provinceCode ?? "04",
    validFrom: overrides.validFrom ?? "2008-01-01",
    validTo: overrides.validTo ?? null,
    names: overrides.names ?? [
      {
        name: overrides.name ?? `Sở Thông tin và Truyền thông tỉnh Cao Bằng ${code}`,
        symbol: overrides.symbol === undefined ? "STTTT" : overrides.symbol,
        validFrom: overrides.validFrom ?? "2008-01-01",
      },
    ],
  };
  await upsertUnits(db, [def]);
  return getUnitByCode(db, code);
}

/** The divisions a department's report is written by, with the field each one covers. */
export const DIVISION_FIELDS = [
  { field: "van-phong", name: "Văn phòng Sở" },
  { field: "cntt", name: "Phòng Công nghệ thông tin" },
  { field: "buu-chinh-vien-thong", name: "Phòng Bưu chính, Viễn thông" },
] as const;

export interface Department {
  department: Unit;
  /** The divisions by field ("van-phong", "cntt", "buu-chinh-vien-thong"). */
  divisions: Record<(typeof DIVISION_FIELDS)[number]["field"], Unit>;
}

/** Creates a department with its three divisions (office, IT, post and telecommunications). */
export async function buildDepartment(db: Kysely<DB>, overrides: UnitOverrides = {}): Promise<Department> {
  const department = await buildUnit(db, { kind: "department", ...overrides });
  const divisions: Partial<Department["divisions"]> = {};
  for (const d of DIVISION_FIELDS) {
    divisions[d.field] = await buildUnit(db, {
      code: `${department.code}-${d.field.toUpperCase()}`,
      kind: "division",
      name: d.name,
      symbol: null,
      parentCode: department.code,
      provinceCode: department.provinceCode,
    });
  }
  return { department, divisions: divisions as Department["divisions"] };
}

/** The three indicators of the test regimes: documents sent, of which digitally signed, and the signed share. */
export function buildIndicatorDefinitions(suffix: string = uniqueSuffix()): IndicatorDefinition[] {
  const out = `DOC_OUT_${suffix}`;
  const signed = `DOC_SIGNED_${suffix}`;
  return [
    {
      code: out,
      name: "Tổng số văn bản đi",
      field: "van-phong",
      unitOfMeasure: "văn bản",
      valueType: "integer",
      aggregationUnits: "sum",
      aggregationTime: "sum",
      keywords: ["van ban di"],
      disaggregations: [
        { dimension: "channel", code: "online", name: "Gửi qua mạng" },
        { dimension: "channel", code: "paper", name: "Gửi bản giấy" },
      ],
    },
    {
      code: signed,
      name: "Số văn bản đi được ký số",
      field: "cntt",
      unitOfMeasure: "văn bản",
      valueType: "integer",
      aggregationUnits: "sum",
      aggregationTime: "sum",
      isCumulative: false,
      keywords: ["van ban ky so", "ky so"],
    },
    {
      code: `DOC_SIGNED_RATE_${suffix}`,
      name: "Tỷ lệ văn bản đi được ký số",
      field: "cntt",
      unitOfMeasure: "%",
      valueType: "percent",
      aggregationUnits: "ratio",
      aggregationTime: "ratio",
      formula: `${signed} / ${out} * 100`,
      numeratorCode: signed,
      denominatorCode: out,
      keywords: ["ty le ky so"],
    },
  ];
}

/** A monthly regime definition with a small outline (one section per division, tasks, recommendations). */
export function buildRegimeDefinition(indicators: readonly IndicatorDefinition[], code?: string): RegimeDefinition {
  return {
    code: code ?? `BC-THANG-${uniqueSuffix()}`,
    name: "Báo cáo tình hình hoạt động ngành thông tin và truyền thông hằng tháng",
    kind: "periodic",
    frequency: "month",
    docType: "BC",
    content: "Kết quả công tác trong tháng và nhiệm vụ tháng tiếp theo",
    legalBasis: "Thông tư 02/2023/TT-BTTTT",
    cutoff: { startDay: 15, endDay: 14, startInPreviousMonth: true },
    deadlines: [{ level: "department", day: 15, monthOffset: 0, moveToNextWorkingDay: true }],
    submittingUnitKinds: ["department"],
    receivingUnitKinds: ["ministry"],
    sendMethod: "Hệ thống thông tin báo cáo",
    validFrom: "2023-07-01",
    outline: [
      {
        key: "ket-qua",
        number: "I",
        title: "KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
        level: 1,
        divisionField: null,
        contentKind: "narrative",
      },
      {
        key: "van-phong",
        parentKey: "ket-qua",
        number: "1",
        title: "Công tác văn phòng",
        level: 2,
        divisionField: "van-phong",
        contentKind: "narrative",
      },
      {
        key: "cntt",
        parentKey: "ket-qua",
        number: "2",
        title: "Công nghệ thông tin",
        level: 2,
        divisionField: "cntt",
        contentKind: "narrative",
      },
      {
        key: "nhiem-vu",
        number: "II",
        title: "NHIỆM VỤ THÁNG TIẾP THEO",
        level: 1,
        divisionField: null,
        contentKind: "tasks",
      },
      {
        key: "kien-nghi",
        number: "III",
        title: "ĐỀ XUẤT, KIẾN NGHỊ",
        level: 1,
        divisionField: null,
        contentKind: "recommendations",
      },
    ],
    indicators: indicators.map((ind, i) => ({
      indicatorCode: ind.code,
      sectionKey: ind.field === "cntt" ? "cntt" : "van-phong",
      isRequired: i === 0,
    })),
  };
}

/** Creates the three indicators and a monthly regime using them; returns the stored regime. */
export async function buildRegime(db: Kysely<DB>): Promise<Regime> {
  const indicators = buildIndicatorDefinitions();
  await upsertIndicators(db, indicators);
  const def = buildRegimeDefinition(indicators);
  await upsertRegimes(db, [def]);
  return getRegimeByCode(db, def.code);
}

export interface UserOverrides {
  username?: string;
  displayName?: string;
  role?: Role;
  /** The unit the role is held in; a new department is created when absent. */
  unitCode?: string;
  passwordHash?: string;
}

/** Creates a user holding one role (office by default) in a unit, creating the unit when none is given. */
export async function buildUser(db: Kysely<DB>, overrides: UserOverrides = {}): Promise<User> {
  const unitCode = overrides.unitCode ?? (await buildUnit(db)).code;
  return createUser(db, {
    username: overrides.username ?? `cv-${uniqueSuffix().toLowerCase()}`,
    displayName: overrides.displayName ?? "Nguyễn Thị Hồng Nhung",
    // Not a real hash: tests that sign in hash their own password.
    passwordHash: overrides.passwordHash ?? "$argon2id$v=19$m=19456,t=2,p=1$dGVzdA$dGVzdA",
    roles: [{ role: overrides.role ?? "office", unitCode }],
  });
}
