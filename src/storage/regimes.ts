import { type Kysely, type Selectable, sql } from "kysely";
import { UserError } from "../domain/errors.js";
import type { ValueType } from "../domain/indicator.js";
import type { UnitKind } from "../domain/org-unit.js";
import type { Regime, RegimeIndicator, RegimeSummary } from "../domain/records.js";
import type {
  CutoffRule,
  DeadlineRule,
  Frequency,
  OutlineSection,
  RegimeDefinition,
  RegimeKind,
  SectionContentKind,
} from "../domain/regime.js";
import { foldText } from "../domain/vn-text.js";
import { notFound } from "./db-errors.js";
import { indicatorIdsByCode } from "./indicators.js";
import type { DB, RegimesTable } from "./schema.js";
import { escapeLike } from "./sql-helpers.js";
import { inTransaction } from "./transaction.js";

/**
 * Creates or updates regimes by code with their outline and indicator form (both replaced by the given ones).
 * Every indicator of the form must be in the catalogue already. Idempotent.
 */
export async function upsertRegimes(db: Kysely<DB>, regimes: readonly RegimeDefinition[]): Promise<void> {
  regimes.forEach(validateOutline);
  if (regimes.length === 0) return;
  const indicatorIds = await indicatorIdsByCode(
    db,
    regimes.flatMap((r) => r.indicators.map((i) => i.indicatorCode)),
  );
  regimes.forEach((r, ri) => {
    r.indicators.forEach((ref, ii) => {
      if (!indicatorIds.has(ref.indicatorCode)) {
        throw new UserError(
          "INVALID_REFERENCE",
          `Chế độ báo cáo "${r.code}" dùng chỉ tiêu "${ref.indicatorCode}" không có trong danh mục chỉ tiêu.`,
          { field: `regimes[${ri}].indicators[${ii}].indicatorCode` },
        );
      }
    });
  });
  await inTransaction(db, async (trx) => {
    for (const r of regimes) {
      const fields = {
        name: r.name.normalize("NFC"),
        kind: r.kind,
        frequency: r.frequency,
        doc_type: r.docType,
        content: r.content,
        legal_basis: r.legalBasis,
        cutoff_rule: JSON.stringify(r.cutoff),
        deadline_rules: JSON.stringify(r.deadlines),
        submitting_unit_kinds: [...r.submittingUnitKinds],
        receiving_unit_kinds: [...r.receivingUnitKinds],
        send_method: r.sendMethod,
        valid_from: r.validFrom,
        valid_to: r.validTo ?? null,
      };
      const { id } = await trx
        .insertInto("regimes")
        .values({ code: r.code, ...fields })
        .onConflict((oc) => oc.column("code").doUpdateSet(fields))
        .returning("id")
        .executeTakeFirstOrThrow();
      // Nothing references outline rows by id (reports keep the template key), so replacing them is safe.
      await trx.deleteFrom("regime_sections").where("regime_id", "=", id).execute();
      if (r.outline.length > 0) {
        await trx
          .insertInto("regime_sections")
          .values(
            r.outline.map((s, position) => ({
              regime_id: id,
              key: s.key,
              parent_key: s.parentKey ?? null,
              position,
              number: s.number,
              title: s.title.normalize("NFC"),
              level: s.level,
              division_field: s.divisionField,
              content_kind: s.contentKind,
              guidance: s.guidance ?? null,
            })),
          )
          .execute();
      }
      await trx.deleteFrom("regime_indicators").where("regime_id", "=", id).execute();
      if (r.indicators.length > 0) {
        await trx
          .insertInto("regime_indicators")
          .values(
            r.indicators.map((ref, position) => ({
              regime_id: id,
              indicator_id: indicatorIds.get(ref.indicatorCode)!,
              section_key: ref.sectionKey,
              position,
              is_required: ref.isRequired ?? false,
            })),
          )
          .execute();
      }
    }
  });
}

function validateOutline(r: RegimeDefinition, ri: number): void {
  const keys = new Set<string>();
  r.outline.forEach((s, si) => {
    if (keys.has(s.key)) {
      throw new UserError("INVALID_INPUT", `Đề cương của chế độ "${r.code}" có hai mục cùng khóa "${s.key}".`, {
        field: `regimes[${ri}].outline[${si}].key`,
      });
    }
    if (s.parentKey && !keys.has(s.parentKey)) {
      throw new UserError(
        "INVALID_REFERENCE",
        `Mục "${s.key}" trong đề cương của chế độ "${r.code}" thuộc mục cha "${s.parentKey}" chưa được khai báo trước nó.`,
        { field: `regimes[${ri}].outline[${si}].parentKey` },
      );
    }
    keys.add(s.key);
  });
  r.indicators.forEach((ref, ii) => {
    if (ref.sectionKey && !keys.has(ref.sectionKey)) {
      throw new UserError(
        "INVALID_REFERENCE",
        `Chỉ tiêu "${ref.indicatorCode}" của chế độ "${r.code}" nằm ở mục "${ref.sectionKey}" không có trong đề cương.`,
        { field: `regimes[${ri}].indicators[${ii}].sectionKey` },
      );
    }
  });
}

