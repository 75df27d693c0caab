import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../test/app.js";
import { buildRegimeDefinition, uniqueSuffix } from "../../../test/factories.js";
import { buildWorld, type Who, type World } from "../../../test/workflow-world.js";
import type { DueItem, DueResponse } from "../../contract/due.js";
import type { ReportDetail } from "../../contract/reports.js";
import { upsertRegimes } from "../../storage/regimes.js";

let t: TestApp;
let w: World;
// Monday 14 December 2026: this week runs to Sunday 20 December; December's report is due on Tuesday 15th.
const TODAY = "2026-12-14";

beforeAll(async () => {
  t = await openTestApp();
  w = await buildWorld(t.app, t.ctx);
});
afterAll(async () => t?.close());

async function due(who: Who, window?: "week" | "late" | "all"): Promise<DueResponse> {
  const query = `today=${TODAY}${window ? `&window=${window}` : ""}`;
  const res = await w.request(who, "GET", `/api/reports/due?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<DueResponse>();
}

const ofRegime = (items: DueItem[]) => items.filter((i) => i.regime.code === w.regime.code);
const find = (items: DueItem[], unit: string, period: string) =>
  items.find((i) => i.regime.code === w.regime.code && i.unit.code === unit && i.periodCode === period);

async function create(who: Who, unit: string, period: string): Promise<ReportDetail> {
  const res = await w.request(who, "POST", "/api/reports", { regime: w.regime.code, unit, period });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ReportDetail>();
}

describe("GET /api/reports/due", () => {
  it("lists this week's deadline and the late reports of the user's department, with days left and late", async () => {
    const november = await create("officeA", "SO-04", "2026-11");
    const october = await create("officeA", "SO-04", "2026-10");
    // October's report went out: nothing to chase any more.
    await t.ctx.database.db
      .updateTable("reports")
      .set({ state: "sent", sent_at: new Date("2026-10-15T03:00:00Z") })
      .where("id", "=", october.id)
      .execute();

    const body = await due("officeA");
    expect(body.today).toBe(TODAY);
    expect(body.week).toEqual({ from: "2026-12-14", to: "2026-12-20" });
    const items = ofRegime(body.items);
    expect(find(items, "SO-04", "2026-12")).toMatchObject({
      bucket: "week",
      deadline: "2026-12-15",
      daysLeft: 1,
      daysLate: 0,
      state: "not_started",
      reportId: null,
    });
    // 15 November 2026 was a Sunday: the deadline moved to Monday 16th, 28 days ago.
    expect(find(items, "SO-04", "2026-11")).toMatchObject({
      bucket: "late",
      deadline: "2026-11-16",
      daysLate: 28,
      state: "draft",
      reportId: november.id,
    });
    expect(find(items, "SO-04", "2026-10")).toBeUndefined();
    // January's report is due in January: not this week.
    expect(find(items, "SO-04", "2027-01")).toBeUndefined();
    // Late ones first, most overdue first, then the week's.
    const buckets = items.map((i) => i.bucket);
    expect(buckets.indexOf("week")).toBeGreaterThan(buckets.lastIndexOf("late"));
    const lateDeadlines = items.filter((i) => i.bucket === "late").map((i) => i.deadline);
    expect(lateDeadlines).toEqual([...lateDeadlines].sort());
    // Late reports are chased for a year, no further.
    expect(lateDeadlines[0]! >= "2025-12-13").toBe(true);
    expect(items.every((i) => i.unit.code === "SO-04")).toBe(true);
  });

  it("filters by window", async () => {
    const week = ofRegime((await due("officeA", "week")).items);
    const late = ofRegime((await due("officeA", "late")).items);
    expect(week.map((i) => i.periodCode)).toEqual(["2026-12"]);
    expect(late.length).toBeGreaterThan(1);
    expect(late.every((i) => i.bucket === "late" && i.daysLate > 0)).toBe(true);
  });

  it("shows a division's specialist their department's reports", async () => {
    const items = ofRegime((await due("specialistA")).items);
    expect(find(items, "SO-04", "2026-12")?.bucket).toBe("week");
    expect(items.every((i) => i.unit.code === "SO-04")).toBe(true);
  });

  it("never shows Cao Bằng's reports to Vĩnh Long, nor Vĩnh Long's to Cao Bằng", async () => {
    for (const who of ["specialistB", "officeB"] as const) {
      const items = ofRegime((await due(who)).items);
      expect(find(items, "SO-86", "2026-12")?.bucket).toBe("week");
      expect(items.some((i) => i.unit.code.startsWith("SO-04"))).toBe(false);
    }
    const caoBang = ofRegime((await due("officeA")).items);
    expect(caoBang.some((i) => i.unit.code.startsWith("SO-86"))).toBe(false);
  });

  it("has nothing to chase for the receiving level and administrators, who send no reports of their own", async () => {
    for (const who of ["receiverMinistry", "receiverProvinceA", "admin"] as const) {
      expect((await due(who)).items).toEqual([]);
    }
  });

  it("does not chase a period under a deadline rule dated before the period starts", async () => {
    // A six-monthly regime whose rule is "6 June": it fits the first half; read for the second half it would fall
    // before or early in that half's data window, so the second half is not listed as late — with the default
    // window (from 15 June) and with one shifted a month earlier, as the ICT pack's (from 15 May).
    const def = buildRegimeDefinition([], `BC-6THANG-${uniqueSuffix()}`);
    def.name = "Báo cáo sơ kết 6 tháng công tác thông tin và truyền thông";
    def.frequency = "half";
    def.deadlines = [{ level: "department", day: 6, fixedMonth: 6, moveToNextWorkingDay: true }];
    await upsertRegimes(t.ctx.database.db, [def]);
    const items = (await due("officeA", "late")).items.filter((i) => i.regime.code === def.code);
    // Saturday 6 June 2026 moved to Monday 8 June.
    expect(items.map((i) => [i.periodCode, i.deadline, i.daysLate])).toEqual([["2026-H1", "2026-06-08", 189]]);
    const shifted = { ...def, code: `BC-6THANG-${uniqueSuffix()}` };
    shifted.cutoff = { ...def.cutoff, monthShift: -1 };
    await upsertRegimes(t.ctx.database.db, [shifted]);
    const late = (await due("officeA", "late")).items.filter((i) => i.regime.code === shifted.code);
    expect(late.map((i) => i.periodCode)).toEqual(["2026-H1"]);
  });

  it("needs a session and a valid window", async () => {
    expect((await w.request(null, "GET", "/api/reports/due")).statusCode).toBe(401);
    const bad = await w.request("officeA", "GET", "/api/reports/due?window=month");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBeTruthy();
  });

  it("is in the OpenAPI document", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/docs/json" })).json();
    expect(Object.keys(doc.paths)).toContain("/api/reports/due");
  });
});
