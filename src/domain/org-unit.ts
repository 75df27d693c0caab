/** Organisational units: kinds, names over time, hierarchy and successions (merge, split, rename, transfer). */
import { UserError } from "./errors.js";

export type UnitKind =
  | "country"
  | "government"
  | "ministry"
  | "ministry_unit"
  | "people_committee"
  | "department"
  | "division"
  | "district"
  | "commune"
  | "agency";

/** A name a unit carried from `validFrom` until `validTo` (inclusive; null = still in force). */
export interface UnitName {
  name: string;
  shortName?: string | null;
  /** The symbol the unit writes in document codes ("STTTT", "SKHCN"). */
  symbol?: string | null;
  validFrom: string;
  validTo?: string | null;
}

/** A unit as reference data or packs define it; `parentCode` refers to another unit's code. */
export interface UnitDefinition {
  code: string;
  kind: UnitKind;
  parentCode?: string | null;
  /** National administrative code of the unit's province ("04" for Cao Bằng). */
  provinceCode?: string | null;
  validFrom: string;
  validTo?: string | null;
  names: UnitName[];
}

export type SuccessionKind = "merge" | "split" | "rename" | "transfer";

/** Unit `fromCode` continues as `toCode` from `effectiveDate` (the first day of the new unit). */
export interface SuccessionDefinition {
  fromCode: string;
  toCode: string;
  effectiveDate: string;
  kind: SuccessionKind;
  note?: string | null;
}

const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  country: "quốc gia",
  government: "Chính phủ",
  ministry: "Bộ",
  ministry_unit: "đơn vị thuộc Bộ",
  people_committee: "Ủy ban nhân dân",
  department: "Sở",
  division: "phòng chuyên môn",
  district: "cấp huyện",
  commune: "cấp xã",
  agency: "cơ quan",
};

/** The Vietnamese name of a kind of unit, as messages use it ("Sở", "đơn vị thuộc Bộ"). */
export function unitKindLabel(kind: UnitKind): string {
  return UNIT_KIND_LABELS[kind];
}

/** True when `date` lies within [validFrom, validTo] (validTo null = open). */
function within(date: string, validFrom: string, validTo: string | null | undefined): boolean {
  return validFrom <= date && (validTo == null || date <= validTo);
}

/** True when the unit existed on `date`. */
export function isValidAt(unit: UnitDefinition, date: string): boolean {
  return within(date, unit.validFrom, unit.validTo);
}

/** The name record in force on `date` (the latest-starting one if records overlap), or null. */
export function nameRecordAt(unit: UnitDefinition, date: string): UnitName | null {
  let found: UnitName | null = null;
  for (const name of unit.names) {
    if (within(date, name.validFrom, name.validTo) && (!found || name.validFrom > found.validFrom)) found = name;
  }
  return found;
}

/** The unit's name on `date` ("Sở Thông tin và Truyền thông" before 1/3/2025, "Sở Khoa học và Công nghệ" after). */
export function nameAt(unit: UnitDefinition, date: string): string | null {
  return nameRecordAt(unit, date)?.name ?? null;
}

/** The symbol the unit wrote in document codes on `date` ("STTTT", later "SKHCN"), or null. */
export function symbolAt(unit: UnitDefinition, date: string): string | null {
  return nameRecordAt(unit, date)?.symbol ?? null;
}

/** The units that existed on `date`, in the given order. */
export function unitsAt(units: readonly UnitDefinition[], date: string): UnitDefinition[] {
  return units.filter((unit) => isValidAt(unit, date));
}

function walkSuccessors(
  code: string,
  date: string,
  successionsFrom: (code: string) => readonly SuccessionDefinition[],
  since = "",
): string[] {
  const result: string[] = [];
  const seen = new Set<string>();
  const visit = (current: string) => {
    if (seen.has(current)) return;
    seen.add(current);
    const next = successionsFrom(current).filter(
      (s) => s.toCode !== current && s.effectiveDate > since && s.effectiveDate <= date,
    );
    // A transfer hands over part of a unit; the unit itself goes on.
    if (next.every((s) => s.kind === "transfer")) result.push(current);
    for (const succession of next) visit(succession.toCode);
  };
  visit(code);
  return result;
}

/**
 * The units `code` had become by `date`, following chains (Hà Sơn Bình → Hà Tây → Hà Nội): itself when nothing
 * happened yet; several after a split; a "transfer" hands part of a unit on and keeps the unit itself.
 */
export function successorsAt(code: string, date: string, successions: readonly SuccessionDefinition[]): string[] {
  return walkSuccessors(code, date, (from) => successions.filter((s) => s.fromCode === from));
}

function walkPredecessors(code: string, successionsTo: (code: string) => readonly SuccessionDefinition[]): string[] {
  const result: string[] = [];
  const seen = new Set<string>([code]);
  let frontier = [code];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const current of frontier) {
      for (const s of successionsTo(current)) {
        if (seen.has(s.fromCode)) continue;
        seen.add(s.fromCode);
        result.push(s.fromCode);
        next.push(s.fromCode);
      }
    }
    frontier = next;
  }
  return result;
}

/** Every unit that flowed into `code` at any time, nearest first (Trà Vinh, Bến Tre → the new Vĩnh Long). */
export function predecessorsOf(code: string, successions: readonly SuccessionDefinition[]): string[] {
  return walkPredecessors(code, (to) => successions.filter((s) => s.toCode === to));
}

/** A unit whose figures count toward another; `partial` when it was split, so only part of it continues there. */
export interface Contributor {
  code: string;
  partial: boolean;
}

/**
 * Unit definitions and successions indexed once for fast lookups: names in time, hierarchy, and which historical
 * units make up today's unit (to view old figures by today's provinces).
 */
