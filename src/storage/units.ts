import { type Kysely, sql } from "kysely";
import { UserError } from "../domain/errors.js";
import {
  nameRecordAt,
  type SuccessionDefinition,
  type SuccessionKind,
  type UnitDefinition,
  type UnitKind,
  type UnitName,
} from "../domain/org-unit.js";
import type { Holiday, Unit, UnitSuccession } from "../domain/records.js";
import { foldText } from "../domain/vn-text.js";
import { notFound } from "./db-errors.js";
import type { DB } from "./schema.js";
import { chunks, escapeLike, todayInVietnam } from "./sql-helpers.js";
import { inTransaction } from "./transaction.js";

/**
 * Creates or updates units by code, their parents and their name history (a unit's names are replaced by
 * the given ones). Idempotent: loading the same definitions twice changes nothing.
 */
export async function upsertUnits(db: Kysely<DB>, units: readonly UnitDefinition[]): Promise<void> {
  units.forEach((u, i) => {
    if (u.names.length === 0) {
      throw new UserError("INVALID_INPUT", `Đơn vị "${u.code}" chưa có tên.`, { field: `units[${i}].names` });
    }
  });
  if (units.length === 0) return;
  await inTransaction(db, async (trx) => {
    const ids = new Map<string, number>();
    for (const batch of chunks(units)) {
      const rows = await trx
        .insertInto("units")
        .values(
          batch.map((u) => ({
            code: u.code,
            kind: u.kind,
            province_code: u.provinceCode ?? null,
            valid_from: u.validFrom,
            valid_to: u.validTo ?? null,
          })),
        )
        .onConflict((oc) =>
          oc.column("code").doUpdateSet((eb) => ({
            kind: eb.ref("excluded.kind"),
            province_code: eb.ref("excluded.province_code"),
            valid_from: eb.ref("excluded.valid_from"),
            valid_to: eb.ref("excluded.valid_to"),
          })),
        )
        .returning(["id", "code"])
        .execute();
      for (const r of rows) ids.set(r.code, r.id);
    }
    const parentCodes = [...new Set(units.flatMap((u) => (u.parentCode ? [u.parentCode] : [])))];
    const parents = await unitIdsByCode(trx, parentCodes);
    const missing = units.findIndex((u) => u.parentCode && !parents.has(u.parentCode));
    if (missing >= 0) {
      const u = units[missing]!;
      throw new UserError(
        "INVALID_REFERENCE",
        `Đơn vị "${u.code}" thuộc đơn vị cấp trên "${u.parentCode}" nhưng đơn vị đó không có trong danh mục.`,
        { field: `units[${missing}].parentCode` },
      );
    }
    for (const batch of chunks(units)) {
      const codes = batch.map((u) => u.code);
      const parentIds = batch.map((u) => (u.parentCode ? parents.get(u.parentCode)! : null));
      await sql`update units set parent_id = m.parent_id
        from (select unnest(${codes}::text[]) as code, unnest(${parentIds}::int[]) as parent_id) m
        where units.code = m.code and units.parent_id is distinct from m.parent_id`.execute(trx);
    }
    const names = units.flatMap((u) => u.names.map((n) => ({ unitId: ids.get(u.code)!, ...n })));
    for (const batch of chunks(names)) {
      await trx
        .insertInto("unit_names")
        .values(
          batch.map((n) => ({
            unit_id: n.unitId,
            name: n.name.normalize("NFC"),
            short_name: n.shortName ?? null,
            symbol: n.symbol ?? null,
            valid_from: n.validFrom,
            valid_to: n.validTo ?? null,
          })),
        )
        .onConflict((oc) =>
          oc.columns(["unit_id", "valid_from"]).doUpdateSet((eb) => ({
            name: eb.ref("excluded.name"),
            short_name: eb.ref("excluded.short_name"),
            symbol: eb.ref("excluded.symbol"),
            valid_to: eb.ref("excluded.valid_to"),
          })),
        )
        .execute();
    }
    // Names no longer in the definitions go: the definitions are the whole history.
    const keys = names.map((n) => `${n.unitId}|${n.validFrom}`);
    const unitIds = [...ids.values()];
    await sql`delete from unit_names where unit_id = any(${unitIds}::int[])
      and (unit_id::text || '|' || to_char(valid_from, 'YYYY-MM-DD')) <> all(${keys}::text[])`.execute(trx);
  });
}

