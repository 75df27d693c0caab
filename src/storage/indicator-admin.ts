import type { Kysely } from "kysely";
import type { IndicatorDefinition } from "../domain/indicator.js";
import { dependenciesOf, type IndicatorParts } from "../domain/indicator-graph.js";
import { foldText } from "../domain/vn-text.js";
import { notFound, withViolations } from "./db-errors.js";
import type { DB } from "./schema.js";

/** Every catalogue indicator's code and what it is computed from (to check formulas and cycles). */
export async function findIndicatorParts(db: Kysely<DB>): Promise<IndicatorParts[]> {
  const rows = await db
    .selectFrom("indicators")
    .select(["code", "formula", "numerator_code", "denominator_code"])
    .execute();
  return rows.map((r) => ({
    code: r.code,
    formula: r.formula,
    numeratorCode: r.numerator_code,
    denominatorCode: r.denominator_code,
  }));
}

function columns(def: IndicatorDefinition) {
  return {
    name: def.name.normalize("NFC"),
    field: def.field || null,
    unit_of_measure: def.unitOfMeasure?.normalize("NFC") || null,
    value_type: def.valueType,
    aggregation_units: def.aggregationUnits,
    aggregation_time: def.aggregationTime,
    formula: def.formula || null,
    numerator_code: def.numeratorCode || null,
    denominator_code: def.denominatorCode || null,
    is_cumulative: def.isCumulative ?? false,
    keywords: [...new Set(def.keywords.map(foldText).filter(Boolean))],
    description: def.description?.normalize("NFC") || null,
  };
}

async function replaceCategories(db: Kysely<DB>, indicatorId: number, def: IndicatorDefinition): Promise<void> {
  await db.deleteFrom("indicator_disaggregations").where("indicator_id", "=", indicatorId).execute();
  const categories = def.disaggregations ?? [];
  if (categories.length === 0) return;
  await withViolations({ unique: "Hai hạng mục phân tổ trùng mã.", field: "disaggregations" }, () =>
    db
      .insertInto("indicator_disaggregations")
      .values(
        categories.map((d, position) => ({
          indicator_id: indicatorId,
          dimension: d.dimension,
          code: d.code,
          name: d.name.normalize("NFC"),
          position,
        })),
      )
      .execute(),
  );
}

/** Adds an indicator with its categories; ALREADY_EXISTS (field "code") when the code is taken. */
export async function insertIndicator(db: Kysely<DB>, def: IndicatorDefinition): Promise<number> {
  const row = await withViolations({ unique: `Mã chỉ tiêu "${def.code}" đã có trong danh mục.`, field: "code" }, () =>
    db
      .insertInto("indicators")
      .values({ code: def.code, ...columns(def) })
      .returning("id")
      .executeTakeFirstOrThrow(),
  );
  await replaceCategories(db, row.id, def);
  return row.id;
}

/** Changes an indicator (found by code) and makes its categories exactly the given ones; NOT_FOUND otherwise. */
export async function updateIndicator(db: Kysely<DB>, def: IndicatorDefinition): Promise<number> {
  const row = await db
    .updateTable("indicators")
    .set(columns(def))
    .where("code", "=", def.code)
    .returning("id")
    .executeTakeFirst();
  if (!row) throw notFound(`chỉ tiêu có mã "${def.code}"`, "code");
  await replaceCategories(db, row.id, def);
  return row.id;
}

/** Where an indicator is used: values of reports, figures, regime forms and other indicators' formulas. */
export interface IndicatorUsage {
  values: number;
  figures: number;
  regimes: number;
  dependents: string[];
}

export async function indicatorUsage(db: Kysely<DB>, id: number, code: string): Promise<IndicatorUsage> {
  const count = async (table: "data_values" | "report_figures" | "regime_indicators") => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("indicator_id", "=", id)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const dependents = (await findIndicatorParts(db))
    .filter((i) => i.code !== code)
    .filter((i) => dependenciesOf(i).includes(code))
    .map((i) => i.code);
  return {
    values: await count("data_values"),
    figures: await count("report_figures"),
    regimes: await count("regime_indicators"),
    dependents,
  };
}

/** Deletes an unused indicator (its categories go with it). */
export async function deleteIndicator(db: Kysely<DB>, id: number): Promise<void> {
  await db.deleteFrom("indicators").where("id", "=", id).execute();
}

/** Deactivates or reactivates an indicator. */
export async function setIndicatorActive(db: Kysely<DB>, id: number, active: boolean): Promise<void> {
  await db.updateTable("indicators").set({ is_active: active }).where("id", "=", id).execute();
}
