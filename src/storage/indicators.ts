import { type Kysely, type Selectable, sql } from "kysely";
import { UserError } from "../domain/errors.js";
import type { Aggregation, DisaggregationDefinition, IndicatorDefinition, ValueType } from "../domain/indicator.js";
import type { Indicator } from "../domain/records.js";
import { foldText } from "../domain/vn-text.js";
import { notFound } from "./db-errors.js";
import type { DB, IndicatorsTable } from "./schema.js";
import { chunks, escapeLike } from "./sql-helpers.js";
import { inTransaction } from "./transaction.js";

/**
 * Creates or updates catalogue indicators by code with their disaggregation categories (the categories of an
 * indicator become exactly the given ones). Idempotent.
 */
export async function upsertIndicators(db: Kysely<DB>, indicators: readonly IndicatorDefinition[]): Promise<void> {
  indicators.forEach((ind, i) => {
    if (ind.aggregationUnits === "ratio" && !(ind.numeratorCode && ind.denominatorCode)) {
      throw new UserError(
        "INVALID_INPUT",
        `Chỉ tiêu "${ind.code}" là tỷ lệ nên phải có chỉ tiêu tử số và mẫu số (numeratorCode, denominatorCode).`,
        { field: `indicators[${i}].numeratorCode` },
      );
    }
  });
  if (indicators.length === 0) return;
  await inTransaction(db, async (trx) => {
    const ids = new Map<string, number>();
    for (const batch of chunks(indicators)) {
      const rows = await trx
        .insertInto("indicators")
        .values(
          batch.map((ind) => ({
            code: ind.code,
            name: ind.name.normalize("NFC"),
            field: ind.field,
            unit_of_measure: ind.unitOfMeasure,
            value_type: ind.valueType,
            aggregation_units: ind.aggregationUnits,
            aggregation_time: ind.aggregationTime,
            formula: ind.formula ?? null,
            numerator_code: ind.numeratorCode ?? null,
            denominator_code: ind.denominatorCode ?? null,
            is_cumulative: ind.isCumulative ?? false,
            keywords: ind.keywords.map(foldText),
            description: ind.description ?? null,
          })),
        )
        .onConflict((oc) =>
          oc.column("code").doUpdateSet((eb) => ({
            name: eb.ref("excluded.name"),
            field: eb.ref("excluded.field"),
            unit_of_measure: eb.ref("excluded.unit_of_measure"),
            value_type: eb.ref("excluded.value_type"),
            aggregation_units: eb.ref("excluded.aggregation_units"),
            aggregation_time: eb.ref("excluded.aggregation_time"),
            formula: eb.ref("excluded.formula"),
            numerator_code: eb.ref("excluded.numerator_code"),
            denominator_code: eb.ref("excluded.denominator_code"),
            is_cumulative: eb.ref("excluded.is_cumulative"),
            keywords: eb.ref("excluded.keywords"),
            description: eb.ref("excluded.description"),
          })),
        )
        .returning(["id", "code"])
        .execute();
      for (const r of rows) ids.set(r.code, r.id);
    }
    const categories = indicators.flatMap((ind) =>
      (ind.disaggregations ?? []).map((d, position) => ({ indicatorId: ids.get(ind.code)!, position, ...d })),
    );
    for (const batch of chunks(categories)) {
      await trx
        .insertInto("indicator_disaggregations")
        .values(
          batch.map((d) => ({
            indicator_id: d.indicatorId,
            dimension: d.dimension,
            code: d.code,
            name: d.name,
            position: d.position,
          })),
        )
        .onConflict((oc) =>
          oc.columns(["indicator_id", "code"]).doUpdateSet((eb) => ({
            dimension: eb.ref("excluded.dimension"),
            name: eb.ref("excluded.name"),
            position: eb.ref("excluded.position"),
          })),
        )
        .execute();
    }
    const keys = categories.map((d) => `${d.indicatorId}|${d.code}`);
    await sql`delete from indicator_disaggregations where indicator_id = any(${[...ids.values()]}::int[])
      and (indicator_id::text || '|' || code) <> all(${keys}::text[])`.execute(trx);
  });
}

export interface IndicatorQuery {
  /** Division field ("cntt"). */
  field?: string | undefined;
  /** Part of the code or name, with or without diacritics. */
  q?: string | undefined;
  codes?: readonly string[] | undefined;
  /** Only active (true) or deactivated (false) indicators; both when absent. */
  active?: boolean | undefined;
  limit?: number | undefined;
}

/** Catalogue indicators matching every given criterion, by code. */
export async function findIndicators(db: Kysely<DB>, query: IndicatorQuery = {}): Promise<Indicator[]> {
  let select = db
    .selectFrom("indicators")
    .selectAll()
    .orderBy("code")
    .limit(query.limit ?? 1000);
  if (query.field) select = select.where("field", "=", query.field);
  if (query.active !== undefined) select = select.where("is_active", "=", query.active);
  if (query.codes) {
    if (query.codes.length === 0) return [];
    select = select.where("code", "in", [...query.codes]);
  }
  const q = query.q ? foldText(query.q) : "";
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    select = select.where(sql<boolean>`(f_unaccent(name) like f_unaccent(${pattern}) or lower(code) like ${pattern})`);
  }
  return withDisaggregations(db, await select.execute());
}

/** One indicator by code with its categories; NOT_FOUND otherwise. */
export async function getIndicatorByCode(db: Kysely<DB>, code: string): Promise<Indicator> {
  const row = await db.selectFrom("indicators").selectAll().where("code", "=", code).executeTakeFirst();
  if (!row) throw notFound(`chỉ tiêu có mã "${code}"`, "indicatorCode");
  return (await withDisaggregations(db, [row]))[0]!;
}

/** Ids of the given indicator codes that exist. */
export async function indicatorIdsByCode(db: Kysely<DB>, codes: readonly string[]): Promise<Map<string, number>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom("indicators").select(["id", "code"]).where("code", "in", unique).execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

async function withDisaggregations(db: Kysely<DB>, rows: Selectable<IndicatorsTable>[]): Promise<Indicator[]> {
  if (rows.length === 0) return [];
  const categories = await db
    .selectFrom("indicator_disaggregations")
    .select(["indicator_id", "dimension", "code", "name"])
    .where(
      "indicator_id",
      "in",
      rows.map((r) => r.id),
    )
    .orderBy("indicator_id")
    .orderBy("position")
    .execute();
  const byIndicator = new Map<number, DisaggregationDefinition[]>();
  for (const c of categories) {
    const list = byIndicator.get(c.indicator_id) ?? [];
    list.push({ dimension: c.dimension, code: c.code, name: c.name });
    byIndicator.set(c.indicator_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    field: r.field ?? "",
    unitOfMeasure: r.unit_of_measure,
    valueType: r.value_type as ValueType,
    aggregationUnits: r.aggregation_units as Aggregation,
    aggregationTime: r.aggregation_time as Aggregation,
    formula: r.formula,
    numeratorCode: r.numerator_code,
    denominatorCode: r.denominator_code,
    isCumulative: r.is_cumulative,
    keywords: r.keywords,
    disaggregations: byIndicator.get(r.id) ?? [],
    description: r.description,
    isActive: r.is_active,
  }));
}
