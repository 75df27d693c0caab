import { describe, expect, it } from "vitest";
import type { ReportState } from "../domain/report.js";
import type { Actor, ActorRole } from "./actor.js";
import {
  allowedReportActions,
  authorizeCreateReport,
  authorizeTransition,
  canEditReportSection,
  canSeeReport,
  editableSectionIds,
  type ReportFacts,
  reportScope,
} from "./report.js";

// Cao Bằng: UBND 1, department 10 with divisions 11 (office) and 12 (IT); Vĩnh Long: department 20, IT 22.
const role = (r: ActorRole["role"], unitId: number, extra: Partial<ActorRole> = {}): ActorRole => ({
  role: r,
  unitId,
  unitCode: `U${unitId}`,
  unitKind: unitId % 10 === 0 ? "department" : "division",
  parentUnitId: unitId % 10 === 0 ? 1 : unitId - (unitId % 10),
  provinceCode: unitId < 20 ? "04" : "86",
  ...extra,
});
const actor = (...roles: ActorRole[]): Actor => ({ userId: 1, username: "u", displayName: "Người dùng", roles });

const ACTORS = {
  specialistA: actor(role("specialist", 12)),
  officeA: actor(role("office", 10)),
  leaderA: actor(role("leader", 10)),
  specialistB: actor(role("specialist", 22)),
  ministryReceiver: actor(role("receiver", 900, { unitKind: "ministry_unit", parentUnitId: 901, provinceCode: null })),
  provinceReceiverA: actor(role("receiver", 1, { unitKind: "people_committee", parentUnitId: null })),
  provinceReceiverB: actor(
    role("receiver", 2, { unitKind: "people_committee", parentUnitId: null, provinceCode: "86" }),
  ),
  admin: actor(role("admin", 901, { unitKind: "ministry", parentUnitId: null, provinceCode: null })),
  nobody: actor(),
};
type Name = keyof typeof ACTORS;

function report(state: ReportState, overrides: Partial<ReportFacts> = {}): ReportFacts {
  return {
    id: 7,
    unitId: 10,
    provinceCode: "04",
    state,
    origin: "authored",
    isCurrent: true,
    receiverUnitIds: state === "sent" ? [900, 1] : [],
    sections: [
      { id: 101, title: "Công tác văn phòng", divisionUnitId: 11, submittedAt: null },
      { id: 102, title: "Công nghệ thông tin", divisionUnitId: 12, submittedAt: null },
      { id: 103, title: "NHIỆM VỤ THÁNG TIẾP THEO", divisionUnitId: null, submittedAt: null },
    ],
    ...overrides,
  };
}

describe("who sees a report of Cao Bằng's department", () => {
  const table: [ReportState, Name[]][] = [
    ["draft", ["specialistA", "officeA", "leaderA", "admin"]],
    ["compiled", ["specialistA", "officeA", "leaderA", "admin"]],
    ["approved", ["specialistA", "officeA", "leaderA", "admin"]],
    ["issued", ["specialistA", "officeA", "leaderA", "ministryReceiver", "provinceReceiverA", "admin"]],
    ["sent", ["specialistA", "officeA", "leaderA", "ministryReceiver", "provinceReceiverA", "admin"]],
  ];
  it.each(table)("%s: %j", (state, expected) => {
    const seeing = (Object.keys(ACTORS) as Name[]).filter((n) => canSeeReport(ACTORS[n], report(state)));
    expect(seeing).toEqual(expected);
  });

  it("a province receiver sees what was sent to it even from elsewhere", () => {
    const fromB = report("sent", { unitId: 20, provinceCode: "86", receiverUnitIds: [1] });
    expect(canSeeReport(ACTORS.provinceReceiverA, fromB)).toBe(true);
    expect(canSeeReport(ACTORS.provinceReceiverB, report("sent"))).toBe(false);
  });

  it("builds the storage filter from the roles", () => {
    expect(reportScope(ACTORS.specialistA)).toEqual({
      all: false,
      unitIds: [12, 10],
      releasedAll: false,
      releasedProvinceCodes: [],
      inboxUnitIds: [],
    });
    expect(reportScope(ACTORS.provinceReceiverA)).toMatchObject({ releasedProvinceCodes: ["04"], inboxUnitIds: [1] });
    expect(reportScope(ACTORS.ministryReceiver)).toMatchObject({ releasedAll: true, inboxUnitIds: [900] });
    expect(reportScope(ACTORS.admin).all).toBe(true);
  });
});

