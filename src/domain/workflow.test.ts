import { describe, expect, it } from "vitest";
import { isUserError } from "./errors.js";
import type { ReportState } from "./report.js";
import {
  allowedActions,
  canEditSection,
  decideTransition,
  formatDocumentNumber,
  isEditable,
  isImmutable,
  nextRegisterNumber,
  type ReportAction,
  type WorkflowRole,
} from "./workflow.js";

const STATES: (ReportState | null)[] = [null, "draft", "compiled", "returned", "approved", "issued", "sent"];
const ACTIONS: ReportAction[] = ["create", "submit", "compile", "return", "approve", "issue", "send", "correct"];
const ROLES: WorkflowRole[] = ["specialist", "office", "leader", "receiver", "admin"];

// design/WORKFLOW.md, written out by hand: "state action role" → target state (comment and parts given).
const ALLOWED: Record<string, ReportState> = {
  "null create office": "draft",
  "null create leader": "draft",
  "draft submit specialist": "draft",
  "draft compile office": "compiled",
  "returned compile office": "compiled",
  "compiled return leader": "returned",
  "compiled return office": "draft",
  "returned return office": "draft",
  "compiled approve leader": "approved",
  "approved issue leader": "issued",
  "approved issue office": "issued",
  "issued send office": "sent",
  "issued correct office": "draft",
  "issued correct leader": "draft",
  "sent correct office": "draft",
  "sent correct leader": "draft",
};
// Which roles ever take an action (a refusal for any other role is about the role, not the state).
const ACTORS: Record<ReportAction, WorkflowRole[]> = {
  create: ["office", "leader"],
  submit: ["specialist"],
  compile: ["office"],
  return: ["leader", "office"],
  approve: ["leader"],
  issue: ["leader", "office"],
  send: ["office"],
  correct: ["office", "leader"],
};

const cases = STATES.flatMap((state) =>
  ACTIONS.flatMap((action) =>
    ROLES.map((role) => [state, action, role] as [ReportState | null, ReportAction, WorkflowRole]),
  ),
);

describe("decideTransition: every state × action × role", () => {
  it("covers 7 states × 8 actions × 5 roles", () => {
    expect(cases).toHaveLength(280);
    expect(Object.keys(ALLOWED)).toHaveLength(16);
  });

  it.each(cases)("%s + %s by %s", (state, action, role) => {
    const decision = decideTransition({
      state,
      action,
      role,
      comment: "Đề nghị bổ sung số liệu chữ ký số tháng 10",
      submittedParts: 3,
    });
    const expected = ALLOWED[`${state} ${action} ${role}`];
    if (expected) {
      expect(decision).toMatchObject({ ok: true, to: expected, createsVersion: action === "correct" });
      return;
    }
    expect(decision.ok).toBe(false);
    if (decision.ok) return;
    expect(decision.code).toBe(ACTORS[action].includes(role) ? "wrong_state" : "wrong_role");
    expect(decision.message.length).toBeGreaterThan(20);
    if (decision.code === "wrong_state" && state !== null && action !== "create") {
      expect(decision.message).toContain("Báo cáo đang ở trạng thái");
    }
  });
});

describe("decideTransition: the two meanings of return", () => {
  it.each([
    ["leader", "compiled", "returned", "return_to_office"],
    ["office", "compiled", "draft", "return_to_divisions"],
    ["office", "returned", "draft", "return_to_divisions"],
  ] as [WorkflowRole, ReportState, ReportState, string][])(
    "%s returns a %s report → %s (%s)",
    (role, state, to, name) => {
      expect(decideTransition({ state, action: "return", role, comment: "Số liệu CNTT chưa khớp" })).toEqual({
        ok: true,
        to,
        transition: name,
        createsVersion: false,
      });
    },
  );

  it.each([
    ["leader", "compiled", undefined, "văn phòng"],
    ["leader", "compiled", "   ", "văn phòng"],
    ["office", "compiled", "", "các phòng"],
    ["office", "returned", null, "các phòng"],
  ] as [WorkflowRole, ReportState, string | null | undefined, string][])(
    "%s returning a %s report with comment %o is refused",
    (role, state, comment, target) => {
      const decision = decideTransition({ state, action: "return", role, comment });
      expect(decision).toMatchObject({ ok: false, code: "comment_required" });
      if (!decision.ok) expect(decision.message).toContain(target);
    },
  );

  it("the leader cannot return a report that is already returned, and says which state it needs", () => {
    const decision = decideTransition({ state: "returned", action: "return", role: "leader", comment: "Sửa lại" });
    expect(decision).toMatchObject({ ok: false, code: "wrong_state" });
    if (!decision.ok) {
      expect(decision.message).toContain("lãnh đạo");
      expect(decision.message).toContain('"đã tổng hợp"');
    }
  });
});

