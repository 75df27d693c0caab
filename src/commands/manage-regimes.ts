import type { Regime } from "../domain/records.js";
import type { DeadlineRule } from "../domain/regime.js";
import { checkRegimeSettings } from "../domain/regime-settings.js";
import type { Actor } from "../policies/actor.js";
import { authorizeManageCatalogue } from "../policies/catalogue.js";
import { appendAudit } from "../storage/audit.js";
import { updateRegimeSettings } from "../storage/regime-admin.js";
import { getRegimeByCode } from "../storage/regimes.js";
import { todayInVietnam } from "../storage/sql-helpers.js";
import { inTransaction } from "../storage/transaction.js";
import { findHolidays } from "../storage/units.js";
import type { AppContext } from "./context.js";

/**
 * Changes what is safe to change on a regime (administrators): its deadline rules, checked against the cut-off
 * for every period of this year and the next, and the date it stops applying.
 */
export async function editRegimeSettings(
  ctx: AppContext,
  actor: Actor,
  code: string,
  settings: { deadlines: DeadlineRule[]; validTo: string | null },
): Promise<Regime> {
  authorizeManageCatalogue(actor, "regimes");
  return inTransaction(ctx.database.db, async (trx) => {
    const before = await getRegimeByCode(trx, code);
    const year = Number(todayInVietnam().slice(0, 4));
    const holidays = (await findHolidays(trx, { from: `${year - 1}-01-01`, to: `${year + 2}-12-31` })).map(
      (h) => h.day,
    );
    for (const y of [year, year + 1]) checkRegimeSettings(before, settings, y, holidays);
    const id = await updateRegimeSettings(trx, code, settings);
    await appendAudit(trx, {
      actorId: actor.userId,
      action: "edit-regime",
      entity: "regime",
      entityId: id,
      details: {
        code,
        from: { deadlines: before.deadlines, validTo: before.validTo ?? null },
        to: settings,
      },
    });
    return getRegimeByCode(trx, code);
  });
}
