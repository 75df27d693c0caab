import { UserError } from "../domain/errors.js";
import type { TaskStatus } from "../domain/report.js";
import type { Actor } from "../policies/actor.js";
import { authorizeContentEdit } from "../policies/report.js";
import { appendAudit } from "../storage/audit.js";
import { findTasks } from "../storage/report-queries.js";
import {
  bumpReportVersion,
  findUnitsByIds,
  replacePlannedTasks,
  setCarriedTaskOutcomes,
} from "../storage/report-workflow.js";
import { inTransaction } from "../storage/transaction.js";
import { unitIdsByCode } from "../storage/units.js";
import type { AppContext } from "./context.js";
import { getVisibleReport } from "./report-access.js";

export interface SaveTasksInput {
  reportId: number;
  baseVersion: number;
  /** Next period's tasks, replacing the ones planned so far (absent: unchanged). */
  items?: { text: string; division?: string | undefined }[] | undefined;
  /** Outcomes of the tasks carried from the previous report. */
  outcomes?: { taskId: number; status: TaskStatus; note?: string | null | undefined }[] | undefined;
}

/**
 * Saves next period's tasks and the outcomes of the carried ones (hoàn thành, đang thực hiện, chưa thực hiện,
 * chuyển kỳ sau) when the report is still at `baseVersion` (STALE_VERSION with the current tasks otherwise).
 * Returns the new version. One transaction with its audit row.
 */
export async function saveTasks(ctx: AppContext, actor: Actor, input: SaveTasksInput): Promise<number> {
  return inTransaction(ctx.database.db, async (trx) => {
    const { stored, facts } = await getVisibleReport(trx, actor, input.reportId);
    authorizeContentEdit(actor, facts);
    const version = await bumpReportVersion(trx, input.reportId, input.baseVersion);
    if (version === null) {
      throw new UserError(
        "STALE_VERSION",
        `Báo cáo đã được người khác lưu sau khi bạn mở (phiên bản hiện tại ${stored.lockVersion}, bạn sửa từ phiên bản ${input.baseVersion}). Hãy xem nhiệm vụ mới nhất rồi sửa lại; thay đổi của bạn chưa được lưu.`,
        { field: "baseVersion" },
        { currentVersion: stored.lockVersion, tasks: await findTasks(trx, input.reportId) },
      );
    }
    if (input.items) {
      const codes = input.items.flatMap((t) => (t.division ? [t.division] : []));
      const ids = await unitIdsByCode(trx, codes);
      const units = new Map((await findUnitsByIds(trx, [...ids.values()])).map((u) => [u.id, u]));
      const detail = await trx
        .selectFrom("reports")
        .select("next_period_code")
        .where("id", "=", input.reportId)
        .executeTakeFirstOrThrow();
      const taskSection = await trx
        .selectFrom("report_sections")
        .select("id")
        .where("report_id", "=", input.reportId)
        .where("content_kind", "=", "tasks")
        .orderBy("position")
        .executeTakeFirst();
      const items = input.items.map((t, i) => {
        let divisionUnitId: number | null = null;
        if (t.division) {
          const id = ids.get(t.division);
          const unit = id === undefined ? undefined : units.get(id);
          if (!unit || (unit.id !== stored.unitId && unit.parentId !== stored.unitId)) {
            throw new UserError("INVALID_REFERENCE", `"${t.division}" không phải là phòng của đơn vị lập báo cáo.`, {
              field: `items[${i}].division`,
            });
          }
          divisionUnitId = unit.id;
        }
        return {
          text: t.text,
          divisionUnitId,
          plannedPeriodCode: detail.next_period_code,
          sectionId: taskSection?.id ?? null,
        };
      });
      await replacePlannedTasks(trx, input.reportId, items);
    }
    if (input.outcomes) {
      const unknown = await setCarriedTaskOutcomes(
        trx,
        input.reportId,
        input.outcomes.map((o) => ({ taskId: o.taskId, status: o.status, note: o.note ?? null })),
      );
      if (unknown.length > 0) {
        throw new UserError(
          "INVALID_REFERENCE",
          `Nhiệm vụ số ${unknown.join(", ")} không phải là nhiệm vụ kỳ trước chuyển sang báo cáo này.`,
          { field: "outcomes" },
        );
      }
    }
    await appendAudit(trx, {
      actorId: actor.userId,
      action: "edit-tasks",
      entity: "tasks",
      reportId: input.reportId,
      details: { version, items: input.items?.length ?? null, outcomes: input.outcomes?.length ?? null },
    });
    return version;
  });
}