export class UnitGraph {
  private readonly byCode = new Map<string, UnitDefinition>();
  private readonly children = new Map<string, UnitDefinition[]>();
  private readonly successionsFrom = new Map<string, SuccessionDefinition[]>();
  private readonly successionsTo = new Map<string, SuccessionDefinition[]>();

  constructor(
    readonly units: readonly UnitDefinition[],
    readonly successions: readonly SuccessionDefinition[] = [],
  ) {
    for (const unit of units) {
      this.byCode.set(unit.code, unit);
      if (unit.parentCode) {
        const siblings = this.children.get(unit.parentCode) ?? [];
        siblings.push(unit);
        this.children.set(unit.parentCode, siblings);
      }
    }
    for (const s of successions) {
      this.successionsFrom.set(s.fromCode, [...(this.successionsFrom.get(s.fromCode) ?? []), s]);
      this.successionsTo.set(s.toCode, [...(this.successionsTo.get(s.toCode) ?? []), s]);
    }
  }

  /** The unit with this code, or undefined. */
  find(code: string): UnitDefinition | undefined {
    return this.byCode.get(code);
  }

  /** The unit with this code; an unknown code is a UserError. */
  get(code: string): UnitDefinition {
    const unit = this.byCode.get(code);
    if (!unit) throw new UserError("unknown_unit", `Không có đơn vị mã "${code}".`, { field: "unitCode" });
    return unit;
  }

  /** The unit's name on `date`, or null when unknown or not named then. */
  nameAt(code: string, date: string): string | null {
    const unit = this.byCode.get(code);
    return unit ? nameAt(unit, date) : null;
  }

  /** The units that existed on `date`, optionally of one kind. */
  unitsAt(date: string, kind?: UnitKind): UnitDefinition[] {
    return unitsAt(this.units, date).filter((unit) => !kind || unit.kind === kind);
  }

  /** The direct sub-units of `code` that existed on `date`. */
  childrenAt(code: string, date: string): UnitDefinition[] {
    return (this.children.get(code) ?? []).filter((unit) => isValidAt(unit, date));
  }

  /** Parent, grandparent … up to the root (a cycle in the data stops the walk). */
  ancestorsOf(code: string): UnitDefinition[] {
    const result: UnitDefinition[] = [];
    const seen = new Set<string>([code]);
    let parentCode = this.byCode.get(code)?.parentCode;
    while (parentCode && !seen.has(parentCode)) {
      seen.add(parentCode);
      const parent = this.byCode.get(parentCode);
      if (!parent) break;
      result.push(parent);
      parentCode = parent.parentCode;
    }
    return result;
  }

  /** See {@link successorsAt}; indexed. */
  successorsAt(code: string, date: string): string[] {
    return walkSuccessors(code, date, (from) => this.successionsFrom.get(from) ?? []);
  }

  /** What `code` as it stood on `from` had become by `to`: only successions after `from` count. */
  successorsBetween(code: string, from: string, to: string): string[] {
    return walkSuccessors(code, to, (c) => this.successionsFrom.get(c) ?? [], from);
  }

  /** See {@link predecessorsOf}. */
  predecessorsOf(code: string): string[] {
    return walkPredecessors(code, (to) => this.successionsTo.get(to) ?? []);
  }

  /**
   * The units whose figures dated `dataDate` make up `code` as it stands on `asOf`: the new Vĩnh Long's 2024
   * figures are old Vĩnh Long's, Trà Vinh's and Bến Tre's. Units that did not exist on `dataDate` are left out;
   * a unit is partial when, after `dataDate`, it was split or handed part of itself to another unit.
   */
  contributorsAt(code: string, dataDate: string, asOf: string): Contributor[] {
    const result: Contributor[] = [];
    for (const candidate of [code, ...this.predecessorsOf(code)]) {
      const unit = this.byCode.get(candidate);
      if (unit && !isValidAt(unit, dataDate)) continue;
      const successors = this.successorsBetween(candidate, dataDate, asOf);
      if (!successors.includes(code)) continue;
      result.push({ code: candidate, partial: successors.length > 1 });
    }
    return result;
  }

  /** Problems in the data, in Vietnamese: successions naming unknown units, cycles, gaps in names. */
  validate(): string[] {
    const problems: string[] = [];
    for (const s of this.successions) {
      for (const code of [s.fromCode, s.toCode]) {
        if (!this.byCode.has(code)) problems.push(`Kế thừa ${s.fromCode} → ${s.toCode}: không có đơn vị mã "${code}".`);
      }
      const to = this.byCode.get(s.toCode);
      if (to && !isValidAt(to, s.effectiveDate)) {
        problems.push(
          `Kế thừa ${s.fromCode} → ${s.toCode} ngày ${s.effectiveDate}: đơn vị "${s.toCode}" chưa hoặc không còn hiệu lực vào ngày đó.`,
        );
      }
      if (s.fromCode !== s.toCode && this.predecessorsOf(s.fromCode).includes(s.toCode)) {
        problems.push(`Kế thừa ${s.fromCode} → ${s.toCode} tạo thành vòng lặp.`);
      }
    }
    for (const unit of this.units) {
      if (unit.parentCode && !this.byCode.has(unit.parentCode)) {
        problems.push(`Đơn vị "${unit.code}": không có đơn vị cấp trên mã "${unit.parentCode}".`);
      }
      if (!nameAt(unit, unit.validFrom)) {
        problems.push(`Đơn vị "${unit.code}": không có tên vào ngày bắt đầu hiệu lực ${unit.validFrom}.`);
      }
    }
    return problems;
  }
}
