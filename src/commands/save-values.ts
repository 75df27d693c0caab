import type { Kysely } from "kysely";
import { UserError } from "../domain/errors.js";
import { evaluateFormula } from "../domain/formula.js";
import type { Indicator } from "../domain/records.js";
import type { ValueWarning } from "../domain/value-warnings.js";
import type { Actor } from "../policies/actor.js";
import { canEditValueIn, type SectionFacts } from "../policies/report.js";
import { appendAudit } from "../storage/audit.js";
import { findIndicators } from "../storage/indicators.js";
import { getRegimeById } from "../storage/regimes.js";
import { upsertValues, type ValueEdit } from "../storage/report-edits.js";
import { findValues } from "../storage/report-queries.js";
import type { DB } from "../storage/schema.js";
import { inTransaction } from "../storage/transaction.js";
import type { AppContext } from "./context.js";
import { getVisibleReport } from "./report-access.js";
import { currentValueWarnings } from "./report-value-warnings.js";
import { recheckReport } from "./run-report-checks.js";

export interface SaveValuesInput {
  reportId: number;
  values: { indicator: string; disaggregation?: string | undefined; value: number | null }[];
  baseVersion: number;
}

export interface SavedValues {
  version: number;
  warnings: ValueWarning[];
  /** Derived indicators recomputed from the saved figures (null: a component is missing). */
  computed: { indicator: string; value: number | null }[];
}

/**
 * Saves typed figures of a report when its version is still `baseVersion` (STALE_VERSION with the current
 * values otherwise), recomputes the derived ratios of the regime's form and returns warnings in Vietnamese
 * (a part over its total, a ratio over 100%, a cumulative figure below last period's). Each figure may be
 * entered by whoever may edit the section of the form it belongs to. One transaction with its audit row.
 */
export async function saveValues(ctx: AppContext, actor: Actor, input: SaveValuesInput): Promise<SavedValues> {
  return inTransaction(ctx.database.db, async (trx) => {
    const { stored, facts } = await getVisibleReport(trx, actor, input.reportId);
    const regime = stored.regimeId !== null ? await getRegimeById(trx, stored.regimeId) : null;
    const form = new Map((regime?.indicators ?? []).map((i) => [i.indicatorCode, i.sectionKey]));
    const sectionOf = (code: string): SectionFacts | null => {
      const key = form.get(code);
      return (key && stored.sections.find((s) => s.templateKey === key)) || null;
    };
    const derivedCodes = [...form.keys()];
    const indicators = new Map(
      (
        await findIndicators(trx, { codes: [...new Set([...input.values.map((v) => v.indicator), ...derivedCodes])] })
      ).map((i) => [i.code, i]),
    );
    const edits: ValueEdit[] = input.values.map((v, i) => {
      const indicator = indicators.get(v.indicator);
      const field = `values[${i}]`;
      if (!indicator) {
        throw new UserError("INVALID_REFERENCE", `Không có chỉ tiêu mã "${v.indicator}" trong danh mục.`, {
          field: `${field}.indicator`,
        });
      }
      if (indicator.formula) {
        throw new UserError(
          "INVALID_INPUT",
          `Chỉ tiêu "${indicator.name}" được tính tự động (${indicator.formula}); hãy nhập các số liệu thành phần.`,
          { field: `${field}.indicator` },
        );
      }
      const disaggregation = v.disaggregation ?? "";
      if (disaggregation && !indicator.disaggregations.some((d) => d.code === disaggregation)) {
        throw new UserError(
          "INVALID_REFERENCE",
          `Chỉ tiêu "${indicator.name}" không có nhóm phân tổ "${disaggregation}".`,
          { field: `${field}.disaggregation` },
        );
      }
      if (!canEditValueIn(actor, facts, sectionOf(indicator.code))) {
        throw new UserError(
          "FORBIDDEN",
          `Bạn không được nhập chỉ tiêu "${indicator.name}": chỉ tiêu thuộc phần của phòng khác, phần đã nộp hoặc báo cáo không còn ở bước soạn thảo.`,
          { field: `${field}.indicator` },
        );
      }
      return { indicatorCode: indicator.code, disaggregation, value: v.value, provenance: "typed" };
    });
    let version = await upsertValues(trx, {
      reportId: input.reportId,
      values: edits,
      baseVersion: input.baseVersion,
      userId: actor.userId,
    });

    // Derived ratios of the form follow their components.
    const derived = await recomputeDerivedValues(trx, {
      reportId: input.reportId,
      indicators: derivedCodes.map((code) => indicators.get(code)).filter((i): i is Indicator => Boolean(i)),
      baseVersion: version,
      userId: actor.userId,
    });
    version = derived.version;
    const { computed, changed } = derived;

    const warnings = await currentValueWarnings(trx, stored);
    await appendAudit(trx, {
      actorId: actor.userId,
      action: "edit-values",
      entity: "values",
      reportId: input.reportId,
      details: { version, typed: edits.length, computed: changed, warnings: warnings.length },
    });
    await recheckReport(trx, stored);
    return { version, warnings, computed };
  });
}

/**
 * Recomputes the computed indicators (those with a formula) among `indicators` from the report's stored totals
 * and stores the ones that changed (provenance "computed"; null removes a value whose components are gone).
 */
export async function recomputeDerivedValues(
  trx: Kysely<DB>,
  options: { reportId: number; indicators: readonly Indicator[]; baseVersion: number; userId: number | null },
): Promise<{ version: number; computed: { indicator: string; value: number | null }[]; changed: number }> {
  const current = await findValues(trx, options.reportId);
  const totals = new Map(current.filter((v) => v.disaggregation === "").map((v) => [v.indicatorCode, v.value]));
  const computed = options.indicators
    .filter((i): i is Indicator & { formula: string } => Boolean(i.formula))
    .map((i) => {
      const value = evaluateFormula(i.formula, (code) => totals.get(code));
      return { indicator: i.code, value: value === null ? null : Math.round(value * 100) / 100 };
    });
  const changed = computed.filter((c) => (totals.get(c.indicator) ?? null) !== c.value);
  let version = options.baseVersion;
  if (changed.length > 0) {
    version = await upsertValues(trx, {
      reportId: options.reportId,
      values: changed.map((c) => ({ indicatorCode: c.indicator, value: c.value, provenance: "computed" })),
      baseVersion: version,
      userId: options.userId,
    });
  }
  return { version, computed, changed: changed.length };
}