describe("what each role may do, state by state", () => {
  const submitted = report("draft").sections.map((s) => (s.id === 102 ? { ...s, submittedAt: new Date() } : s));
  const table: [ReportState, Name, string[]][] = [
    ["draft", "specialistA", ["submit"]],
    ["draft", "officeA", []],
    ["draft", "leaderA", []],
    ["compiled", "officeA", ["return"]],
    ["compiled", "leaderA", ["return", "approve"]],
    // Nothing submitted yet: returning to the divisions is all the office can do.
    ["returned", "officeA", ["return"]],
    ["approved", "leaderA", ["issue"]],
    ["approved", "officeA", ["issue"]],
    ["issued", "officeA", ["send", "correct"]],
    ["issued", "leaderA", ["correct"]],
    ["sent", "officeA", ["correct"]],
    ["sent", "specialistA", []],
    ["draft", "specialistB", []],
    ["sent", "ministryReceiver", []],
    ["draft", "admin", []],
  ];
  it.each(table)("%s, %s → %j", (state, who, expected) => {
    expect(allowedReportActions(ACTORS[who], report(state))).toEqual(expected);
  });

  it("the office may compile once a division submitted", () => {
    expect(allowedReportActions(ACTORS.officeA, report("draft", { sections: submitted }))).toEqual(["compile"]);
    expect(allowedReportActions(ACTORS.officeA, report("returned", { sections: submitted }))).toEqual([
      "compile",
      "return",
    ]);
    expect(allowedReportActions(ACTORS.specialistA, report("draft", { sections: submitted }))).toEqual([]);
  });

  it.each([
    ["specialistA", "approve", "compiled", "FORBIDDEN"],
    ["officeA", "approve", "compiled", "FORBIDDEN"],
    ["leaderA", "approve", "draft", "INVALID_TRANSITION"],
    ["leaderA", "return", "compiled", "COMMENT_REQUIRED"],
    ["officeA", "compile", "draft", "INVALID_TRANSITION"],
    ["specialistB", "submit", "draft", "FORBIDDEN"],
    ["admin", "issue", "approved", "FORBIDDEN"],
  ] as const)("%s %s on a %s report is refused with %s", (who, action, state, code) => {
    expect(() => authorizeTransition(ACTORS[who], report(state), action, null)).toThrow(
      expect.objectContaining({ code }),
    );
  });

  it("a submit closes the specialist's own division only, once", () => {
    expect(authorizeTransition(ACTORS.specialistA, report("draft"), "submit")).toMatchObject({
      transition: "submit_part",
      divisionUnitIds: [12],
    });
    expect(() => authorizeTransition(ACTORS.specialistA, report("draft", { sections: submitted }), "submit")).toThrow(
      "Phòng của bạn đã nộp phần báo cáo",
    );
  });

  it("a consolidated draft is the receiving unit's own report: edited and moved on like an authored one", () => {
    const consolidated = report("draft", { origin: "consolidated" });
    expect(editableSectionIds(ACTORS.officeA, consolidated)).toEqual([101, 102, 103]);
    expect(allowedReportActions(ACTORS.officeA, consolidated)).toEqual(
      allowedReportActions(ACTORS.officeA, report("draft")),
    );
    expect(editableSectionIds(ACTORS.officeA, report("draft", { origin: "imported" }))).toEqual([]);
  });

  it("an imported report and an old version take no workflow action", () => {
    expect(allowedReportActions(ACTORS.officeA, report("issued", { origin: "imported" }))).toEqual([]);
    expect(allowedReportActions(ACTORS.officeA, report("issued", { isCurrent: false }))).toEqual([]);
  });

  it("creating belongs to the office and the leader of the unit", () => {
    expect(authorizeCreateReport(ACTORS.officeA, 10, "SO-04")).toBe("office");
    expect(authorizeCreateReport(ACTORS.leaderA, 10, "SO-04")).toBe("leader");
    for (const who of ["specialistA", "specialistB", "ministryReceiver", "admin"] as const) {
      expect(() => authorizeCreateReport(ACTORS[who], 10, "SO-04")).toThrow(
        expect.objectContaining({ code: "FORBIDDEN" }),
      );
    }
  });
});

describe("who edits which section", () => {
  const table: [ReportState, Name, number[]][] = [
    ["draft", "specialistA", [102]],
    ["draft", "officeA", [101, 102, 103]],
    ["draft", "leaderA", []],
    ["compiled", "specialistA", []],
    ["compiled", "officeA", [101, 102, 103]],
    ["returned", "officeA", [101, 102, 103]],
    ["approved", "officeA", []],
    ["issued", "officeA", []],
    ["draft", "specialistB", []],
    ["draft", "admin", []],
  ];
  it.each(table)("%s, %s → %j", (state, who, expected) => {
    expect(editableSectionIds(ACTORS[who], report(state))).toEqual(expected);
  });

  it("a submitted part is read-only for its division", () => {
    const r = report("draft");
    const section = { ...r.sections[1]!, submittedAt: new Date() };
    expect(canEditReportSection(ACTORS.specialistA, r, section)).toBe(false);
    expect(canEditReportSection(ACTORS.officeA, r, section)).toBe(true);
  });
});
