import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/database.js";
import { buildReport } from "../../test/factories.js";
import { appendAudit, findAudit } from "./audit.js";
import type { Database } from "./database.js";
import { setReportState } from "./report-edits.js";
import { getReportSummary } from "./report-queries.js";
import { inTransaction } from "./transaction.js";

describe(`audit trail on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database.close());

  it("records state changes with actor, states, comment and details, oldest first", async () => {
    const { report, user } = await buildReport(database.db);
    await inTransaction(database.db, async (trx) => {
      await setReportState(trx, { reportId: report.id, state: "compiled", baseVersion: 1 });
      await appendAudit(trx, {
        actorId: user.id,
        action: "compile",
        entity: "report",
        entityId: report.id,
        reportId: report.id,
        fromState: "draft",
        toState: "compiled",
        details: { missingParts: ["cntt"] },
      });
    });
    await appendAudit(database.db, {
      actorId: user.id,
      action: "return",
      entity: "report",
      reportId: report.id,
      fromState: "compiled",
      toState: "returned",
      comment: "Đề nghị bổ sung số liệu ký số.",
    });
    const trail = await findAudit(database.db, report.id);
    expect(trail.map((e) => [e.action, e.fromState, e.toState, e.actorName])).toEqual([
      ["compile", "draft", "compiled", user.displayName],
      ["return", "compiled", "returned", user.displayName],
    ]);
    expect(trail[0]!.details).toEqual({ missingParts: ["cntt"] });
    expect(trail[1]!.comment).toBe("Đề nghị bổ sung số liệu ký số.");
    expect(trail[1]!.at.getTime()).toBeGreaterThanOrEqual(trail[0]!.at.getTime());
  });

  it("rolls the audit row back with the change it records", async () => {
    const { report, user } = await buildReport(database.db);
    const failing = inTransaction(database.db, async (trx) => {
      await appendAudit(trx, {
        actorId: user.id,
        action: "approve",
        entity: "report",
        reportId: report.id,
        fromState: "draft",
        toState: "approved",
      });
      await setReportState(trx, { reportId: report.id, state: "approved", baseVersion: 99 });
    });
    await expect(failing).rejects.toMatchObject({ code: "STALE_VERSION" });
    expect(await findAudit(database.db, report.id)).toEqual([]);
    expect((await getReportSummary(database.db, report.id)).state).toBe("draft");
  });
});
