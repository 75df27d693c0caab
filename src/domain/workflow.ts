/**
 * The report state machine of design/WORKFLOW.md: which role may move a report from which state to which, and
 * why not, in Vietnamese. Document numbers of the register ("12/BC-STTTT") live here too.
 */
import { UserError } from "./errors.js";
import type { ReportState } from "./report.js";

export type ReportAction = "create" | "submit" | "compile" | "return" | "approve" | "issue" | "send" | "correct";
export type WorkflowRole = "specialist" | "office" | "leader" | "receiver" | "admin";

export const REPORT_STATES: readonly ReportState[] = ["draft", "compiled", "returned", "approved", "issued", "sent"];
export const REPORT_ACTIONS: readonly ReportAction[] = [
  "create",
  "submit",
  "compile",
  "return",
  "approve",
  "issue",
  "send",
  "correct",
];
export const WORKFLOW_ROLES: readonly WorkflowRole[] = ["specialist", "office", "leader", "receiver", "admin"];

/** The name of a transition: "return" is two of them, the leader's to the office and the office's to divisions. */
export type TransitionName =
  | "create"
  | "submit_part"
  | "compile"
  | "return_to_office"
  | "return_to_divisions"
  | "approve"
  | "issue"
  | "send"
  | "correct";

/** One row of the workflow table; `from: null` means the report does not exist yet. */
export interface TransitionRule {
  name: TransitionName;
  action: ReportAction;
  roles: readonly WorkflowRole[];
  from: readonly (ReportState | null)[];
  to: ReportState;
  requiresComment?: boolean;
  /** Compiling needs at least one division's part submitted. */
  requiresSubmittedPart?: boolean;
  /** The issued version stays read-only; the transition starts a new version linked to it. */
  createsVersion?: boolean;
  /** A specialist may create only for a regime that the division reports alone. */
  specialistOnlyWhenDivisionReportsAlone?: boolean;
}

/** The workflow table of design/WORKFLOW.md, row for row. */
export const TRANSITIONS: readonly TransitionRule[] = [
  {
    name: "create",
    action: "create",
    roles: ["office", "leader", "specialist"],
    from: [null],
    to: "draft",
    specialistOnlyWhenDivisionReportsAlone: true,
  },
  { name: "submit_part", action: "submit", roles: ["specialist"], from: ["draft"], to: "draft" },
  {
    name: "compile",
    action: "compile",
    roles: ["office"],
    from: ["draft", "returned"],
    to: "compiled",
    requiresSubmittedPart: true,
  },
  {
    name: "return_to_office",
    action: "return",
    roles: ["leader"],
    from: ["compiled"],
    to: "returned",
    requiresComment: true,
  },
  {
    name: "return_to_divisions",
    action: "return",
    roles: ["office"],
    from: ["compiled", "returned"],
    to: "draft",
    requiresComment: true,
  },
  { name: "approve", action: "approve", roles: ["leader"], from: ["compiled"], to: "approved" },
  { name: "issue", action: "issue", roles: ["leader", "office"], from: ["approved"], to: "issued" },
  { name: "send", action: "send", roles: ["office"], from: ["issued"], to: "sent" },
  {
    name: "correct",
    action: "correct",
    roles: ["office", "leader"],
    from: ["issued", "sent"],
    to: "draft",
    createsVersion: true,
  },
];

export const STATE_LABELS: Record<ReportState, string> = {
  draft: "dự thảo",
  compiled: "đã tổng hợp",
  returned: "bị lãnh đạo trả lại",
  approved: "đã phê duyệt",
  issued: "đã ban hành",
  sent: "đã gửi",
};

export const ACTION_LABELS: Record<ReportAction, string> = {
  create: "tạo báo cáo",
  submit: "nộp phần báo cáo của phòng",
  compile: "tổng hợp báo cáo",
  return: "trả lại báo cáo",
  approve: "phê duyệt báo cáo",
  issue: "ban hành báo cáo",
  send: "gửi báo cáo",
  correct: "đính chính báo cáo",
};

