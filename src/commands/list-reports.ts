import { UserError } from "../domain/errors.js";
import type { ReportSummary } from "../domain/records.js";
import type { ReportState } from "../domain/report.js";
import type { Actor } from "../policies/actor.js";
import { reportScope } from "../policies/report.js";
import { findRegimes } from "../storage/regimes.js";
import { countReports, findReports } from "../storage/report-queries.js";
import { unitIdsByCode } from "../storage/units.js";
import type { AppContext } from "./context.js";

/** What to list, for whom: only the reports the actor may see are listed or counted. */
export interface ListReportsOptions {
  actor: Actor;
  unitCode?: string | undefined;
  regimeCode?: string | undefined;
  /** "2026-10", "2026-Q3", ... (validated at the edge). */
  periodCode?: string | undefined;
  state?: ReportState | undefined;
  limit: number;
  offset: number;
}

export interface ReportListing {
  items: ReportSummary[];
  /** How many reports match without paging. */
  total: number;
  limit: number;
  offset: number;
  /** Regime names by code, for the regimes the listed reports refer to. */
  regimeNames: Map<string, string>;
}

/** Current reports matching the filters, most recent period first, with the total for paging. */
export async function listReports(ctx: AppContext, options: ListReportsOptions): Promise<ReportListing> {
  const db = ctx.database.db;
  const regimes = await findRegimes(db);
  // An unknown code is a mistake worth naming, not an empty list.
  if (options.unitCode && !(await unitIdsByCode(db, [options.unitCode])).has(options.unitCode)) {
    throw new UserError("NOT_FOUND", `Không tìm thấy đơn vị có mã "${options.unitCode}".`, { field: "unit" });
  }
  if (options.regimeCode && !regimes.some((r) => r.code === options.regimeCode)) {
    throw new UserError("NOT_FOUND", `Không tìm thấy chế độ báo cáo có mã "${options.regimeCode}".`, {
      field: "regime",
    });
  }
  const filter = {
    unitCodes: options.unitCode ? [options.unitCode] : undefined,
    regimeCode: options.regimeCode,
    periodCode: options.periodCode,
    state: options.state,
    scope: reportScope(options.actor),
  };
  const [items, total] = await Promise.all([
    findReports(db, { ...filter, limit: options.limit, offset: options.offset }),
    countReports(db, filter),
  ]);
  return {
    items,
    total,
    limit: options.limit,
    offset: options.offset,
    regimeNames: new Map(regimes.map((r) => [r.code, r.name])),
  };
}