describe("decideTransition: refusals say why", () => {
  it.each([
    [
      { state: "draft", action: "compile", role: "office", submittedParts: 0 },
      "nothing_submitted",
      "Chưa có phòng nào nộp",
    ],
    [{ state: "returned", action: "compile", role: "office" }, "nothing_submitted", "ít nhất một phần"],
    [{ state: "draft", action: "approve", role: "specialist" }, "wrong_role", "chỉ lãnh đạo"],
    [{ state: "compiled", action: "approve", role: "office" }, "wrong_role", "Vai trò văn phòng không được phê duyệt"],
    [{ state: "issued", action: "send", role: "leader" }, "wrong_role", "chỉ văn phòng"],
    [
      { state: "approved", action: "issue", role: "admin" },
      "wrong_role",
      "lãnh đạo (Giám đốc, Phó Giám đốc) hoặc văn phòng",
    ],
    [{ state: "sent", action: "correct", role: "receiver" }, "wrong_role", "cơ quan nhận báo cáo"],
    [{ state: null, action: "create", role: "specialist" }, "wrong_role", "do phòng tự báo cáo"],
    [{ state: "draft", action: "create", role: "office" }, "wrong_state", "đã tồn tại"],
    [{ state: null, action: "approve", role: "leader" }, "wrong_state", "chưa được tạo"],
    [
      { state: "draft", action: "approve", role: "leader" },
      "wrong_state",
      'chỉ được phê duyệt báo cáo khi báo cáo ở trạng thái "đã tổng hợp"',
    ],
    [{ state: "issued", action: "submit", role: "specialist" }, "wrong_state", "hãy đính chính"],
    [{ state: "sent", action: "issue", role: "office" }, "wrong_state", "hãy đính chính"],
    [{ state: "draft", action: "correct", role: "office" }, "wrong_state", '"đã ban hành" hoặc "đã gửi"'],
    [
      { state: "approved", action: "compile", role: "office", submittedParts: 2 },
      "wrong_state",
      '"dự thảo" hoặc "bị lãnh đạo trả lại"',
    ],
  ] as [Parameters<typeof decideTransition>[0], string, string][])("%o → %s", (request, code, text) => {
    const decision = decideTransition(request);
    expect(decision).toMatchObject({ ok: false, code });
    if (!decision.ok) expect(decision.message).toContain(text);
  });

  it("a specialist may create a report of a regime the division reports alone", () => {
    expect(
      decideTransition({ state: null, action: "create", role: "specialist", divisionReportsAlone: true }),
    ).toMatchObject({ ok: true, to: "draft" });
  });

  it("an unknown action from the outside is refused, not thrown", () => {
    const decision = decideTransition({ state: "draft", action: "delete" as ReportAction, role: "admin" });
    expect(decision).toMatchObject({ ok: false, code: "unknown_action" });
  });
});

