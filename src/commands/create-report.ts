import { UserError } from "../domain/errors.js";
import { formatPeriodCode, nextPeriod, periodLabel } from "../domain/period.js";
import type { ReportContent, TaskContent, ValueContent } from "../domain/report.js";
import { reportSubject } from "../domain/report-subject.js";
import type { Actor } from "../policies/actor.js";
import { authorizeCreateReport } from "../policies/report.js";
import { appendAudit } from "../storage/audit.js";
import { getRegimeByCode } from "../storage/regimes.js";
import { insertReportContent } from "../storage/report-content.js";
import { findPreviousReport, findTasks, findValues } from "../storage/report-queries.js";
import { inTransaction } from "../storage/transaction.js";
import { findChildUnits, getUnitByCode } from "../storage/units.js";
import type { AppContext } from "./context.js";
import { divisionForSection } from "./division-map.js";
import { calendarPeriod, type ReportSchedule, reportSchedule } from "./report-schedule.js";

export interface CreateReportInput {
  regimeCode: string;
  unitCode: string;
  periodCode: string;
}

export interface CreatedReport {
  id: number;
  schedule: ReportSchedule;
  carriedTasks: number;
  carriedValues: number;
}

// The tasks the previous report planned for this period wait for their outcome in the new one, and so do the tasks it
// carried in whose outcome says they go on ("đang thực hiện", "chuyển kỳ sau"). A carried task left without an outcome
// ("planned") belonged to the period before and is not carried a second time.
const STILL_OPEN_CARRIED = new Set(["in_progress", "carried_over"]);

/**
 * Creates a draft report of a regime for a unit and period, pre-filled: the regime's outline with each section
 * assigned to its division, the previous report's open tasks waiting for their outcome, and cumulative
 * figures carried forward. One transaction with its audit row.
 */
export async function createReport(
  ctx: AppContext,
  actor: Actor,
  input: CreateReportInput,
  now: Date = new Date(),
): Promise<CreatedReport> {
  return inTransaction(ctx.database.db, async (trx) => {
    const regime = await getRegimeByCode(trx, input.regimeCode).catch(() => {
      throw new UserError("INVALID_REFERENCE", `Không có chế độ báo cáo mã "${input.regimeCode}".`, {
        field: "regime",
      });
    });
    const period = calendarPeriod(input.periodCode);
    if (!period) {
      throw new UserError("INVALID_INPUT", `Mã kỳ báo cáo "${input.periodCode}" không hợp lệ.`, { field: "period" });
    }
    if (regime.frequency !== "once" && regime.frequency !== period.kind) {
      throw new UserError(
        "INVALID_INPUT",
        `Chế độ "${regime.name}" báo cáo theo kỳ khác với kỳ ${periodLabel(period)}: hãy chọn kỳ đúng tần suất của chế độ.`,
        { field: "period" },
      );
    }
    const schedule = await reportSchedule(trx, regime, input.periodCode, "department", now);
    const at = schedule.window?.to ?? `${period.year}-12-31`;
    const unit = await getUnitByCode(trx, input.unitCode, at).catch(() => {
      throw new UserError("INVALID_REFERENCE", `Không có đơn vị mã "${input.unitCode}".`, { field: "unit" });
    });
    authorizeCreateReport(actor, unit.id, unit.code);
    if (!regime.submittingUnitKinds.includes(unit.kind)) {
      throw new UserError(
        "INVALID_INPUT",
        `Đơn vị "${unit.name}" không thuộc đối tượng báo cáo của chế độ "${regime.name}".`,
        { field: "unit" },
      );
    }
    if (unit.validFrom > at || (unit.validTo !== null && unit.validTo < at)) {
      throw new UserError("INVALID_INPUT", `Đơn vị "${unit.name}" không còn tồn tại vào kỳ ${periodLabel(period)}.`, {
        field: "period",
      });
    }
    const ownSchedule = await reportSchedule(trx, regime, input.periodCode, unit.kind, now);
    const divisions = (await findChildUnits(trx, unit.code, at)).filter((u) => u.kind === "division");
    const previous = await findPreviousReport(trx, {
      regimeId: regime.id,
      unitId: unit.id,
      periodCode: input.periodCode,
    });
    const tasks: TaskContent[] = previous
      ? (await findTasks(trx, previous.id))
          .filter((t) => (t.carriedFromTaskId === null ? t.status !== "done" : STILL_OPEN_CARRIED.has(t.status)))
          .map((t) => ({
            text: t.text,
            plannedPeriodCode: input.periodCode,
            status: "planned",
            outcomeNote: null,
            divisionCode: t.divisionCode,
            carriedFromTaskId: t.id,
          }))
      : [];
    const values: ValueContent[] = previous
      ? (await findValues(trx, previous.id))
          .filter((v) => v.isCumulative)
          .map((v) => ({
            indicatorCode: v.indicatorCode,
            disaggregation: v.disaggregation,
            value: v.value,
            provenance: "carried",
          }))
      : [];
    const content: ReportContent = {
      regimeCode: regime.code,
      unitCode: unit.code,
      periodCode: input.periodCode,
      state: "draft",
      origin: "authored",
      docType: regime.docType,
      number: null,
      numberText: null,
      title: reportSubject(regime.name, periodLabel(period)),
      place: null,
      issuedOn: null,
      addressee: null,
      signerName: null,
      signerTitle: null,
      signingAuthority: null,
      recipients: [],
      nextPeriodCode: formatPeriodCode(nextPeriod(period)),
      sections: regime.outline.map((s) => ({
        templateKey: s.key,
        number: s.number,
        title: s.title,
        level: s.level,
        contentKind: s.contentKind,
        body: "",
        divisionCode: divisionForSection(unit.code, divisions, s.divisionField)?.code ?? null,
      })),
      values,
      tasks,
      difficulties: [],
      recommendations: [],
      references: [],
      findings: [],
    };
    const { id } = await insertReportContent(trx, content, {
      createdBy: actor.userId,
      deadlineOn: ownSchedule.ownDeadline?.date ?? null,
    });
    await appendAudit(trx, {
      actorId: actor.userId,
      action: "create",
      entity: "report",
      entityId: id,
      reportId: id,
      fromState: null,
      toState: "draft",
      details: { previousReportId: previous?.id ?? null, carriedTasks: tasks.length, carriedValues: values.length },
    });
    return { id, schedule: ownSchedule, carriedTasks: tasks.length, carriedValues: values.length };
  });
}