export interface RegimeQuery {
  kind?: RegimeKind | undefined;
  frequency?: Frequency | undefined;
  /** Part of the code or name, with or without diacritics. */
  q?: string | undefined;
  /** Only regimes in force on this date. */
  at?: string | undefined;
}

/** Regimes matching every given criterion, by code (without outline and form: see getRegimeByCode). */
export async function findRegimes(db: Kysely<DB>, query: RegimeQuery = {}): Promise<RegimeSummary[]> {
  let select = db.selectFrom("regimes").selectAll().orderBy("code");
  if (query.kind) select = select.where("kind", "=", query.kind);
  if (query.frequency) select = select.where("frequency", "=", query.frequency);
  if (query.at) {
    const at = query.at;
    select = select
      .where("valid_from", "<=", at)
      .where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">=", at)]));
  }
  const q = query.q ? foldText(query.q) : "";
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    select = select.where(sql<boolean>`(f_unaccent(name) like f_unaccent(${pattern}) or lower(code) like ${pattern})`);
  }
  return (await select.execute()).map(toSummary);
}

/** One regime by code with its outline and indicator form; NOT_FOUND otherwise. */
export async function getRegimeByCode(db: Kysely<DB>, code: string): Promise<Regime> {
  const row = await db.selectFrom("regimes").selectAll().where("code", "=", code).executeTakeFirst();
  if (!row) throw notFound(`chế độ báo cáo có mã "${code}"`, "regimeCode");
  return loadRegime(db, row);
}

/** One regime by id with its outline and indicator form; NOT_FOUND otherwise. */
export async function getRegimeById(db: Kysely<DB>, id: number): Promise<Regime> {
  const row = await db.selectFrom("regimes").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound(`chế độ báo cáo số ${id}`, "regimeId");
  return loadRegime(db, row);
}

function toSummary(r: Selectable<RegimesTable>): RegimeSummary {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind as RegimeKind,
    frequency: r.frequency as Frequency,
    docType: r.doc_type,
    validFrom: r.valid_from,
    validTo: r.valid_to,
  };
}

async function loadRegime(db: Kysely<DB>, r: Selectable<RegimesTable>): Promise<Regime> {
  const sections = await db
    .selectFrom("regime_sections")
    .selectAll()
    .where("regime_id", "=", r.id)
    .orderBy("position")
    .execute();
  const indicators = await db
    .selectFrom("regime_indicators as ri")
    .innerJoin("indicators as i", "i.id", "ri.indicator_id")
    .select([
      "ri.indicator_id",
      "i.code",
      "i.name",
      "i.unit_of_measure",
      "i.value_type",
      "ri.section_key",
      "ri.position",
      "ri.is_required",
    ])
    .where("ri.regime_id", "=", r.id)
    .orderBy("ri.position")
    .execute();
  const outline: OutlineSection[] = sections.map((s) => ({
    key: s.key,
    parentKey: s.parent_key,
    number: s.number,
    title: s.title,
    level: s.level,
    divisionField: s.division_field,
    contentKind: s.content_kind as SectionContentKind,
    guidance: s.guidance,
  }));
  const form: RegimeIndicator[] = indicators.map((i) => ({
    indicatorId: i.indicator_id,
    indicatorCode: i.code,
    name: i.name,
    unitOfMeasure: i.unit_of_measure,
    valueType: i.value_type as ValueType,
    sectionKey: i.section_key,
    position: i.position,
    isRequired: i.is_required,
  }));
  return {
    ...toSummary(r),
    content: r.content ?? "",
    legalBasis: r.legal_basis ?? "",
    cutoff: r.cutoff_rule as CutoffRule,
    deadlines: r.deadline_rules as DeadlineRule[],
    submittingUnitKinds: r.submitting_unit_kinds as UnitKind[],
    receivingUnitKinds: r.receiving_unit_kinds as UnitKind[],
    sendMethod: r.send_method ?? "",
    outline,
    indicators: form,
  };
}
