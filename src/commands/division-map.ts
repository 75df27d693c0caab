import type { Unit } from "../domain/records.js";
import { type DivisionSuffix, divisionCode, divisionFieldKeys, type FieldKey } from "../reference/department.js";

const OFFICE_SUFFIXES = ["VP", "VAN-PHONG"];

function suffixOfField(field: string): DivisionSuffix | null {
  for (const [suffix, keys] of Object.entries(divisionFieldKeys) as [DivisionSuffix, readonly FieldKey[]][]) {
    if ((keys as readonly string[]).includes(field)) return suffix;
  }
  return null;
}

/**
 * The division of `department` that writes the sections of a division field ("attt" → SO-04-CNTT), among the
 * divisions that exist on the report's date; the office (Văn phòng) when that division does not exist then
 * (no inspectorate after 1 July 2025), null when the department has no office either.
 */
export function divisionForSection(department: string, divisions: readonly Unit[], field: string | null): Unit | null {
  if (!field) return null;
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const suffix = suffixOfField(field);
  const candidates = [
    ...(suffix ? [divisionCode(department, suffix)] : []),
    `${department}-${field.toUpperCase()}`,
    ...OFFICE_SUFFIXES.map((s) => `${department}-${s}`),
  ];
  for (const code of candidates) {
    const unit = byCode.get(code);
    if (unit) return unit;
  }
  return null;
}