/** Records successions by unit codes (idempotent on from, to and date). */
export async function upsertSuccessions(db: Kysely<DB>, successions: readonly SuccessionDefinition[]): Promise<void> {
  if (successions.length === 0) return;
  const ids = await unitIdsByCode(
    db,
    successions.flatMap((s) => [s.fromCode, s.toCode]),
  );
  successions.forEach((s, i) => {
    for (const [field, code] of [
      ["fromCode", s.fromCode],
      ["toCode", s.toCode],
    ] as const) {
      if (!ids.has(code)) {
        throw new UserError(
          "INVALID_REFERENCE",
          `Chuyển đổi đơn vị nhắc tới đơn vị "${code}" không có trong danh mục.`,
          {
            field: `successions[${i}].${field}`,
          },
        );
      }
    }
  });
  for (const batch of chunks(successions)) {
    await db
      .insertInto("unit_successions")
      .values(
        batch.map((s) => ({
          from_unit_id: ids.get(s.fromCode)!,
          to_unit_id: ids.get(s.toCode)!,
          effective_date: s.effectiveDate,
          kind: s.kind,
          note: s.note ?? null,
        })),
      )
      .onConflict((oc) =>
        oc.columns(["from_unit_id", "to_unit_id", "effective_date"]).doUpdateSet((eb) => ({
          kind: eb.ref("excluded.kind"),
          note: eb.ref("excluded.note"),
        })),
      )
      .execute();
  }
}

/** Ids of the given unit codes that exist. */
export async function unitIdsByCode(db: Kysely<DB>, codes: readonly string[]): Promise<Map<string, number>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom("units").select(["id", "code"]).where("code", "in", unique).execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

export interface UnitQuery {
  kind?: UnitKind | undefined;
  /** Part of a name or code, with or without diacritics ("cao bang", "so thong tin"). */
  q?: string | undefined;
  /** Only units valid on this date ("YYYY-MM-DD"); names are read for it too (default today). */
  at?: string | undefined;
  parentCode?: string | undefined;
  limit?: number | undefined;
}

/** Units matching every given criterion, by code. */
export async function findUnits(db: Kysely<DB>, query: UnitQuery = {}): Promise<Unit[]> {
  let select = db
    .selectFrom("units as u")
    .select("u.id")
    .orderBy("u.code")
    .limit(query.limit ?? 500);
  if (query.kind) select = select.where("u.kind", "=", query.kind);
  if (query.parentCode) {
    const parentCode = query.parentCode;
    select = select.where("u.parent_id", "=", (eb) =>
      eb.selectFrom("units").select("id").where("code", "=", parentCode),
    );
  }
  if (query.at) {
    const at = query.at;
    select = select
      .where("u.valid_from", "<=", at)
      .where((eb) => eb.or([eb("u.valid_to", "is", null), eb("u.valid_to", ">=", at)]));
  }
  const q = query.q ? foldText(query.q) : "";
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    select = select.where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom("unit_names as n")
            .select("n.id")
            .whereRef("n.unit_id", "=", "u.id")
            .where(sql<boolean>`f_unaccent(n.name) like f_unaccent(${pattern})`),
        ),
        eb(sql`lower(u.code)`, "like", pattern),
      ]),
    );
  }
  const rows = await select.execute();
  return loadUnits(
    db,
    rows.map((r) => r.id),
    query.at,
  );
}

/** The direct children of a unit (divisions of a department, departments of a province ...). */
export async function findChildUnits(db: Kysely<DB>, parentCode: string, at?: string): Promise<Unit[]> {
  return findUnits(db, { parentCode, at });
}

