import type { UnitKind } from "../domain/org-unit.js";
import type { Unit } from "../domain/records.js";
import { findUnits } from "../storage/units.js";
import type { AppContext } from "./context.js";

/** What to list; issue 7 adds the acting user here and scopes the result to the units they may see. */
export interface ListUnitsOptions {
  kind?: UnitKind | undefined;
  /** Part of a name or code, matched without diacritics ("cao bang" finds "Cao Bằng"). */
  q?: string | undefined;
  /** Only units valid on this date, named as on it. */
  at?: string | undefined;
  parentCode?: string | undefined;
  /** At most this many, by code (default 500). */
  limit?: number | undefined;
}

/** Lists units by code, filtered by kind, name, validity date and parent. */
export async function listUnits(ctx: AppContext, options: ListUnitsOptions = {}): Promise<Unit[]> {
  return findUnits(ctx.database.db, {
    kind: options.kind,
    q: options.q,
    at: options.at,
    parentCode: options.parentCode,
    limit: options.limit,
  });
}
