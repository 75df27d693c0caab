import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../test/app.js";
import { buildRegime } from "../../../test/factories.js";
import type { RegimeDetail } from "../../contract/regimes.js";
import type { Regime } from "../../domain/records.js";

let t: TestApp;
let regime: Regime;

beforeAll(async () => {
  t = await openTestApp();
  regime = await buildRegime(t.database.db);
});
afterAll(async () => t?.close());

const put = (body: Record<string, unknown>) =>
  t.app.inject({ method: "PUT", url: `/api/regimes/${regime.code}/settings`, payload: body });

describe("regime settings", () => {
  it("changes the deadline day and the end date, with an audit row", async () => {
    const res = await put({
      deadlines: [{ level: "department", day: 20, monthOffset: 0, moveToNextWorkingDay: true }],
      validTo: "2030-12-31",
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<RegimeDetail>()).toMatchObject({
      deadlines: [{ level: "department", day: 20 }],
      validTo: "2030-12-31",
    });
    const audit = await t.database.db
      .selectFrom("audit_events")
      .select("action")
      .where("entity", "=", "regime")
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["edit-regime"]);
  });

  it("refuses a deadline on the cut-off day (Decree 09), naming the rule, and keeps the regime as it was", async () => {
    const res = await put({
      deadlines: [{ level: "department", day: 14, monthOffset: 0 }],
      validTo: null,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "INVALID_INPUT", field: "deadlines[0].day" });
    expect(res.json().error.message).toContain("Nghị định 09/2019/NĐ-CP");
    const now = (await t.app.inject(`/api/regimes/${regime.code}`)).json<RegimeDetail>();
    expect(now.deadlines[0]!.day).toBe(20);
    expect(now.validTo).toBe("2030-12-31");
  });

  it("refuses a day out of range and an end before the start, with the field", async () => {
    const day = await put({ deadlines: [{ level: "department", day: 32 }], validTo: null });
    expect(day.statusCode).toBe(400);
    expect(day.json().error.field).toBe("deadlines.0.day");
    const early = await put({ deadlines: [{ level: "department", day: 20 }], validTo: "1900-01-01" });
    expect(early.json().error).toMatchObject({ field: "validTo" });
  });
});
