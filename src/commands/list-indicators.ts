import type { Indicator } from "../domain/records.js";
import { findIndicators } from "../storage/indicators.js";
import type { AppContext } from "./context.js";

/** What to list; issue 7 adds the acting user here. */
export interface ListIndicatorsOptions {
  /** Division field ("cntt", "vien-thong"). */
  field?: string | undefined;
  /** Part of the name or code, matched without diacritics. */
  q?: string | undefined;
  /** Only active (true) or deactivated (false) indicators. */
  active?: boolean | undefined;
}

/** The indicator catalogue, by code, filtered by field and text. */
export async function listIndicators(ctx: AppContext, options: ListIndicatorsOptions = {}): Promise<Indicator[]> {
  return findIndicators(ctx.database.db, { field: options.field, q: options.q, active: options.active });
}
