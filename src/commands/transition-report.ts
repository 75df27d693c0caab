import type { Kysely } from "kysely";
import { UserError } from "../domain/errors.js";
import type { ReportState } from "../domain/report.js";
import { formatDocumentNumber } from "../domain/workflow.js";
import type { Actor } from "../policies/actor.js";
import { authorizeTransition, type TransitionAction } from "../policies/report.js";
import { appendAudit } from "../storage/audit.js";
import { getRegimeById } from "../storage/regimes.js";
import { insertReportContent } from "../storage/report-content.js";
import { nextReportNumber, setReportState, setSectionsSubmitted } from "../storage/report-edits.js";
import { getReportDetail } from "../storage/report-queries.js";
import { addReportReceivers } from "../storage/report-receivers.js";
import { findRegimeReceiverIds, lockReportRegister } from "../storage/report-workflow.js";
import type { DB } from "../storage/schema.js";
import { todayInVietnam } from "../storage/sql-helpers.js";
import { inTransaction } from "../storage/transaction.js";
import { getUnitById, unitIdsByCode } from "../storage/units.js";
import type { AppContext } from "./context.js";
import { correctionContent } from "./correction-content.js";
import { placeOf, signingAtIssue } from "./issue-signing.js";
import { getVisibleReport } from "./report-access.js";
import { recheckReport } from "./run-report-checks.js";

/** The ministry's office, which receives every department's periodic reports. */
export const MINISTRY_OFFICE_CODE = "BO-VP";

export interface TransitionInput {
  reportId: number;
  action: TransitionAction;
  comment?: string | null | undefined;
}

export interface TransitionOutcome {
  /** The report after the action: for a correction, the new version. */
  id: number;
  state: ReportState;
  version: number;
  numberText: string | null;
  issuedOn: string | null;
  findings: number;
  /** Titles of the division sections not submitted when compiling. */
  missingParts: string[];
}

/**
 * The receiving units of a report: the regime's named receivers, the ministry's office when the regime is
 * received by the ministry, and the province's people's committee above the reporting department.
 */
async function receiversOf(trx: Kysely<DB>, regimeId: number | null, unitId: number): Promise<number[]> {
  if (regimeId === null) return [];
  const regime = await getRegimeById(trx, regimeId);
  const ids = await findRegimeReceiverIds(trx, regimeId);
  const kinds = new Set(regime.receivingUnitKinds);
  if (kinds.has("ministry") || kinds.has("ministry_unit")) {
    const office = (await unitIdsByCode(trx, [MINISTRY_OFFICE_CODE])).get(MINISTRY_OFFICE_CODE);
    if (office !== undefined) ids.push(office);
  }
  if (kinds.has("people_committee")) {
    let unit = await getUnitById(trx, unitId);
    while (unit.parentId !== null && unit.kind !== "people_committee") unit = await getUnitById(trx, unit.parentId);
    if (unit.kind === "people_committee") ids.push(unit.id);
  }
  return [...new Set(ids)];
}

/**
 * Moves a report one step through the workflow (domain/workflow.ts) for the acting user: submit a division's
 * part, compile (runs the checks), return (with a comment), approve, issue (next number of the unit's register
 * and today's date), send (to the receiving units' inboxes) or correct (a new draft version). The change and
 * its audit row commit together.
 */
