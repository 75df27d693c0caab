import { UserError } from "../domain/errors.js";
import { checkEnd, type NameChange, planRename } from "../domain/unit-changes.js";
import type { Actor } from "../policies/actor.js";
import { authorizeManageCatalogue } from "../policies/catalogue.js";
import { appendAudit } from "../storage/audit.js";
import { inTransaction } from "../storage/transaction.js";
import {
  closeUnitName,
  endUnit,
  findChildrenInForceAfter,
  insertDivision,
  insertUnitName,
} from "../storage/unit-admin.js";
import { getUnitByCode } from "../storage/units.js";
import type { AppContext } from "./context.js";
import { getUnit, type UnitWithRelations } from "./get-unit.js";

export interface NewDivision extends NameChange {
  code: string;
  parentCode: string;
}

/** Adds a division to a department in force on the division's first day (administrators). */
export async function addDivision(ctx: AppContext, actor: Actor, division: NewDivision): Promise<UnitWithRelations> {
  authorizeManageCatalogue(actor, "units");
  await inTransaction(ctx.database.db, async (trx) => {
    const parent = await getUnitByCode(trx, division.parentCode).catch(() => {
      throw new UserError("INVALID_REFERENCE", `Không có đơn vị cấp trên mã "${division.parentCode}".`, {
        field: "parentCode",
      });
    });
    if (parent.kind !== "department") {
      throw new UserError("INVALID_INPUT", "Phòng chỉ được thêm vào một Sở (đơn vị loại sở).", { field: "parentCode" });
    }
    const inForce = parent.validFrom <= division.validFrom && (!parent.validTo || division.validFrom <= parent.validTo);
    if (!inForce) {
      throw new UserError("INVALID_INPUT", `Sở "${parent.name}" không hoạt động vào ngày ${division.validFrom}.`, {
        field: "validFrom",
      });
    }
    const id = await insertDivision(trx, {
      code: division.code,
      parentId: parent.id,
      provinceCode: parent.provinceCode,
      validFrom: division.validFrom,
      name: {
        name: division.name,
        shortName: division.shortName,
        symbol: division.symbol,
        validFrom: division.validFrom,
      },
    });
    await appendAudit(trx, {
      actorId: actor.userId,
      action: "add-division",
      entity: "unit",
      entityId: id,
      details: { code: division.code, parentCode: parent.code, name: division.name, validFrom: division.validFrom },
    });
  });
  return getUnit(ctx, { code: division.code, at: division.validFrom });
}

/** Gives a unit a new name from a date; the previous name ends the day before (administrators). */
export async function renameUnit(
  ctx: AppContext,
  actor: Actor,
  code: string,
  change: NameChange,
): Promise<UnitWithRelations> {
  authorizeManageCatalogue(actor, "units");
  await inTransaction(ctx.database.db, async (trx) => {
    const unit = await getUnitByCode(trx, code);
    const plan = planRename(unit, change);
    if (plan.closed) await closeUnitName(trx, unit.id, plan.closed.validFrom, plan.closed.validTo!);
    await insertUnitName(trx, unit.id, plan.added);
    await appendAudit(trx, {
      actorId: actor.userId,
      action: "rename-unit",
      entity: "unit",
      entityId: unit.id,
      details: { code, from: plan.closed?.name ?? null, to: change.name, validFrom: change.validFrom },
    });
  });
  return getUnit(ctx, { code, at: change.validFrom });
}

/** Ends a unit on its last day, once no unit under it is in force after that day (administrators). */
export async function endUnitOn(
  ctx: AppContext,
  actor: Actor,
  code: string,
  validTo: string,
): Promise<UnitWithRelations> {
  authorizeManageCatalogue(actor, "units");
  await inTransaction(ctx.database.db, async (trx) => {
    const unit = await getUnitByCode(trx, code);
    checkEnd(unit, validTo, await findChildrenInForceAfter(trx, unit.id, validTo));
    await endUnit(trx, unit.id, validTo);
    await appendAudit(trx, {
      actorId: actor.userId,
      action: "end-unit",
      entity: "unit",
      entityId: unit.id,
      details: { code, validTo, before: unit.validTo },
    });
  });
  return getUnit(ctx, { code, at: validTo });
}
