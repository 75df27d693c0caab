import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/database.js";
import { buildRegime, buildReport, buildUnit } from "../../test/factories.js";
import type { Database } from "./database.js";
import { addReportReceivers, findInbox, markReportRead } from "./report-receivers.js";

describe(`receiving units' inbox on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database.close());

  it("delivers sent reports once, lists them newest first and remembers when they were read", async () => {
    const ministry = await buildUnit(database.db, {
      kind: "ministry",
      name: "Bộ Khoa học và Công nghệ",
      symbol: "BKHCN",
    });
    const committee = await buildUnit(database.db, {
      kind: "people_committee",
      name: "UBND tỉnh Cao Bằng",
      symbol: "UBND",
    });
    const regime = await buildRegime(database.db);
    const a = await buildReport(database.db, { regime, content: { state: "sent" } });
    const b = await buildReport(database.db, { regime, content: { state: "sent" } });
    await addReportReceivers(database.db, a.report.id, [ministry.id, committee.id]);
    await addReportReceivers(database.db, b.report.id, [ministry.id, ministry.id]);
    await addReportReceivers(database.db, a.report.id, [ministry.id]);

    const inbox = await findInbox(database.db, { unitIds: [ministry.id] });
    expect(inbox.map((e) => e.report.id).sort()).toEqual([a.report.id, b.report.id].sort());
    expect(inbox[0]!.report.unitName).toBeTruthy();
    expect(inbox.every((e) => e.readAt === null)).toBe(true);

    await markReportRead(database.db, a.report.id, ministry.id);
    const unread = await findInbox(database.db, { unitIds: [ministry.id], unreadOnly: true });
    expect(unread.map((e) => e.report.id)).toEqual([b.report.id]);
    const readAt = (await findInbox(database.db, { unitIds: [ministry.id] })).find(
      (e) => e.report.id === a.report.id,
    )!.readAt;
    await markReportRead(database.db, a.report.id, ministry.id);
    const again = (await findInbox(database.db, { unitIds: [ministry.id] })).find(
      (e) => e.report.id === a.report.id,
    )!.readAt;
    expect(again?.getTime()).toBe(readAt?.getTime());
    expect((await findInbox(database.db, { unitIds: [committee.id] })).map((e) => e.report.id)).toEqual([a.report.id]);
    expect(await findInbox(database.db, { unitIds: [] })).toEqual([]);
  });

  it("refuses an unknown receiver with INVALID_REFERENCE and an unknown inbox entry with NOT_FOUND", async () => {
    const { report } = await buildReport(database.db);
    await expect(addReportReceivers(database.db, report.id, [987654321])).rejects.toMatchObject({
      code: "INVALID_REFERENCE",
    });
    await expect(markReportRead(database.db, report.id, 987654321)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
