/**
 * Who may see and act on which report. A report is seen by the staff of its unit (and of that unit's
 * divisions), by the receiving level once it is issued or sent, and by administrators; acting follows the
 * workflow table of domain/workflow.ts for the roles the actor holds in the report's unit.
 */
import { UserError } from "../domain/errors.js";
import type { UnitKind } from "../domain/org-unit.js";
import type { Role } from "../domain/records.js";
import type { ReportOrigin, ReportState } from "../domain/report.js";
import {
  canEditSection,
  decideTransition,
  isEditable,
  isImmutable,
  type ReportAction,
  type TransitionDecision,
  type TransitionName,
  type WorkflowRole,
} from "../domain/workflow.js";
import type { Actor, ActorRole } from "./actor.js";
import { reportUnitsOf } from "./actor.js";

/** What the policies need to know about a section. */
export interface SectionFacts {
  id: number;
  title: string;
  divisionUnitId: number | null;
  submittedAt: Date | null;
}

/** What the policies need to know about a report. */
export interface ReportFacts {
  id: number;
  unitId: number;
  /** Province of the report's unit ("04"), null for central units. */
  provinceCode: string | null;
  state: ReportState;
  origin: ReportOrigin;
  isCurrent: boolean;
  /** Units the report was sent to (their inbox). */
  receiverUnitIds: readonly number[];
  sections: readonly SectionFacts[];
}

/**
 * The reports a user may see, as a filter storage can apply: every report of `unitIds`, issued or sent reports
 * of every unit (`releasedAll`) or of the provinces `releasedProvinceCodes`, and whatever was sent to
 * `inboxUnitIds`; `all` for administrators.
 */
export interface ReportScope {
  all: boolean;
  unitIds: number[];
  releasedAll: boolean;
  releasedProvinceCodes: string[];
  inboxUnitIds: number[];
}

export const RELEASED_STATES: readonly ReportState[] = ["issued", "sent"];
const STAFF_ROLES: ReadonlySet<Role> = new Set(["specialist", "office", "leader"]);
// A receiver in the ministry receives from every province; one in a province from that province's units.
const CENTRAL_KINDS: ReadonlySet<UnitKind> = new Set(["country", "government", "ministry", "ministry_unit"]);
/** The actions on an existing report (everything but create). */
export type TransitionAction = Exclude<ReportAction, "create">;

const TRANSITION_ACTIONS: readonly TransitionAction[] = [
  "submit",
  "compile",
  "return",
  "approve",
  "issue",
  "send",
  "correct",
];

/** The reports an actor may see (see ReportScope). */
export function reportScope(actor: Actor): ReportScope {
  const scope: ReportScope = {
    all: false,
    unitIds: [],
    releasedAll: false,
    releasedProvinceCodes: [],
    inboxUnitIds: [],
  };
  for (const role of actor.roles) {
    if (role.role === "admin") scope.all = true;
    else if (STAFF_ROLES.has(role.role)) scope.unitIds.push(...reportUnitsOf(role));
    else if (role.role === "receiver") {
      scope.inboxUnitIds.push(role.unitId);
      if (CENTRAL_KINDS.has(role.unitKind)) scope.releasedAll = true;
      else if (role.provinceCode) scope.releasedProvinceCodes.push(role.provinceCode);
    }
  }
  scope.unitIds = [...new Set(scope.unitIds)];
  scope.releasedProvinceCodes = [...new Set(scope.releasedProvinceCodes)];
  return scope;
}

/** True when the actor may see the report (otherwise the API answers 404, as if it did not exist). */
export function canSeeReport(actor: Actor, report: ReportFacts): boolean {
  const scope = reportScope(actor);
  if (scope.all || scope.unitIds.includes(report.unitId)) return true;
  if (report.receiverUnitIds.some((id) => scope.inboxUnitIds.includes(id))) return true;
  if (!RELEASED_STATES.includes(report.state)) return false;
  return (
    scope.releasedAll || (report.provinceCode !== null && scope.releasedProvinceCodes.includes(report.provinceCode))
  );
}

/** NOT_FOUND unless the actor may see the report: a report of another province does not exist for them. */
export function authorizeSeeReport(actor: Actor, report: ReportFacts): void {
  if (!canSeeReport(actor, report)) {
    throw new UserError("NOT_FOUND", `Không tìm thấy báo cáo số ${report.id}.`, { field: "id" });
  }
}

/** The actor's specialist, office and leader roles that work on reports of `unitId`. */
export function staffRolesFor(actor: Actor, unitId: number): ActorRole[] {
  return actor.roles.filter((r) => STAFF_ROLES.has(r.role) && reportUnitsOf(r).includes(unitId));
}

