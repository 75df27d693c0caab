import type { Regime } from "../domain/records.js";
import { findRegimes, getRegimeById } from "../storage/regimes.js";
import type { AppContext } from "./context.js";

/** What to list; issue 7 adds the acting user here. */
export interface ListRegimesOptions {
  /** Only regimes in force on this date. */
  at?: string | undefined;
}

/** Every report regime with its rules (cut-off, deadlines), outline and form, by code. */
export async function listRegimes(ctx: AppContext, options: ListRegimesOptions = {}): Promise<Regime[]> {
  const db = ctx.database.db;
  const summaries = await findRegimes(db, { at: options.at });
  // A catalogue holds a handful of regimes: loading each one whole is cheaper than a second query shape.
  const regimes: Regime[] = [];
  for (const summary of summaries) regimes.push(await getRegimeById(db, summary.id));
  return regimes;
}
