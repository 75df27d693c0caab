import { type Kysely, sql } from "kysely";
import type { ReportSummary } from "../domain/records.js";
import { notFound, withViolations } from "./db-errors.js";
import { findReports } from "./report-queries.js";
import type { DB } from "./schema.js";

/** A sent report as a receiving unit's inbox shows it. */
export interface InboxEntry {
  report: ReportSummary;
  receiverUnitId: number;
  receivedAt: Date;
  readAt: Date | null;
}

/** Delivers a sent report to receiving units (idempotent: a unit receives a report once). */
export async function addReportReceivers(db: Kysely<DB>, reportId: number, unitIds: readonly number[]): Promise<void> {
  if (unitIds.length === 0) return;
  await withViolations({ foreignKey: "Báo cáo hoặc đơn vị nhận không tồn tại.", field: "receiverUnitIds" }, () =>
    db
      .insertInto("report_receivers")
      .values([...new Set(unitIds)].map((unitId) => ({ report_id: reportId, unit_id: unitId })))
      .onConflict((oc) => oc.doNothing())
      .execute(),
  );
}

/** The reports received by the given units, newest first; only unread ones with `unreadOnly`. */
export async function findInbox(
  db: Kysely<DB>,
  query: { unitIds: readonly number[]; unreadOnly?: boolean; limit?: number; offset?: number },
): Promise<InboxEntry[]> {
  if (query.unitIds.length === 0) return [];
  let select = db
    .selectFrom("report_receivers")
    .select(["report_id", "unit_id", "sent_at", "read_at"])
    .where("unit_id", "in", [...query.unitIds])
    .orderBy("sent_at", "desc")
    .orderBy("report_id", "desc")
    .limit(query.limit ?? 50)
    .offset(query.offset ?? 0);
  if (query.unreadOnly) select = select.where("read_at", "is", null);
  const rows = await select.execute();
  if (rows.length === 0) return [];
  const reports = new Map(
    (await findReports(db, { ids: rows.map((r) => r.report_id), currentOnly: false, limit: rows.length })).map((r) => [
      r.id,
      r,
    ]),
  );
  return rows.flatMap((r) => {
    const report = reports.get(r.report_id);
    return report
      ? [
          {
            report,
            receiverUnitId: r.unit_id,
            receivedAt: new Date(r.sent_at),
            readAt: r.read_at ? new Date(r.read_at) : null,
          },
        ]
      : [];
  });
}

/** Marks a received report read by the receiving unit (the first reading time is kept). */
export async function markReportRead(db: Kysely<DB>, reportId: number, unitId: number): Promise<void> {
  const result = await db
    .updateTable("report_receivers")
    .set({ read_at: sql`coalesce(read_at, now())` })
    .where("report_id", "=", reportId)
    .where("unit_id", "=", unitId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0)
    throw notFound(`báo cáo số ${reportId} trong hộp thư của đơn vị`, "reportId");
}