export const ROLE_LABELS: Record<WorkflowRole, string> = {
  specialist: "chuyên viên",
  office: "văn phòng",
  leader: "lãnh đạo (Giám đốc, Phó Giám đốc)",
  receiver: "cơ quan nhận báo cáo",
  admin: "quản trị viên",
};

/** What a transition request carries besides the actor. */
export interface TransitionRequest {
  /** The report's current state; null when it does not exist yet (create). */
  state: ReportState | null;
  action: ReportAction;
  role: WorkflowRole;
  comment?: string | null;
  /** How many division parts are submitted (compile needs at least one). */
  submittedParts?: number;
  /** The regime is reported by the division alone, so its specialist may create the report. */
  divisionReportsAlone?: boolean;
}

export type RefusalCode = "unknown_action" | "wrong_role" | "wrong_state" | "comment_required" | "nothing_submitted";

export type TransitionDecision =
  | { ok: true; to: ReportState; transition: TransitionName; createsVersion: boolean }
  | { ok: false; code: RefusalCode; message: string };

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} hoặc ${items.at(-1)}`;
}

function stateList(states: readonly (ReportState | null)[]): string {
  return joinOr(states.map((state) => (state === null ? "chưa tồn tại" : `"${STATE_LABELS[state]}"`)));
}

function roleMayAct(rule: TransitionRule, role: WorkflowRole, divisionReportsAlone: boolean): boolean {
  if (!rule.roles.includes(role)) return false;
  return !(role === "specialist" && rule.specialistOnlyWhenDivisionReportsAlone && !divisionReportsAlone);
}

function refuse(code: RefusalCode, message: string): TransitionDecision {
  return { ok: false, code, message };
}

/** Decides one workflow step: the target state, or the Vietnamese reason it is refused. */
export function decideTransition(request: TransitionRequest): TransitionDecision {
  const { state, action, role } = request;
  const actionLabel = ACTION_LABELS[action];
  const roleLabel = ROLE_LABELS[role] ?? String(role);
  if (!actionLabel) return refuse("unknown_action", `Thao tác "${String(action)}" không có trong quy trình báo cáo.`);

  const rulesForAction = TRANSITIONS.filter((rule) => rule.action === action);
  const divisionAlone = request.divisionReportsAlone === true;
  const rulesForRole = rulesForAction.filter((rule) => roleMayAct(rule, role, divisionAlone));
  if (rulesForRole.length === 0) {
    if (role === "specialist" && action === "create") {
      return refuse(
        "wrong_role",
        "Chuyên viên chỉ được tạo báo cáo của chế độ do phòng tự báo cáo; báo cáo này do văn phòng hoặc lãnh đạo tạo.",
      );
    }
    const allowed = [...new Set(rulesForAction.flatMap((rule) => rule.roles))]
      .filter((r) => !(r === "specialist" && action === "create"))
      .map((r) => ROLE_LABELS[r]);
    return refuse(
      "wrong_role",
      `Vai trò ${roleLabel} không được ${actionLabel}: chỉ ${joinOr(allowed)} được làm việc này.`,
    );
  }

  const rule = rulesForRole.find((candidate) => candidate.from.includes(state));
  if (!rule) {
    const from = rulesForRole.flatMap((candidate) => candidate.from);
    if (state === null) return refuse("wrong_state", `Không thể ${actionLabel}: báo cáo chưa được tạo.`);
    const current = `Báo cáo đang ở trạng thái "${STATE_LABELS[state]}"`;
    if (action === "create") return refuse("wrong_state", `${current}: báo cáo đã tồn tại, không tạo lại.`);
    const hint = isImmutable(state)
      ? " Báo cáo đã ban hành không được sửa; muốn thay đổi hãy đính chính (tạo phiên bản mới)."
      : "";
    const who = rulesForAction.length > 1 ? `${roleLabel} chỉ ` : "chỉ ";
    return refuse(
      "wrong_state",
      `${current}: ${who}được ${actionLabel} khi báo cáo ở trạng thái ${stateList(from)}.${hint}`,
    );
  }

  if (rule.requiresComment && !request.comment?.trim()) {
    const target = rule.name === "return_to_office" ? "văn phòng" : "các phòng";
    return refuse("comment_required", `Trả lại báo cáo phải ghi ý kiến (lý do) để ${target} biết cần sửa gì.`);
  }
  if (rule.requiresSubmittedPart && (request.submittedParts ?? 0) < 1) {
    return refuse("nothing_submitted", "Chưa có phòng nào nộp phần báo cáo: cần ít nhất một phần đã nộp để tổng hợp.");
  }
  return { ok: true, to: rule.to, transition: rule.name, createsVersion: rule.createsVersion === true };
}

/** The actions a role can take on a report in `state` (null: not created yet), comments and parts aside. */
export function allowedActions(
  state: ReportState | null,
  role: WorkflowRole,
  options: { divisionReportsAlone?: boolean } = {},
): ReportAction[] {
  const divisionAlone = options.divisionReportsAlone === true;
  const actions = TRANSITIONS.filter((rule) => rule.from.includes(state) && roleMayAct(rule, role, divisionAlone)).map(
    (rule) => rule.action,
  );
  return [...new Set(actions)];
}

/** Issued and sent reports never change; a correction starts a new version. */
export function isImmutable(state: ReportState): boolean {
  return state === "issued" || state === "sent";
}

/** True while the content may still change (draft, compiled, returned); approval freezes it for issuing. */
export function isEditable(state: ReportState): boolean {
  return state === "draft" || state === "compiled" || state === "returned";
}

/**
 * Whether a role may edit a section now: a specialist edits the division's part in a draft until it is
 * submitted; the office edits every section while the report is not approved; nobody else edits.
 */
export function canEditSection(
  state: ReportState,
  role: WorkflowRole,
  options: { partSubmitted?: boolean } = {},
): boolean {
  if (!isEditable(state)) return false;
  if (role === "specialist") return state === "draft" && options.partSubmitted !== true;
  return role === "office";
}

/** The next number in a unit's register for a document type and year: one more than the highest used. */
export function nextRegisterNumber(existingNumbers: readonly (number | null | undefined)[]): number {
  let highest = 0;
  for (const number of existingNumbers) {
    if (typeof number === "number" && Number.isInteger(number) && number > highest) highest = number;
  }
  return highest + 1;
}

/** Writes "Số" as Decree 30/2020/NĐ-CP does: "12/BC-STTTT", with a leading zero below 10 ("05/BC-STTTT"). */
export function formatDocumentNumber(number: number, docType: string, agencySymbol: string): string {
  if (!Number.isInteger(number) || number < 1) {
    throw new UserError("invalid_document_number", `Số văn bản "${number}" không hợp lệ: phải là số nguyên dương.`, {
      field: "number",
    });
  }
  const type = docType.trim();
  const symbol = agencySymbol.trim();
  if (!/^[\p{L}\d]+$/u.test(type)) {
    throw new UserError("invalid_document_number", `Loại văn bản "${docType}" không hợp lệ (ví dụ: BC, KH).`, {
      field: "docType",
    });
  }
  if (!/^[\p{L}\d&]+(?:-[\p{L}\d&]+)*$/u.test(symbol)) {
    throw new UserError(
      "invalid_document_number",
      `Ký hiệu cơ quan "${agencySymbol}" không hợp lệ (ví dụ: STTTT, UBND, SKHCN-VP).`,
      { field: "agencySymbol" },
    );
  }
  return `${String(number).padStart(2, "0")}/${type}-${symbol}`;
}
