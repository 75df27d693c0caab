/** Organisational units: kinds, names over time, hierarchy and successions (types; logic grows here). */

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
