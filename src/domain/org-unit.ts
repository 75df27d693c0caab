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