export async function transitionReport(
  ctx: AppContext,
  actor: Actor,
  input: TransitionInput,
  now: Date = new Date(),
): Promise<TransitionOutcome> {
  return inTransaction(ctx.database.db, async (trx) => {
    const { stored, facts } = await getVisibleReport(trx, actor, input.reportId);
    const comment = input.comment?.trim() || null;
    const grant = authorizeTransition(actor, facts, input.action, comment);
    const base = stored.lockVersion;
    const outcome: TransitionOutcome = {
      id: stored.id,
      state: grant.to,
      version: base,
      numberText: null,
      issuedOn: null,
      findings: 0,
      missingParts: [],
    };
    const details: Record<string, unknown> = {};
    const move = (change: Omit<Parameters<typeof setReportState>[1], "reportId" | "baseVersion" | "state">) =>
      setReportState(trx, { reportId: stored.id, baseVersion: base, state: grant.to, ...change });

    switch (grant.transition) {
      case "submit_part": {
        const ids = await setSectionsSubmitted(trx, {
          reportId: stored.id,
          divisionUnitIds: grant.divisionUnitIds,
          userId: actor.userId,
        });
        details.sectionIds = ids;
        outcome.version = await move({});
        break;
      }
      case "compile": {
        const findings = await recheckReport(trx, stored, now);
        const detail = await getReportDetail(trx, stored.id);
        outcome.findings = findings.length;
        // "II.1. Lĩnh vực bưu chính": a sub-section's number with its parent's, as "1." repeats under each part.
        const fullNumber = (index: number): string | null => {
          const s = detail.sections[index]!;
          if (!s.number) return null;
          const parent = detail.sections.slice(0, index).findLast((p) => p.level < s.level && p.number);
          return parent ? `${fullNumber(detail.sections.indexOf(parent))}.${s.number}` : s.number;
        };
        outcome.missingParts = detail.sections.flatMap((s, i) =>
          s.divisionUnitId !== null && s.submittedAt === null
            ? [[fullNumber(i), s.title].filter(Boolean).join(". ")]
            : [],
        );
        details.findings = findings.length;
        details.missingParts = outcome.missingParts;
        outcome.version = await move({});
        break;
      }
      case "return_to_divisions": {
        const divisions = [...new Set(stored.sections.flatMap((s) => (s.divisionUnitId ? [s.divisionUnitId] : [])))];
        details.sectionIds = await setSectionsSubmitted(trx, {
          reportId: stored.id,
          divisionUnitIds: divisions,
          userId: null,
        });
        outcome.version = await move({});
        break;
      }
      case "issue": {
        const issuedOn = todayInVietnam(now);
        const year = Number(issuedOn.slice(0, 4));
        const unit = await getUnitById(trx, stored.unitId, issuedOn);
        if (!unit.symbol) {
          throw new UserError(
            "INVALID_INPUT",
            `Đơn vị "${unit.name}" chưa có ký hiệu viết tắt trên văn bản (ví dụ STTTT): quản trị viên cần bổ sung trước khi ban hành.`,
          );
        }
        const register = { unitId: stored.unitId, docType: stored.docType, year };
        // Two issues at once in one register wait for each other here instead of taking the same number.
        await lockReportRegister(trx, register);
        const number = await nextReportNumber(trx, register);
        const numberText = formatDocumentNumber(number, stored.docType, unit.symbol);
        const signing = await signingAtIssue(trx, stored, { userId: actor.userId, role: grant.role });
        outcome.version = await move({
          number,
          numberText,
          symbol: `${stored.docType}-${unit.symbol}`,
          issuedOn,
          place: placeOf(unit, issuedOn),
          ...(signing ?? {}),
        });
        outcome.numberText = numberText;
        outcome.issuedOn = issuedOn;
        details.numberText = numberText;
        details.issuedOn = issuedOn;
        break;
      }
      case "send": {
        const receivers = await receiversOf(trx, stored.regimeId, stored.unitId);
        if (receivers.length === 0) {
          throw new UserError(
            "INVALID_TRANSITION",
            "Chế độ báo cáo không xác định được cơ quan nhận báo cáo: không gửi được.",
          );
        }
        await addReportReceivers(trx, stored.id, receivers);
        outcome.version = await move({ sentAt: now });
        details.receiverUnitIds = receivers;
        break;
      }
      case "correct": {
        const detail = await getReportDetail(trx, stored.id);
        const { id } = await insertReportContent(trx, correctionContent(detail), {
          createdBy: actor.userId,
          deadlineOn: detail.deadlineOn,
          previousVersionId: stored.id,
        });
        // The divisions' parts were submitted and approved once: the office can compile the correction at once
        // (and return parts to the divisions from there when they must rewrite them).
        const divisions = [...new Set(detail.sections.flatMap((s) => (s.divisionUnitId ? [s.divisionUnitId] : [])))];
        await setSectionsSubmitted(trx, { reportId: id, divisionUnitIds: divisions, userId: actor.userId });
        await appendAudit(trx, {
          actorId: actor.userId,
          action: "correct",
          entity: "report",
          entityId: stored.id,
          reportId: stored.id,
          fromState: stored.state,
          toState: stored.state,
          comment,
          details: { correctedBy: id },
        });
        outcome.id = id;
        outcome.version = 1;
        details.previousVersionId = stored.id;
        break;
      }
      default:
        outcome.version = await move({});
    }
    await appendAudit(trx, {
      actorId: actor.userId,
      action: input.action,
      entity: "report",
      entityId: outcome.id,
      reportId: outcome.id,
      fromState: stored.state,
      toState: grant.to,
      comment,
      details: { ...details, transition: grant.transition, role: grant.role },
    });
    if (grant.transition !== "correct") {
      const after = await trx
        .selectFrom("reports")
        .select(["number_text", "issued_on"])
        .where("id", "=", stored.id)
        .executeTakeFirstOrThrow();
      outcome.numberText = after.number_text;
      outcome.issuedOn = after.issued_on;
    }
    return outcome;
  });
}
