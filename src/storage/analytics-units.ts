import { type Kysely, sql } from "kysely";
import type { SuccessionDefinition, SuccessionKind, UnitDefinition, UnitKind } from "../domain/org-unit.js";
import type { DB } from "./schema.js";
import { groupUnitNames } from "./units.js";

/** A unit definition with its database id, for analytics that join by id and reason by code. */
export interface StoredUnitDefinition extends UnitDefinition {
  id: number;
}

/** Every unit with its name history, and every succession: what a UnitGraph is built from (three queries). */
export async function loadUnitHierarchy(
  db: Kysely<DB>,
): Promise<{ units: StoredUnitDefinition[]; successions: SuccessionDefinition[] }> {
  const [units, names, successions] = await Promise.all([
    db
      .selectFrom("units as u")
      .leftJoin("units as p", "p.id", "u.parent_id")
      .select(["u.id", "u.code", "u.kind", "p.code as parent_code", "u.province_code", "u.valid_from", "u.valid_to"])
      .orderBy("u.code")
      .execute(),
    db
      .selectFrom("unit_names")
      .select(["unit_id", "name", "short_name", "symbol", "valid_from", "valid_to"])
      .orderBy("unit_id")
      .orderBy("valid_from")
      .execute(),
    db
      .selectFrom("unit_successions as s")
      .innerJoin("units as f", "f.id", "s.from_unit_id")
      .innerJoin("units as t", "t.id", "s.to_unit_id")
      .select(["f.code as from_code", "t.code as to_code", "s.effective_date", "s.kind", "s.note"])
      .execute(),
  ]);
  const namesOf = groupUnitNames(names);
  return {
    units: units.map((u) => ({
      id: u.id,
      code: u.code,
      kind: u.kind as UnitKind,
      parentCode: u.parent_code,
      provinceCode: u.province_code,
      validFrom: u.valid_from,
      validTo: u.valid_to,
      names: namesOf.get(u.id) ?? [],
    })),
    successions: successions.map((s) => ({
      fromCode: s.from_code,
      toCode: s.to_code,
      effectiveDate: s.effective_date,
      kind: s.kind as SuccessionKind,
      note: s.note,
    })),
  };
}

/**
 * The version of the reference data analytics caches (units, names, successions, holidays, regimes and their
 * forms, the indicator catalogue): a number every write to those tables bumps in its own transaction (migration
 * 007), so any insert, update or delete changes it. One row, far cheaper than reloading the tables.
 */
export async function referenceDataVersion(db: Kysely<DB>): Promise<string> {
  const row = await sql<{ v: string }>`select version::text as v from reference_data_version`.execute(db);
  return row.rows[0]!.v;
}
