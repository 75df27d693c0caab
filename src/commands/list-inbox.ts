import type { ReportSummary } from "../domain/records.js";
import type { Actor } from "../policies/actor.js";
import { authorizeInbox } from "../policies/report.js";
import { findRegimes } from "../storage/regimes.js";
import { countReports, findReports } from "../storage/report-queries.js";
import type { AppContext } from "./context.js";

export interface InboxPage {
  items: ReportSummary[];
  total: number;
  limit: number;
  offset: number;
  regimeNames: Map<string, string>;
}

/** The reports sent to the units the actor receives for, last sent first; FORBIDDEN for non-receivers. */
export async function listInbox(
  ctx: AppContext,
  actor: Actor,
  page: { limit: number; offset: number; periodCode?: string | undefined },
): Promise<InboxPage> {
  const receivedBy = authorizeInbox(actor);
  const db = ctx.database.db;
  const filter = { receivedBy, periodCode: page.periodCode };
  const [items, total, regimes] = await Promise.all([
    findReports(db, { ...filter, order: "sent", limit: page.limit, offset: page.offset }),
    countReports(db, filter),
    findRegimes(db),
  ]);
  return {
    items,
    total,
    limit: page.limit,
    offset: page.offset,
    regimeNames: new Map(regimes.map((r) => [r.code, r.name])),
  };
}
