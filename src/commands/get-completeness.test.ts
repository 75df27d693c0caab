import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testConfig } from "../../test/app.js";
import { openTestDatabase } from "../../test/database.js";
import { buildDepartment, buildRegime, buildReportContent, buildUser, type Department } from "../../test/factories.js";
import type { Regime } from "../domain/records.js";
import type { AnalyticsActor } from "../policies/analytics.js";
import type { Database } from "../storage/database.js";
import { insertReportContent } from "../storage/report-content.js";
import { setSectionsSubmitted } from "../storage/report-edits.js";
import type { AppContext } from "./context.js";
import { findReminders } from "./find-reminders.js";
import { getCompleteness } from "./get-completeness.js";
import { getCompletenessGrid } from "./get-completeness-grid.js";

let database: Database;
let ctx: AppContext;
let regime: Regime;
const departments: Record<string, Department> = {};

// Five departments, each in a province code of its own so scoping by province can be told apart.
const CASES = {
  onTime: { province: "91", state: "sent", sentAt: "2025-10-14T20:00:00Z" }, // 15/10 03:00 in Vietnam
  lateByOne: { province: "92", state: "sent", sentAt: "2025-10-15T18:00:00Z" }, // 16/10 01:00 in Vietnam
  submitted: { province: "93", state: "draft", sentAt: null },
  issued: { province: "94", state: "issued", sentAt: null },
  missing: { province: "95", state: null, sentAt: null },
} as const;

beforeAll(async () => {
  database = await openTestDatabase();
  ctx = { database, config: testConfig };
  const db = database.db;
  regime = await buildRegime(db);
  for (const [key, c] of Object.entries(CASES)) {
    const department = await buildDepartment(db, {
      provinceCode: c.province,
      name: `Sở Thông tin và Truyền thông ${key}`,
    });
    departments[key] = department;
    if (!c.state) continue;
    const { id } = await insertReportContent(
      db,
      buildReportContent(department, regime, {
        periodCode: "2025-10",
        state: c.state,
        sentAt: c.sentAt,
        ...(c.state !== "draft" ? { number: 7, numberText: "7/BC-STTTT", issuedOn: "2025-10-14" } : {}),
      }),
    );
    if (key === "submitted") {
      const specialist = await buildUser(db, { role: "specialist", unitCode: department.divisions.cntt.code });
      await setSectionsSubmitted(db, {
        reportId: id,
        divisionUnitIds: [department.divisions.cntt.id],
        userId: specialist.id,
      });
    }
  }
});
afterAll(async () => database?.close());

const mine = (code: string) => Object.values(departments).some((d) => d.department.code === code);

describe("getCompleteness for October 2025 (deadline 15/10), judged on 20/10", () => {
  it("gives each unit's state, sent date and days late", async () => {
    const view = await getCompleteness(ctx, {
      actor: null,
      regimeCode: regime.code,
      periodCode: "2025-10",
      today: "2025-10-20",
    });
    const rows = Object.fromEntries(
      view.rows
        .filter((r) => mine(r.unitCode))
        .map((r) => [r.unitCode, [r.state, r.sentOn, r.deadline, r.timeliness, r.daysLate]]),
    );
    const code = (key: string) => departments[key]!.department.code;
    expect(rows).toEqual({
      [code("onTime")]: ["sent", "2025-10-15", "2025-10-15", "on_time", 0],
      [code("lateByOne")]: ["sent", "2025-10-16", "2025-10-15", "late", 1],
      [code("submitted")]: ["submitted", null, "2025-10-15", "overdue", 5],
      [code("issued")]: ["issued", null, "2025-10-15", "overdue", 5],
      [code("missing")]: ["not_started", null, "2025-10-15", "overdue", 5],
    });
    expect(view.periodLabel).toBe("tháng 10/2025");
  });

  it("moves a deadline on a Saturday to Monday (15/11/2025 → 17/11/2025)", async () => {
    const view = await getCompleteness(ctx, {
      actor: null,
      regimeCode: regime.code,
      periodCode: "2025-11",
      today: "2025-11-16",
    });
    const row = view.rows.find((r) => r.unitCode === departments.missing!.department.code)!;
    expect(row).toMatchObject({ state: "not_started", deadline: "2025-11-17", timeliness: "due", daysLeft: 1 });
  });

  it("refuses a period of another kind, in Vietnamese", async () => {
    await expect(getCompleteness(ctx, { actor: null, regimeCode: regime.code, periodCode: "2025-Q3" })).rejects.toThrow(
      /không phải là kỳ của chế độ báo cáo/,
    );
  });
});