/** One unit by code, named as on `at` (default today); NOT_FOUND otherwise. */
export async function getUnitByCode(db: Kysely<DB>, code: string, at?: string): Promise<Unit> {
  const row = await db.selectFrom("units").select("id").where("code", "=", code).executeTakeFirst();
  if (!row) throw notFound(`đơn vị có mã "${code}"`, "unitCode");
  return (await loadUnits(db, [row.id], at))[0]!;
}

/** One unit by id, named as on `at` (default today); NOT_FOUND otherwise. */
export async function getUnitById(db: Kysely<DB>, id: number, at?: string): Promise<Unit> {
  const [unit] = await loadUnits(db, [id], at);
  if (!unit) throw notFound(`đơn vị số ${id}`, "unitId");
  return unit;
}

async function loadUnits(db: Kysely<DB>, ids: readonly number[], at: string | undefined): Promise<Unit[]> {
  if (ids.length === 0) return [];
  const day = at ?? todayInVietnam();
  const units = await db
    .selectFrom("units as u")
    .leftJoin("units as p", "p.id", "u.parent_id")
    .select([
      "u.id",
      "u.code",
      "u.kind",
      "u.parent_id",
      "p.code as parent_code",
      "u.province_code",
      "u.valid_from",
      "u.valid_to",
    ])
    .where("u.id", "in", ids)
    .execute();
  const names = await db
    .selectFrom("unit_names")
    .select(["unit_id", "name", "short_name", "symbol", "valid_from", "valid_to"])
    .where("unit_id", "in", ids)
    .orderBy("unit_id")
    .orderBy("valid_from")
    .execute();
  const namesOf = groupUnitNames(names);
  const byId = new Map(
    units.map((u) => {
      const definition: UnitDefinition = {
        code: u.code,
        kind: u.kind as UnitKind,
        parentCode: u.parent_code,
        provinceCode: u.province_code,
        validFrom: u.valid_from,
        validTo: u.valid_to,
        names: namesOf.get(u.id) ?? [],
      };
      const current = nameOn(definition, day);
      const unit: Unit = {
        ...definition,
        id: u.id,
        kind: definition.kind,
        parentId: u.parent_id,
        parentCode: u.parent_code,
        provinceCode: u.province_code,
        validTo: u.valid_to,
        name: current?.name ?? u.code,
        shortName: current?.shortName ?? null,
        symbol: current?.symbol ?? null,
      };
      return [u.id, unit] as const;
    }),
  );
  return ids.flatMap((id) => {
    const unit = byId.get(id);
    return unit ? [unit] : [];
  });
}

/** The name in force on `day`; outside every name's validity the latest earlier one, else the first. */
function nameOn(unit: UnitDefinition, day: string): UnitName | undefined {
  return nameRecordAt(unit, day) ?? unit.names.filter((n) => n.validFrom <= day).at(-1) ?? unit.names[0];
}

/** The units a unit became (merge, split, rename), following chains when `transitive`. */
export async function findSuccessors(
  db: Kysely<DB>,
  code: string,
  options: { transitive?: boolean } = {},
): Promise<UnitSuccession[]> {
  return followSuccessions(db, code, "forward", options.transitive ?? false);
}

/** The units a unit continues, following chains when `transitive`. */
export async function findPredecessors(
  db: Kysely<DB>,
  code: string,
  options: { transitive?: boolean } = {},
): Promise<UnitSuccession[]> {
  return followSuccessions(db, code, "backward", options.transitive ?? false);
}

