import type { AuditEvent } from "../domain/records.js";
import type { Actor } from "../policies/actor.js";
import { findAudit } from "../storage/audit.js";
import type { AppContext } from "./context.js";
import { getVisibleReport } from "./report-access.js";

/** A report's audit trail, oldest first, for whoever may see the report (NOT_FOUND otherwise). */
export async function getReportAudit(ctx: AppContext, actor: Actor, reportId: number): Promise<AuditEvent[]> {
  const db = ctx.database.db;
  await getVisibleReport(db, actor, reportId);
  return findAudit(db, reportId);
}