/** What an allowed transition does, and for a specialist's submit which division's sections it closes. */
export interface TransitionGrant {
  role: WorkflowRole;
  to: ReportState;
  transition: TransitionName;
  createsVersion: boolean;
  /** The specialist's division (submit); empty for the other roles. */
  divisionUnitIds: number[];
}

function refusalError(decision: Extract<TransitionDecision, { ok: false }>): UserError {
  if (decision.code === "wrong_role") return new UserError("FORBIDDEN", decision.message);
  if (decision.code === "comment_required") {
    return new UserError("COMMENT_REQUIRED", decision.message, { field: "comment" });
  }
  return new UserError("INVALID_TRANSITION", decision.message, { field: "action" });
}

/**
 * Decides whether the actor may take `action` on the report now: FORBIDDEN when none of their roles in the
 * report's unit may, INVALID_TRANSITION when the state does not allow it, COMMENT_REQUIRED for a return
 * without a reason.
 */
export function authorizeTransition(
  actor: Actor,
  report: ReportFacts,
  action: ReportAction,
  comment?: string | null,
): TransitionGrant {
  if (report.origin === "imported") {
    throw new UserError(
      "FORBIDDEN",
      "Báo cáo được nhập từ tệp là bản đã ban hành ngoài hệ thống: không thực hiện thao tác quy trình trên báo cáo này.",
    );
  }
  const roles = staffRolesFor(actor, report.unitId);
  if (roles.length === 0) {
    throw new UserError(
      "FORBIDDEN",
      "Bạn không có vai trò chuyên viên, văn phòng hay lãnh đạo của đơn vị lập báo cáo này nên không được thao tác trên báo cáo.",
    );
  }
  if (!report.isCurrent) {
    throw new UserError(
      "INVALID_TRANSITION",
      "Đây là phiên bản cũ của báo cáo (đã có bản đính chính): chỉ xem, không thao tác được.",
      { field: "action" },
    );
  }
  const submittedParts = report.sections.filter((s) => s.divisionUnitId !== null && s.submittedAt !== null).length;
  let refusal: Extract<TransitionDecision, { ok: false }> | null = null;
  for (const role of roles) {
    const decision = decideTransition({ state: report.state, action, role: role.role, comment, submittedParts });
    if (!decision.ok) {
      if (!refusal || refusal.code === "wrong_role") refusal = decision;
      continue;
    }
    if (decision.transition === "submit_part") {
      const own = report.sections.filter((s) => s.divisionUnitId === role.unitId);
      if (own.length === 0) {
        refusal = {
          ok: false,
          code: "wrong_state",
          message: "Báo cáo không có mục nào do phòng của bạn phụ trách nên không có phần để nộp.",
        };
        continue;
      }
      if (own.every((s) => s.submittedAt !== null)) {
        refusal = {
          ok: false,
          code: "wrong_state",
          message: "Phòng của bạn đã nộp phần báo cáo; chờ văn phòng tổng hợp hoặc trả lại để sửa tiếp.",
        };
        continue;
      }
    }
    return {
      role: role.role as WorkflowRole,
      to: decision.to,
      transition: decision.transition,
      createsVersion: decision.createsVersion,
      divisionUnitIds: decision.transition === "submit_part" ? [role.unitId] : [],
    };
  }
  throw refusalError(refusal!);
}

/** The workflow actions the actor can take on the report now (comments aside), for the buttons a page shows. */
export function allowedReportActions(actor: Actor, report: ReportFacts): TransitionAction[] {
  return TRANSITION_ACTIONS.filter((action) => {
    try {
      authorizeTransition(actor, report, action, "-");
      return true;
    } catch {
      return false;
    }
  });
}

/** Whether the actor may create a report of `unitId` (office or leader of the unit). FORBIDDEN otherwise. */
export function authorizeCreateReport(actor: Actor, unitId: number, unitCode: string): WorkflowRole {
  const roles = staffRolesFor(actor, unitId).filter((r) => r.unitId === unitId);
  let refusal: Extract<TransitionDecision, { ok: false }> | null = null;
  for (const role of roles) {
    const decision = decideTransition({ state: null, action: "create", role: role.role });
    if (decision.ok) return role.role as WorkflowRole;
    refusal = decision;
  }
  throw new UserError(
    "FORBIDDEN",
    refusal?.message ??
      `Bạn không có vai trò văn phòng hay lãnh đạo của đơn vị "${unitCode}" nên không được tạo báo cáo.`,
    { field: "unit" },
  );
}

