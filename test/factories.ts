import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { UnitDefinition, UnitKind } from "../src/domain/org-unit.js";
import type { Unit } from "../src/domain/records.js";
import type { DB } from "../src/storage/schema.js";
import { getUnitByCode, upsertUnits } from "../src/storage/units.js";

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