describe("getCompletenessGrid for 2025", () => {
  it("has twelve cells per unit, October filled, with counts and percentages", async () => {
    const grid = await getCompletenessGrid(ctx, {
      actor: null,
      regimeCode: regime.code,
      year: 2025,
      today: "2025-10-20",
    });
    expect(grid.periods.map((p) => p.code)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}`),
    );
    const row = grid.rows.find((r) => r.unitCode === departments.lateByOne!.department.code)!;
    expect(row.cells).toHaveLength(12);
    expect(row.cells[9]).toMatchObject({ state: "sent", timeliness: "late", daysLate: 1 });
    expect(row.cells[11]).toMatchObject({ state: "not_started", timeliness: "due" });
    // Judged on 20/10: January to October are due (10 periods), November (17/11) and December (15/12) are not.
    // One sent, late: 1/10 sent, none on time.
    expect(row.counts).toMatchObject({ expected: 12, notYetDue: 2, late: 1, onTime: 0, overdue: 9 });
    expect(row.counts.sentRate).toBeCloseTo(10, 9);
    expect(row.counts.onTimeRate).toBe(0);
  });

  it("leaves the periods not yet due out of the rates, per period and overall", async () => {
    const grid = await getCompletenessGrid(ctx, {
      actor: null,
      regimeCode: regime.code,
      year: 2025,
      today: "2025-10-20",
    });
    const units = grid.rows.filter((r) => mine(r.unitCode));
    expect(units).toHaveLength(5);
    // October: five expected, two sent (one on time): 2/5 = 40 %, 1/5 = 20 %.
    const october = grid.periods[9]!.counts;
    expect(october).toMatchObject({ expected: 5, notYetDue: 0, onTime: 1, late: 1, overdue: 3 });
    expect(october.byState).toEqual({ not_started: 1, draft: 0, submitted: 1, issued: 1, sent: 2 });
    expect(october.sentRate).toBeCloseTo(40, 9);
    expect(october.onTimeRate).toBeCloseTo(20, 9);
    // November is not due on 20/10: no rate, nobody overdue, nobody counted as missing.
    const november = grid.periods[10]!.counts;
    expect(november).toMatchObject({ expected: 5, notYetDue: 5, overdue: 0, sentRate: null, onTimeRate: null });
    // The year: 5 units × 10 due periods = 50 due cells, 2 sent, 1 on time → 4 % and 2 %.
    expect(grid.counts).toMatchObject({ expected: 60, notYetDue: 10, late: 1, onTime: 1 });
    expect(grid.counts.sentRate).toBeCloseTo(4, 9);
    expect(grid.counts.onTimeRate).toBeCloseTo(2, 9);
  });
});

describe("findReminders", () => {
  it("lists what is late or due within the window, never what was sent", async () => {
    const list = await findReminders(ctx, {
      actor: null,
      regimeCode: regime.code,
      withinDays: 30,
      today: "2025-10-20",
      lookbackDays: 10,
    });
    const ours = list.filter((c) => mine(c.unitCode));
    const keys = ours.map((c) => `${c.unitCode}|${c.periodCode}|${c.timeliness}`);
    expect(keys).toContain(`${departments.missing!.department.code}|2025-10|overdue`);
    expect(keys).toContain(`${departments.missing!.department.code}|2025-11|due`);
    expect(keys).not.toContain(`${departments.onTime!.department.code}|2025-10|on_time`);
    expect(ours.every((c) => c.state !== "sent")).toBe(true);
    // September's deadline (15/9) is outside the 10-day look-back.
    expect(ours.some((c) => c.periodCode === "2025-09")).toBe(false);
  });
});

describe("scoping", () => {
  const actor = (
    role: "office" | "receiver" | "admin",
    unit: { id: number; code: string; kind: string; provinceCode: string | null },
  ): AnalyticsActor => ({
    userId: 1,
    username: "test",
    displayName: "Nguyễn Văn Test",
    roles: [
      {
        role,
        unitId: unit.id,
        unitCode: unit.code,
        unitKind: unit.kind as "department",
        parentUnitId: null,
        provinceCode: unit.provinceCode,
      },
    ],
  });

  it.each([
    ["the office of a department sees only its own", () => actor("office", departments.onTime!.department), ["onTime"]],
    [
      "a division specialist sees its department",
      () => ({
        ...actor("office", departments.issued!.divisions.cntt),
        roles: [
          {
            ...actor("office", departments.issued!.divisions.cntt).roles[0]!,
            role: "specialist" as const,
            unitKind: "division" as const,
            parentUnitId: departments.issued!.department.id,
          },
        ],
      }),
      ["issued"],
    ],
    [
      "a province receiver sees its province",
      () => actor("receiver", { id: 999999, code: "UBND-92", kind: "people_committee", provinceCode: "92" }),
      ["lateByOne"],
    ],
    [
      "a ministry receiver sees every province",
      () => actor("receiver", { id: 999998, code: "BO-VP", kind: "ministry_unit", provinceCode: null }),
      Object.keys(CASES),
    ],
  ])("%s", async (_, makeActor, expected) => {
    const view = await getCompleteness(ctx, {
      actor: makeActor(),
      regimeCode: regime.code,
      periodCode: "2025-10",
      today: "2025-10-20",
    });
    const seen = Object.entries(departments)
      .filter(([, d]) => view.rows.some((r) => r.unitCode === d.department.code))
      .map(([key]) => key);
    expect(seen.sort()).toEqual([...expected].sort());
    if (expected.length === 1) expect(view.rows).toHaveLength(1);
  });
});
