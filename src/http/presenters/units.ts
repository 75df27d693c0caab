import type { UnitWithRelations } from "../../commands/get-unit.js";
import type { Unit, UnitDetail } from "../../contract/units.js";
import type { UnitSuccession as SuccessionRecord, Unit as UnitRecord } from "../../domain/records.js";

/** A unit as the API lists it (without database ids). */
export function presentUnit(unit: UnitRecord): Unit {
  return {
    code: unit.code,
    kind: unit.kind,
    name: unit.name,
    shortName: unit.shortName,
    symbol: unit.symbol,
    parentCode: unit.parentCode,
    provinceCode: unit.provinceCode,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
  };
}

function presentSuccession(s: SuccessionRecord): UnitDetail["successors"][number] {
  return { fromCode: s.fromCode, toCode: s.toCode, effectiveDate: s.effectiveDate, kind: s.kind, note: s.note };
}

/** A unit with its names over time, children and successions. */
export function presentUnitDetail({ unit, children, predecessors, successors }: UnitWithRelations): UnitDetail {
  return {
    ...presentUnit(unit),
    names: unit.names.map((n) => ({
      name: n.name,
      shortName: n.shortName ?? null,
      symbol: n.symbol ?? null,
      validFrom: n.validFrom,
      validTo: n.validTo ?? null,
    })),
    children: children.map(presentUnit),
    predecessors: predecessors.map(presentSuccession),
    successors: successors.map(presentSuccession),
  };
}