async function followSuccessions(
  db: Kysely<DB>,
  code: string,
  direction: "forward" | "backward",
  transitive: boolean,
): Promise<UnitSuccession[]> {
  const start = await getUnitByCode(db, code);
  const maxDepth = transitive ? 20 : 1;
  const step =
    direction === "forward"
      ? sql`join chain c on s.from_unit_id = c.to_unit_id`
      : sql`join chain c on s.to_unit_id = c.from_unit_id`;
  const first = direction === "forward" ? sql`from_unit_id = ${start.id}` : sql`to_unit_id = ${start.id}`;
  const rows = await sql<{
    from_unit_id: number;
    from_code: string;
    to_unit_id: number;
    to_code: string;
    effective_date: string;
    kind: string;
    note: string | null;
    depth: number;
  }>`with recursive chain as (
      select from_unit_id, to_unit_id, effective_date, kind, note, 1 as depth from unit_successions where ${first}
      union
      select s.from_unit_id, s.to_unit_id, s.effective_date, s.kind, s.note, c.depth + 1
      from unit_successions s ${step} where c.depth < ${maxDepth}
    )
    select c.from_unit_id, f.code as from_code, c.to_unit_id, t.code as to_code,
      to_char(c.effective_date, 'YYYY-MM-DD') as effective_date, c.kind, c.note, min(c.depth) as depth
    from chain c join units f on f.id = c.from_unit_id join units t on t.id = c.to_unit_id
    group by c.from_unit_id, f.code, c.to_unit_id, t.code, c.effective_date, c.kind, c.note
    order by depth, c.effective_date, f.code, t.code`.execute(db);
  return rows.rows.map((r) => ({
    fromUnitId: r.from_unit_id,
    fromCode: r.from_code,
    toUnitId: r.to_unit_id,
    toCode: r.to_code,
    effectiveDate: r.effective_date,
    kind: r.kind as SuccessionKind,
    note: r.note,
    depth: Number(r.depth),
  }));
}

/** Creates or renames public holidays by day. */
export async function upsertHolidays(db: Kysely<DB>, holidays: readonly Holiday[]): Promise<void> {
  for (const batch of chunks(holidays)) {
    await db
      .insertInto("holidays")
      .values(batch.map((h) => ({ day: h.day, name: h.name })))
      .onConflict((oc) => oc.column("day").doUpdateSet((eb) => ({ name: eb.ref("excluded.name") })))
      .execute();
  }
}

/** Public holidays between `from` and `to` inclusive (either may be absent), by day. */
export async function findHolidays(db: Kysely<DB>, range: { from?: string; to?: string } = {}): Promise<Holiday[]> {
  let select = db.selectFrom("holidays").select(["day", "name"]).orderBy("day");
  if (range.from) select = select.where("day", ">=", range.from);
  if (range.to) select = select.where("day", "<=", range.to);
  return select.execute();
}

/** Every recorded succession as definitions (by unit code), for building the domain's UnitGraph. */
export async function findSuccessionDefinitions(db: Kysely<DB>): Promise<SuccessionDefinition[]> {
  const rows = await db
    .selectFrom("unit_successions as s")
    .innerJoin("units as f", "f.id", "s.from_unit_id")
    .innerJoin("units as t", "t.id", "s.to_unit_id")
    .select(["f.code as from_code", "t.code as to_code", "s.effective_date", "s.kind", "s.note"])
    .orderBy("s.effective_date")
    .orderBy("f.code")
    .orderBy("t.code")
    .execute();
  return rows.map((r) => ({
    fromCode: r.from_code,
    toCode: r.to_code,
    effectiveDate: r.effective_date,
    kind: r.kind as SuccessionKind,
    note: r.note,
  }));
}

/** Name rows grouped by unit, in the order given (callers order them by validity). */
export function groupUnitNames(
  rows: readonly {
    unit_id: number;
    name: string;
    short_name: string | null;
    symbol: string | null;
    valid_from: string;
    valid_to: string | null;
  }[],
): Map<number, UnitName[]> {
  const namesOf = new Map<number, UnitName[]>();
  for (const n of rows) {
    const list = namesOf.get(n.unit_id) ?? [];
    list.push({
      name: n.name,
      shortName: n.short_name,
      symbol: n.symbol,
      validFrom: n.valid_from,
      validTo: n.valid_to,
    });
    namesOf.set(n.unit_id, list);
  }
  return namesOf;
}
