import type { Regime } from "../domain/records.js";
import { getRegimeByCode } from "../storage/regimes.js";
import type { AppContext } from "./context.js";

export interface GetRegimeOptions {
  code: string;
}

/** One regime with its outline template and indicator form; NOT_FOUND when the code is unknown. */
export async function getRegime(ctx: AppContext, options: GetRegimeOptions): Promise<Regime> {
  return getRegimeByCode(ctx.database.db, options.code);
}
