import { type Kysely, sql } from "kysely";
import { UserError } from "../domain/errors.js";
import type { ReportContent } from "../domain/report.js";
import { notFound } from "./db-errors.js";
import { insertSections } from "./report-content.js";
import type { DB } from "./schema.js";
import { chunks } from "./sql-helpers.js";

/** The current report of a regime, unit and period, with the stamp a regeneration must be based on. */
export interface CurrentReportRef {
  id: number;
  state: string;
  origin: string;
  /**
   * The draft's edit stamp: its lock version plus every section save since its sections were written. Any edit
   * (values, state, a section) raises it, so a regeneration based on an older stamp is refused.
   */
  editStamp: number;
}

const stampOf = sql<number>`(r.lock_version + coalesce((
  select sum(s.version - 1) from report_sections s where s.report_id = r.id), 0))::int`;

/** The current report of `regimeId`, `unitId` and `periodCode`, or null. */
export async function findCurrentReport(
  db: Kysely<DB>,
  key: { regimeId: number; unitId: number; periodCode: string },
): Promise<CurrentReportRef | null> {
  const row = await db
    .selectFrom("reports as r")
    .select(["r.id", "r.state", "r.origin", stampOf.as("stamp")])
    .where("r.regime_id", "=", key.regimeId)
    .where("r.unit_id", "=", key.unitId)
    .where("r.period_code", "=", key.periodCode)
    .where("r.is_current", "=", true)
    .executeTakeFirst();
  return row ? { id: row.id, state: row.state, origin: row.origin, editStamp: Number(row.stamp) } : null;
}

/**
 * Replaces the title, sections, values and notes of a consolidated report while it is a draft and nobody has
 * edited it since `baseStamp` (STALE_VERSION with the current stamp otherwise; CONFLICT when it is no longer a
 * consolidated draft). Call it inside the command's transaction; returns the new edit stamp.
 */
export async function replaceConsolidationDraft(
  trx: Kysely<DB>,
  change: { reportId: number; baseStamp: number; content: ReportContent; userId: number | null },
): Promise<number> {
  const { content } = change;
  if (content.tasks.length > 0 || (content.figures ?? []).length > 0 || content.references.length > 0) {
    throw new Error("A consolidated draft has no tasks, figures or citations to replace");
  }
  // Lock the report and its sections: a section save waiting behind us then finds its section gone.
  const report = await trx
    .selectFrom("reports")
    .select(["id", "state", "origin"])
    .where("id", "=", change.reportId)
    .forUpdate()
    .executeTakeFirst();
  if (!report) throw notFound(`báo cáo số ${change.reportId}`, "reportId");
  await sql`select id from report_sections where report_id = ${change.reportId} for update`.execute(trx);
  if (report.state !== "draft" || report.origin !== "consolidated") {
    throw new UserError(
      "CONFLICT",
      `Báo cáo số ${change.reportId} không còn là dự thảo tổng hợp (đang ở trạng thái khác hoặc do người soạn lập), ` +
        "nên không lập lại được nội dung.",
      { field: "baseVersion" },
    );
  }
  const current = await trx
    .selectFrom("reports as r")
    .select(stampOf.as("stamp"))
    .where("r.id", "=", change.reportId)
    .executeTakeFirstOrThrow();
  const stamp = Number(current.stamp);
  if (stamp !== change.baseStamp) {
    throw new UserError(
      "STALE_VERSION",
      `Bản dự thảo tổng hợp đã được sửa sau khi bạn mở (phiên bản hiện tại ${stamp}, bạn lập lại từ phiên bản ` +
        `${change.baseStamp}). Hãy xem bản mới nhất trước khi lập lại; chưa có gì bị ghi đè.`,
      { field: "baseVersion" },
      { currentVersion: stamp },
    );
  }

  const reportId = change.reportId;
  for (const table of ["findings", "citations", "data_values", "report_figures", "tasks", "report_notes"] as const) {
    await trx.deleteFrom(table).where("report_id", "=", reportId).execute();
  }
  await trx.deleteFrom("report_sections").where("report_id", "=", reportId).execute();

  await insertSections(trx, reportId, content.sections, { updatedBy: change.userId });

  const codes = [...new Set(content.values.map((v) => v.indicatorCode))];
  const indicators = codes.length
    ? await trx.selectFrom("indicators").select(["id", "code"]).where("code", "in", codes).execute()
    : [];
  const indicatorIds = new Map(indicators.map((i) => [i.code, i.id]));
  const values = content.values.map((v, i) => {
    const id = indicatorIds.get(v.indicatorCode);
    if (id === undefined) {
      throw new UserError("INVALID_REFERENCE", `Không có chỉ tiêu mã "${v.indicatorCode}" trong danh mục chỉ tiêu.`, {
        field: `values[${i}].indicatorCode`,
      });
    }
    return {
      report_id: reportId,
      indicator_id: id,
      disaggregation: v.disaggregation ?? "",
      value: v.value,
      provenance: v.provenance,
      entered_by: change.userId,
    };
  });
  for (const batch of chunks(values)) await trx.insertInto("data_values").values(batch).execute();

  const notes = [
    ...content.difficulties.map((text, position) => ({ kind: "difficulty", position, text })),
    ...content.recommendations.map((text, position) => ({ kind: "recommendation", position, text })),
  ].filter((n) => n.text.trim() !== "");
  for (const batch of chunks(notes)) {
    await trx
      .insertInto("report_notes")
      .values(
        batch.map((n) => ({ report_id: reportId, kind: n.kind, position: n.position, text: n.text.normalize("NFC") })),
      )
      .execute();
  }

  // The new stamp is above every stamp the draft had before, so an old base never matches again.
  const next = stamp + 1;
  await trx
    .updateTable("reports")
    .set({ title: content.title.normalize("NFC"), lock_version: next, updated_at: sql`now()` })
    .where("id", "=", reportId)
    .execute();
  return next;
}