function editRefusal(report: ReportFacts): string | null {
  // A consolidated draft is the receiving unit's own report: edited like an authored one.
  if (report.origin === "imported") return "Báo cáo nhập từ tệp không sửa được trong hệ thống.";
  if (!report.isCurrent) return "Đây là phiên bản cũ của báo cáo (đã có bản đính chính): chỉ xem.";
  if (isImmutable(report.state)) {
    return "Báo cáo đã ban hành không được sửa; muốn thay đổi hãy đính chính (tạo phiên bản mới).";
  }
  if (!isEditable(report.state)) return "Báo cáo đã được phê duyệt, chờ ban hành: không sửa nội dung được nữa.";
  return null;
}

/** True when one of the actor's roles may edit the section now (domain/workflow.ts canEditSection). */
export function canEditReportSection(actor: Actor, report: ReportFacts, section: SectionFacts): boolean {
  if (editRefusal(report) !== null) return false;
  return staffRolesFor(actor, report.unitId).some((role) => {
    if (role.role === "specialist") {
      return (
        section.divisionUnitId === role.unitId &&
        canEditSection(report.state, "specialist", { partSubmitted: section.submittedAt !== null })
      );
    }
    return canEditSection(report.state, role.role as WorkflowRole);
  });
}

/** FORBIDDEN, with the reason, unless the actor may edit the section now. */
export function authorizeSectionEdit(actor: Actor, report: ReportFacts, section: SectionFacts): void {
  if (canEditReportSection(actor, report, section)) return;
  const why = editRefusal(report);
  if (why) throw new UserError("FORBIDDEN", why);
  const roles = staffRolesFor(actor, report.unitId);
  const specialist = roles.find((r) => r.role === "specialist");
  if (specialist && section.divisionUnitId === specialist.unitId) {
    throw new UserError(
      "FORBIDDEN",
      report.state === "draft"
        ? `Mục "${section.title}" đã được phòng nộp nên chỉ xem; văn phòng có thể trả lại để phòng sửa tiếp.`
        : `Báo cáo đang ở bước tổng hợp: chỉ văn phòng sửa được mục "${section.title}".`,
    );
  }
  throw new UserError(
    "FORBIDDEN",
    `Bạn không được sửa mục "${section.title}": mục này do phòng phụ trách hoặc văn phòng soạn.`,
  );
}

/** The ids of the sections the actor may edit now. */
export function editableSectionIds(actor: Actor, report: ReportFacts): number[] {
  return report.sections.filter((s) => canEditReportSection(actor, report, s)).map((s) => s.id);
}

/**
 * Whether the actor may change report-wide content now (values outside a division's part, next period's tasks,
 * carried tasks' outcomes): the office while the report is editable, a specialist of the unit while it is a draft.
 */
export function canEditReportContent(actor: Actor, report: ReportFacts): boolean {
  if (editRefusal(report) !== null) return false;
  return staffRolesFor(actor, report.unitId).some(
    (r) => r.role === "office" || (r.role === "specialist" && report.state === "draft"),
  );
}

/** FORBIDDEN, with the reason, unless the actor may change report-wide content now. */
export function authorizeContentEdit(actor: Actor, report: ReportFacts): void {
  if (canEditReportContent(actor, report)) return;
  const why = editRefusal(report);
  if (why) throw new UserError("FORBIDDEN", why);
  throw new UserError(
    "FORBIDDEN",
    report.state === "draft"
      ? "Chỉ chuyên viên các phòng và văn phòng của đơn vị được nhập nội dung báo cáo."
      : "Báo cáo đang ở bước tổng hợp: chỉ văn phòng được sửa nội dung.",
  );
}

/**
 * Whether the actor may save a value that belongs to `section` (the section of the regime's form it is entered
 * in, null when none): the section's editors, or the office for values outside every section.
 */
export function canEditValueIn(actor: Actor, report: ReportFacts, section: SectionFacts | null): boolean {
  if (section) return canEditReportSection(actor, report, section);
  return editRefusal(report) === null && staffRolesFor(actor, report.unitId).some((r) => r.role === "office");
}

/** FORBIDDEN unless the actor receives reports (the inbox is the receiving level's). */
export function authorizeInbox(actor: Actor): number[] {
  const units = actor.roles.filter((r) => r.role === "receiver").map((r) => r.unitId);
  if (units.length === 0) {
    throw new UserError("FORBIDDEN", "Hộp thư báo cáo đến chỉ dành cho cơ quan nhận báo cáo.");
  }
  return units;
}