describe("allowedActions", () => {
  it.each([
    [null, "office", ["create"]],
    [null, "specialist", []],
    ["draft", "specialist", ["submit"]],
    ["draft", "office", ["compile"]],
    ["draft", "leader", []],
    ["compiled", "leader", ["return", "approve"]],
    ["compiled", "office", ["return"]],
    ["returned", "office", ["compile", "return"]],
    ["returned", "leader", []],
    ["approved", "leader", ["issue"]],
    ["approved", "office", ["issue"]],
    ["issued", "office", ["send", "correct"]],
    ["issued", "leader", ["correct"]],
    ["sent", "office", ["correct"]],
    ["sent", "receiver", []],
    ["compiled", "admin", []],
  ] as [ReportState | null, WorkflowRole, ReportAction[]][])("%s for %s → %o", (state, role, actions) => {
    expect(allowedActions(state, role)).toEqual(actions);
  });

  it("agrees with decideTransition on every case", () => {
    for (const [state, action, role] of cases) {
      const allowed = allowedActions(state, role).includes(action);
      const decision = decideTransition({ state, action, role, comment: "Lý do", submittedParts: 1 });
      expect(decision.ok, `${state} ${action} ${role}`).toBe(allowed);
    }
  });

  it("lets a specialist create when the division reports alone", () => {
    expect(allowedActions(null, "specialist", { divisionReportsAlone: true })).toEqual(["create"]);
  });
});

describe("isEditable / isImmutable / canEditSection", () => {
  it.each([
    ["draft", true, false],
    ["compiled", true, false],
    ["returned", true, false],
    ["approved", false, false],
    ["issued", false, true],
    ["sent", false, true],
  ] as [ReportState, boolean, boolean][])("%s: editable %s, immutable %s", (state, editable, immutable) => {
    expect(isEditable(state)).toBe(editable);
    expect(isImmutable(state)).toBe(immutable);
  });

  it.each([
    ["draft", "specialist", false, true],
    ["draft", "specialist", true, false],
    ["compiled", "specialist", false, false],
    ["draft", "office", false, true],
    ["compiled", "office", false, true],
    ["returned", "office", false, true],
    ["approved", "office", false, false],
    ["issued", "office", false, false],
    ["compiled", "leader", false, false],
    ["draft", "receiver", false, false],
  ] as [ReportState, WorkflowRole, boolean, boolean][])(
    "%s by %s (part submitted %s) → %s",
    (state, role, submitted, can) => {
      expect(canEditSection(state, role, { partSubmitted: submitted })).toBe(can);
    },
  );
});

describe("register numbers", () => {
  it.each([
    [[], 1],
    [[1, 2, 3], 4],
    [[12, 3, 7], 13],
    [[1, 2, 5], 6],
    [[null, undefined, 4], 5],
    [[0, -3, 2.5], 1],
  ] as [(number | null | undefined)[], number][])("after %o → %i", (existing, next) => {
    expect(nextRegisterNumber(existing)).toBe(next);
  });

  it.each([
    [12, "BC", "STTTT", "12/BC-STTTT"],
    [5, "BC", "STTTT", "05/BC-STTTT"],
    [1, "KH", "UBND", "01/KH-UBND"],
    [10, "QĐ", "SKHCN", "10/QĐ-SKHCN"],
    [245, "TTr", "STTTT-VP", "245/TTr-STTTT-VP"],
    [9, " BC ", " SKHCN ", "09/BC-SKHCN"],
  ] as [number, string, string, string][])("%i, %s, %s → %s", (number, docType, symbol, expected) => {
    expect(formatDocumentNumber(number, docType, symbol)).toBe(expected);
  });

  it.each([
    [0, "BC", "STTTT", "number"],
    [3.5, "BC", "STTTT", "number"],
    [3, "", "STTTT", "docType"],
    [3, "B/C", "STTTT", "docType"],
    [3, "BC", "", "agencySymbol"],
    [3, "BC", "S TTTT", "agencySymbol"],
  ] as [number, string, string, string][])("refuses %i, %o, %o (field %s)", (number, docType, symbol, field) => {
    try {
      formatDocumentNumber(number, docType, symbol);
      expect.unreachable();
    } catch (error) {
      expect(isUserError(error)).toBe(true);
      if (isUserError(error)) {
        expect(error.location.field).toBe(field);
        expect(error.message).toContain("không hợp lệ");
      }
    }
  });
});
