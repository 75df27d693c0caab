import { UserError } from "../domain/errors.js";
import type { IndicatorDefinition } from "../domain/indicator.js";
import { checkIndicatorParts } from "../domain/indicator-graph.js";
import type { Indicator } from "../domain/records.js";
import type { Actor } from "../policies/actor.js";
import { authorizeManageCatalogue } from "../policies/catalogue.js";
import { appendAudit } from "../storage/audit.js";
import {
  deleteIndicator,
  findIndicatorParts,
  indicatorUsage,
  insertIndicator,
  setIndicatorActive,
  updateIndicator,
} from "../storage/indicator-admin.js";
import { getIndicatorByCode } from "../storage/indicators.js";
import { inTransaction } from "../storage/transaction.js";
import type { AppContext } from "./context.js";

function checkShape(def: IndicatorDefinition): void {
  const ratio = def.aggregationUnits === "ratio" || def.aggregationTime === "ratio";
  if (ratio && !def.formula && !(def.numeratorCode && def.denominatorCode)) {
    throw new UserError(
      "INVALID_INPUT",
      "Chỉ tiêu tỷ lệ phải có công thức hoặc mã tử số và mẫu số để tính lại khi cộng gộp.",
      { field: def.numeratorCode ? "denominatorCode" : "numeratorCode" },
    );
  }
  if (!!def.numeratorCode !== !!def.denominatorCode) {
    throw new UserError("INVALID_INPUT", "Nhập cả mã tử số và mã mẫu số, hoặc bỏ trống cả hai.", {
      field: def.numeratorCode ? "denominatorCode" : "numeratorCode",
    });
  }
  const codes = new Set<string>();
  (def.disaggregations ?? []).forEach((d, i) => {
    if (codes.has(d.code)) {
      throw new UserError("INVALID_INPUT", `Mã hạng mục phân tổ "${d.code}" bị trùng.`, {
        field: `disaggregations[${i}].code`,
      });
    }
    codes.add(d.code);
  });
}

/** Adds an indicator to the catalogue (administrators); the formula and parts must use existing codes, no cycle. */
export async function createIndicator(ctx: AppContext, actor: Actor, def: IndicatorDefinition): Promise<Indicator> {
  authorizeManageCatalogue(actor, "indicators");
  checkShape(def);
  return inTransaction(ctx.database.db, async (trx) => {
    const catalogue = await findIndicatorParts(trx);
    if (catalogue.some((i) => i.code === def.code)) {
      throw new UserError("ALREADY_EXISTS", `Mã chỉ tiêu "${def.code}" đã có trong danh mục.`, { field: "code" });
    }
    checkIndicatorParts(def, catalogue);
    const id = await insertIndicator(trx, def);
    await appendAudit(trx, {
      actorId: actor.userId,
      action: "create-indicator",
      entity: "indicator",
      entityId: id,
      details: { code: def.code, name: def.name },
    });
    return getIndicatorByCode(trx, def.code);
  });
}

/** Changes an indicator (its code stays); the same checks as creating, against the rest of the catalogue. */
export async function editIndicator(
  ctx: AppContext,
  actor: Actor,
  def: IndicatorDefinition & { isActive?: boolean | undefined },
): Promise<Indicator> {
  authorizeManageCatalogue(actor, "indicators");
  checkShape(def);
  return inTransaction(ctx.database.db, async (trx) => {
    const before = await getIndicatorByCode(trx, def.code);
    checkIndicatorParts(
      def,
      (await findIndicatorParts(trx)).filter((i) => i.code !== def.code),
    );
    const id = await updateIndicator(trx, def);
    if (def.isActive !== undefined && def.isActive !== before.isActive) await setIndicatorActive(trx, id, def.isActive);
    const changed = (Object.keys(def) as (keyof typeof def)[]).filter(
      (k) =>
        JSON.stringify(def[k] ?? null) !== JSON.stringify((before as unknown as Record<string, unknown>)[k] ?? null),
    );
    await appendAudit(trx, {
      actorId: actor.userId,
      action: "edit-indicator",
      entity: "indicator",
      entityId: id,
      details: { code: def.code, changed },
    });
    return getIndicatorByCode(trx, def.code);
  });
}

/**
 * Removes an indicator nobody uses; one with values, figures, a place in a regime's form or used by another
 * indicator's formula is deactivated instead (kept for the reports that carry it).
 */
export async function removeIndicator(
  ctx: AppContext,
  actor: Actor,
  code: string,
): Promise<{ outcome: "deleted" | "deactivated"; indicator: Indicator | null }> {
  authorizeManageCatalogue(actor, "indicators");
  return inTransaction(ctx.database.db, async (trx) => {
    const indicator = await getIndicatorByCode(trx, code);
    const usage = await indicatorUsage(trx, indicator.id, code);
    const used = usage.values + usage.figures + usage.regimes + usage.dependents.length > 0;
    if (used) await setIndicatorActive(trx, indicator.id, false);
    else await deleteIndicator(trx, indicator.id);
    await appendAudit(trx, {
      actorId: actor.userId,
      action: used ? "deactivate-indicator" : "delete-indicator",
      entity: "indicator",
      entityId: indicator.id,
      details: { code, usage },
    });
    return used
      ? { outcome: "deactivated", indicator: await getIndicatorByCode(trx, code) }
      : { outcome: "deleted", indicator: null };
  });
}
