import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../test/app.js";
import { buildWorld, type World } from "../../../test/workflow-world.js";
import type { ReportDetail, ReportList } from "../../contract/reports.js";
import type { AuditList, SavedValues, TransitionResult } from "../../contract/workflow.js";

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await openTestApp();
  w = await buildWorld(t.app, t.ctx);
});
afterAll(async () => t?.close());

async function create(period: string): Promise<ReportDetail> {
  const res = await w.request("officeA", "POST", "/api/reports", { regime: w.regime.code, unit: "SO-04", period });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ReportDetail>();
}

async function detail(id: number, who: Parameters<World["request"]>[0] = "officeA"): Promise<ReportDetail> {
  const res = await w.request(who, "GET", `/api/reports/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ReportDetail>();
}

async function act(who: Parameters<World["request"]>[0], id: number, action: string, comment?: string) {
  return w.request(who, "POST", `/api/reports/${id}/transitions`, { action, ...(comment ? { comment } : {}) });
}

const section = (r: ReportDetail, title: string) => r.sections.find((s) => s.title === title)!;

describe("creating a report", () => {
  it("pre-fills the outline with each section's division, the cut-off window and the deadlines", async () => {
    const r = await create("2026-07");
    expect(r.state).toBe("draft");
    expect(r.sections.map((s) => [s.title, s.divisionCode])).toEqual([
      ["KẾT QUẢ THỰC HIỆN NHIỆM VỤ", null],
      ["Công tác văn phòng", "SO-04-VP"],
      ["Công nghệ thông tin", "SO-04-CNTT"],
      ["Bưu chính", "SO-04-BCVT"],
      // The department inspectorate ended on 30/6/2025: its section falls to the office.
      ["Thanh tra, kiểm tra", "SO-04-VP"],
      ["NHIỆM VỤ THÁNG TIẾP THEO", null],
      ["ĐỀ XUẤT, KIẾN NGHỊ", null],
    ]);
    expect(r.workflow.window).toEqual({ from: "2026-06-15", to: "2026-07-14" });
    expect(r.workflow.deadlines).toEqual([
      expect.objectContaining({ level: "department", date: "2026-07-15", daysLeft: expect.any(Number) }),
    ]);
    expect(r.workflow.deadlines[0]!.daysLeft).toBeLessThan(0);
    expect(r.deadlineOn).toBe("2026-07-15");
    expect(r.workflow.allowedActions).toEqual([]);
  });

  it("refuses a second report for the same regime, unit and period (409)", async () => {
    const res = await w.request("officeA", "POST", "/api/reports", {
      regime: w.regime.code,
      unit: "SO-04",
      period: "2026-07",
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain("đã có báo cáo");
  });

  it("refuses a period of the wrong frequency and an unknown regime in Vietnamese (400)", async () => {
    const quarter = await w.request("officeA", "POST", "/api/reports", {
      regime: w.regime.code,
      unit: "SO-04",
      period: "2026-Q3",
    });
    expect(quarter.statusCode).toBe(400);
    expect(quarter.json().error.message).toContain("quý III năm 2026");
    const unknown = await w.request("officeA", "POST", "/api/reports", {
      regime: "KHONG-CO",
      unit: "SO-04",
      period: "2026-08",
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: "INVALID_REFERENCE", field: "regime" });
  });
});

describe("the whole path: draft → submit → compile → return → compile → approve → issue → send → inbox", () => {
  let id: number;

  it("walks every step with the right role, numbering and sending the report", async () => {
    const r = await create("2026-10");
    id = r.id;
    const cntt = section(r, "Công nghệ thông tin");
    expect(r.workflow.editableSectionIds).toContain(cntt.id);

    // The IT specialist writes the division's section and figures.
    const specialistView = await detail(id, "specialistA");
    expect(specialistView.workflow.editableSectionIds).toEqual([cntt.id]);
    expect(specialistView.workflow.allowedActions).toEqual(["submit"]);
    const saved = await w.request("specialistA", "PUT", `/api/reports/${id}/sections/${cntt.id}`, {
      text: "Trong tháng, toàn tỉnh ký số 16.681 văn bản đi.\r\n\r\n\r\n- Duy trì hệ thống quản lý văn bản.  ",
      baseVersion: cntt.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      body: "Trong tháng, toàn tỉnh ký số 16.681 văn bản đi.\n\n- Duy trì hệ thống quản lý văn bản.",
      version: cntt.version + 1,
    });
    const values = await w.request("specialistA", "PUT", `/api/reports/${id}/values`, {
      values: [{ indicator: w.indicators.signed, value: 16681 }],
      baseVersion: specialistView.version,
    });
    expect(values.statusCode, values.body).toBe(200);
    // The office's figure of documents sent is not the IT division's to enter.
    const notHers = await w.request("specialistA", "PUT", `/api/reports/${id}/values`, {
      values: [{ indicator: w.indicators.out, value: 29097 }],
      baseVersion: values.json<SavedValues>().version,
    });
    expect(notHers.statusCode).toBe(403);

    // The office cannot compile before any division submitted.
    const early = await act("officeA", id, "compile");
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain("Chưa có phòng nào nộp");

    const submit = await act("specialistA", id, "submit");
    expect(submit.statusCode, submit.body).toBe(200);
    expect(submit.json<TransitionResult>().state).toBe("draft");
    const afterSubmit = await detail(id, "specialistA");
    expect(section(afterSubmit, "Công nghệ thông tin").submittedAt).not.toBeNull();
    expect(afterSubmit.workflow.editableSectionIds).toEqual([]);
    const locked = await w.request("specialistA", "PUT", `/api/reports/${id}/sections/${cntt.id}`, {
      text: "Sửa sau khi nộp",
      baseVersion: cntt.version + 1,
    });
    expect(locked.statusCode).toBe(403);
    expect(locked.json().error.message).toContain("đã được phòng nộp");

    // The office enters its total, below the signed count: the warning says so in Vietnamese.
    const officeValues = await w.request("officeA", "PUT", `/api/reports/${id}/values`, {
      values: [{ indicator: w.indicators.out, value: 12000 }],
      baseVersion: afterSubmit.version,
    });
    expect(officeValues.statusCode, officeValues.body).toBe(200);
    const result = officeValues.json<SavedValues>();
    expect(result.computed).toEqual([{ indicator: w.indicators.rate, value: 139.01 }]);
    expect(result.warnings.map((x) => x.kind).sort()).toEqual(["part-exceeds-total", "ratio-over-100"]);
    expect(result.warnings.find((x) => x.kind === "part-exceeds-total")!.message).toBe(
      "Số văn bản đi được ký số (16.681 văn bản) lớn hơn tổng số văn bản đi (12.000 văn bản), nên tỷ lệ văn bản đi được ký số vượt quá 100%.",
    );

    const compile = await act("officeA", id, "compile");
    expect(compile.statusCode, compile.body).toBe(200);
    expect(compile.json<TransitionResult>()).toMatchObject({
      state: "compiled",
      findings: 2,
      missingParts: ["I.1. Công tác văn phòng", "I.3. Bưu chính", "I.4. Thanh tra, kiểm tra"],
    });
    expect((await detail(id)).findings).toHaveLength(2);

    // The specialist may not approve; the leader may not return without a reason.
    expect((await act("specialistA", id, "approve")).statusCode).toBe(403);
    const noComment = await act("leaderA", id, "return");
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.code).toBe("COMMENT_REQUIRED");
    const returned = await act("leaderA", id, "return", "Số văn bản đi chưa khớp, đề nghị Văn phòng kiểm tra lại.");
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json<TransitionResult>().state).toBe("returned");

    const fix = await detail(id);
    expect(fix.workflow.allowedActions.sort()).toEqual(["compile", "return"]);
    const fixed = await w.request("officeA", "PUT", `/api/reports/${id}/values`, {
      values: [{ indicator: w.indicators.out, value: 29097 }],
      baseVersion: fix.version,
    });
    expect(fixed.json<SavedValues>()).toMatchObject({
      warnings: [],
      computed: [{ indicator: w.indicators.rate, value: 57.33 }],
    });
    const recompiled = await act("officeA", id, "compile");
    expect(recompiled.json<TransitionResult>()).toMatchObject({ state: "compiled", findings: 0 });

    expect((await act("officeA", id, "approve")).statusCode).toBe(403);
    const approve = await act("leaderA", id, "approve");
    expect(approve.json<TransitionResult>().state).toBe("approved");
    // Approved: nobody edits any more.
    const frozen = await w.request("officeA", "PUT", `/api/reports/${id}/sections/${cntt.id}`, {
      text: "Sửa sau phê duyệt",
      baseVersion: cntt.version + 1,
    });
    expect(frozen.statusCode).toBe(403);

    const issue = await act("leaderA", id, "issue");
    expect(issue.statusCode, issue.body).toBe(200);
    const issued = issue.json<TransitionResult>();
    expect(issued.state).toBe("issued");
    // The department is the Sở Khoa học và Công nghệ since 1/3/2025, so its symbol is SKHCN.
    expect(issued.numberText).toBe("01/BC-SKHCN");
    expect(issued.issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Issued: immutable; the receivers do not see it in the inbox yet.
    const immutable = await w.request("officeA", "PUT", `/api/reports/${id}/sections/${cntt.id}`, {
      text: "x",
      baseVersion: cntt.version + 1,
    });
    expect(immutable.statusCode).toBe(403);
    expect(immutable.json().error.message).toContain("đính chính");
    const emptyInbox = await w.request("receiverMinistry", "GET", "/api/inbox");
    expect(emptyInbox.json<ReportList>().items.map((x) => x.id)).not.toContain(id);

    expect((await act("leaderA", id, "send")).statusCode).toBe(403);
    const send = await act("officeA", id, "send");
    expect(send.json<TransitionResult>().state).toBe("sent");
    for (const receiver of ["receiverMinistry", "receiverProvinceA"] as const) {
      const inbox = await w.request(receiver, "GET", "/api/inbox");
      expect(inbox.statusCode).toBe(200);
      expect(inbox.json<ReportList>().items.map((x) => [x.id, x.numberText, x.state])).toContainEqual([
        id,
        "01/BC-SKHCN",
        "sent",
      ]);
      expect((await w.request(receiver, "GET", `/api/reports/${id}`)).statusCode).toBe(200);
    }
    const again = await act("officeA", id, "send");
    expect(again.statusCode).toBe(409);
  });

  it("records every transition in the audit trail with who, when, from, to and the comment", async () => {
    const res = await w.request("leaderA", "GET", `/api/reports/${id}/audit`);
    expect(res.statusCode).toBe(200);
    const steps = res
      .json<AuditList>()
      .items.filter((e) => e.fromState !== null || e.action === "create")
      .map((e) => [e.action, e.fromState, e.toState, e.actor]);
    expect(steps).toEqual([
      ["create", null, "draft", "Nông Thị Hường"],
      ["submit", "draft", "draft", "Hoàng Văn Thắng"],
      ["compile", "draft", "compiled", "Nông Thị Hường"],
      ["return", "compiled", "returned", "Lương Văn Chiến"],
      ["compile", "returned", "compiled", "Nông Thị Hường"],
      ["approve", "compiled", "approved", "Lương Văn Chiến"],
      ["issue", "approved", "issued", "Lương Văn Chiến"],
      ["send", "issued", "sent", "Nông Thị Hường"],
    ]);
    const ret = res.json<AuditList>().items.find((e) => e.action === "return")!;
    expect(ret.comment).toBe("Số văn bản đi chưa khớp, đề nghị Văn phòng kiểm tra lại.");
    expect(Date.parse(ret.at)).not.toBeNaN();
    const edits = res
      .json<AuditList>()
      .items.filter((e) => e.action.startsWith("edit-"))
      .map((e) => e.action);
    expect(edits).toEqual(["edit-section", "edit-values", "edit-values", "edit-values"]);
  });

  it("numbers the unit's next issued report of the year 02 in its register", async () => {
    const nov = await create("2026-11");
    for (const [who, action] of [
      ["specialistA", "submit"],
      ["officeA", "compile"],
      ["leaderA", "approve"],
    ] as const) {
      expect((await act(who, nov.id, action)).statusCode).toBe(200);
    }
    const issued = await act("officeA", nov.id, "issue");
    expect(issued.json<TransitionResult>().numberText).toBe("02/BC-SKHCN");
    expect((await detail(id)).nextPeriodCode).toBe("2026-11");
  });

  it("corrects a sent report as a new draft version linked to the old one, which stays as it was", async () => {
    const res = await act("officeA", id, "correct", "Đính chính số liệu ký số.");
    expect(res.statusCode, res.body).toBe(200);
    const corrected = res.json<TransitionResult>();
    expect(corrected.id).not.toBe(id);
    expect(corrected.state).toBe("draft");
    const draft = await detail(corrected.id);
    expect(draft).toMatchObject({ versionNo: 2, state: "draft", numberText: null });
    expect(draft.workflow.previousVersionId).toBe(id);
    expect(section(draft, "Công nghệ thông tin").body).toContain("16.681");
    const old = await detail(id);
    expect(old).toMatchObject({ state: "sent", numberText: "01/BC-SKHCN" });
    expect(old.workflow.allowedActions).toEqual([]);
    const listed = await w.request("officeA", "GET", "/api/reports?period=2026-10");
    expect(listed.json<ReportList>().items.map((x) => x.id)).toEqual([corrected.id]);
  });
});

describe("carrying forward", () => {
  it("brings last period's planned tasks waiting for an outcome and cumulative figures", async () => {
    const dec = await create("2026-12");
    const saved = await w.request("officeA", "PUT", `/api/reports/${dec.id}/tasks`, {
      baseVersion: dec.version,
      items: [
        { text: "Triển khai Kế hoạch chuyển đổi số năm 2027.", division: "SO-04-CNTT" },
        { text: "Tổng kết công tác năm 2026." },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const values = await w.request("officeA", "PUT", `/api/reports/${dec.id}/values`, {
      values: [{ indicator: w.indicators.cumulative, value: 15230 }],
      baseVersion: saved.json<{ version: number }>().version,
    });
    expect(values.statusCode, values.body).toBe(200);

    const jan = await create("2027-01");
    expect(jan.tasks.map((x) => [x.text, x.status, x.divisionCode, x.plannedPeriodCode])).toEqual([
      ["Triển khai Kế hoạch chuyển đổi số năm 2027.", "planned", "SO-04-CNTT", "2027-01"],
      ["Tổng kết công tác năm 2026.", "planned", null, "2027-01"],
    ]);
    expect(jan.tasks.every((x) => x.carriedFromTaskId !== null)).toBe(true);
    expect(jan.values).toEqual([
      expect.objectContaining({ indicatorCode: w.indicators.cumulative, value: 15230, provenance: "carried" }),
    ]);

    const [first, second] = jan.tasks;
    const outcomes = await w.request("officeA", "PUT", `/api/reports/${jan.id}/tasks`, {
      baseVersion: jan.version,
      outcomes: [
        { taskId: first!.id, status: "done", note: "Đã ban hành Kế hoạch số 15/KH-SKHCN." },
        { taskId: second!.id, status: "carried_over", note: "Chuyển sang tháng 02/2027." },
      ],
    });
    expect(outcomes.statusCode, outcomes.body).toBe(200);
    const after = await detail(jan.id);
    expect(after.tasks.map((x) => [x.status, x.outcomeNote])).toEqual([
      ["done", "Đã ban hành Kế hoạch số 15/KH-SKHCN."],
      ["carried_over", "Chuyển sang tháng 02/2027."],
    ]);
    // A cumulative figure lower than last period's is flagged.
    const lower = await w.request("officeA", "PUT", `/api/reports/${jan.id}/values`, {
      values: [{ indicator: w.indicators.cumulative, value: 15000 }],
      baseVersion: after.version,
    });
    expect(lower.json<SavedValues>().warnings).toEqual([
      expect.objectContaining({
        kind: "cumulative-decreased",
        message:
          "Tổng số chứng thư số đã cấp (lũy kế): số lũy kế 15.000 chứng thư thấp hơn kỳ trước (15.230 chứng thư); số lũy kế không giảm.",
      }),
    ]);
    // February carries only the task moved to the next period.
    const feb = await create("2027-02");
    expect(feb.tasks.map((x) => x.text)).toEqual(["Tổng kết công tác năm 2026."]);
    // A carried task left without an outcome is not carried a second time; February's own plan is.
    const planned = await w.request("officeA", "PUT", `/api/reports/${feb.id}/tasks`, {
      baseVersion: feb.version,
      items: [{ text: "Sơ kết quý I năm 2027." }],
    });
    expect(planned.statusCode, planned.body).toBe(200);
    const mar = await create("2027-03");
    expect(mar.tasks.map((x) => x.text)).toEqual(["Sơ kết quý I năm 2027."]);
  });
});

describe("no lost update", () => {
  it("of two section saves from the same version, one wins and the other gets 409 with the winner's text", async () => {
    const r = await create("2027-07");
    const s = section(r, "Công tác văn phòng");
    const [a, b] = await Promise.all([
      w.request("officeA", "PUT", `/api/reports/${r.id}/sections/${s.id}`, {
        text: "Bản của Văn phòng: tiếp nhận 1.245 văn bản đến.",
        baseVersion: s.version,
      }),
      w.request("officeA", "PUT", `/api/reports/${r.id}/sections/${s.id}`, {
        text: "Bản thứ hai: tiếp nhận 1.300 văn bản đến.",
        baseVersion: s.version,
      }),
    ]);
    const codes = [a.statusCode, b.statusCode].sort();
    expect(codes).toEqual([200, 409]);
    const winner = a.statusCode === 200 ? a : b;
    const loser = a.statusCode === 200 ? b : a;
    expect(loser.json().error.code).toBe("STALE_VERSION");
    expect(loser.json().error.details.current).toMatchObject({
      body: winner.json().body,
      version: s.version + 1,
    });
    expect(section(await detail(r.id), "Công tác văn phòng").body).toBe(winner.json().body);
  });

  it("of two value saves from the same report version, one wins and the other gets 409 with the current values", async () => {
    const r = await create("2027-04");
    const save = (value: number) =>
      w.request("officeA", "PUT", `/api/reports/${r.id}/values`, {
        values: [{ indicator: w.indicators.out, value }],
        baseVersion: r.version,
      });
    const [a, b] = await Promise.all([save(100), save(200)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    const stored = (await detail(r.id)).values.find((v) => v.indicatorCode === w.indicators.out)!.value;
    expect(stored).toBe(a.statusCode === 200 ? 100 : 200);
    expect(loser.json().error.details.values).toContainEqual(
      expect.objectContaining({ indicatorCode: w.indicators.out, value: stored }),
    );
  });

  it("refuses a stale task save with 409", async () => {
    const r = await create("2027-05");
    const first = await w.request("officeA", "PUT", `/api/reports/${r.id}/tasks`, {
      baseVersion: r.version,
      items: [{ text: "Nhiệm vụ A" }],
    });
    expect(first.statusCode).toBe(200);
    const stale = await w.request("officeA", "PUT", `/api/reports/${r.id}/tasks`, {
      baseVersion: r.version,
      items: [{ text: "Nhiệm vụ B" }],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.tasks.map((x: { text: string }) => x.text)).toContain("Nhiệm vụ A");
    expect(stale.json().error.details.tasks.map((x: { text: string }) => x.text)).not.toContain("Nhiệm vụ B");
  });
});

describe("compiling runs the checks", () => {
  it("stores a finding for a percentage that does not match its parts, with the computation", async () => {
    const r = await create("2027-06");
    const s = section(r, "Công nghệ thông tin");
    const saved = await w.request("specialistA", "PUT", `/api/reports/${r.id}/sections/${s.id}`, {
      text: "Tổng số văn bản đi trong tháng: 29.097 văn bản, ký số 16.681 văn bản (tỷ lệ 60,33%).",
      baseVersion: s.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await act("specialistA", r.id, "submit")).statusCode).toBe(200);
    const compiled = await act("officeA", r.id, "compile");
    expect(compiled.json<TransitionResult>().findings).toBeGreaterThanOrEqual(1);
    const findings = (await detail(r.id)).findings;
    expect(findings).toContainEqual(
      expect.objectContaining({ kind: "percent", message: "16.681 / 29.097 = 57,33%, báo cáo ghi 60,33%" }),
    );
  });
});

describe("checks follow every edit", () => {
  it("finds a total that does not add up as soon as the section is saved, and forgets it once corrected", async () => {
    const r = await create("2026-02");
    const cntt = section(r, "Công nghệ thông tin");
    const wrong =
      "Hệ thống ghi nhận 403.758 lượt cảnh báo, trong đó 401.809 mức độ thấp, 1.737 mức độ trung bình và 222 mức độ cao.";
    const saved = await w.request("specialistA", "PUT", `/api/reports/${r.id}/sections/${cntt.id}`, {
      text: wrong,
      baseVersion: cntt.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const flagged = (await detail(r.id)).findings.filter((f) => f.kind === "arithmetic");
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.message).toContain("403.768");

    const fixed = await w.request("specialistA", "PUT", `/api/reports/${r.id}/sections/${cntt.id}`, {
      text: wrong.replace("403.758", "403.768"),
      baseVersion: saved.json<{ version: number }>().version,
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect((await detail(r.id)).findings.filter((f) => f.kind === "arithmetic")).toEqual([]);
  });
});
