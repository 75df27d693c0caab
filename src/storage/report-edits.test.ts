import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/database.js";
import { buildRegime, buildReport, buildUser } from "../../test/factories.js";
import { UserError } from "../domain/errors.js";
import type { Section } from "../domain/records.js";
import type { Database } from "./database.js";
import {
  nextReportNumber,
  replaceFindings,
  setFindingDismissed,
  setReportState,
  setSectionsSubmitted,
  updateSectionBody,
  updateTaskOutcome,
  upsertValues,
} from "./report-edits.js";
import { findSections, findTasks, findValues, getReportDetail, getReportSummary } from "./report-queries.js";

describe(`report edits on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database.close());

  it("saves a section from its current version and moves the version on", async () => {
    const { report, user } = await buildReport(database.db);
    const section = report.sections[2]!;
    const saved = await updateSectionBody(database.db, {
      reportId: report.id,
      sectionId: section.id,
      body: "Ký số 17.002 văn bản (tỷ lệ 58,10%).",
      baseVersion: section.version,
      userId: user.id,
    });
    expect(saved).toMatchObject({ id: section.id, version: section.version + 1, updatedBy: user.id });
    expect(saved.body).toBe("Ký số 17.002 văn bản (tỷ lệ 58,10%).");
  });

  it("refuses a save from a stale version with STALE_VERSION and the current text", async () => {
    const { report, user } = await buildReport(database.db);
    const section = report.sections[1]!;
    await updateSectionBody(database.db, {
      reportId: report.id,
      sectionId: section.id,
      body: "Bản của chị Hoa.",
      baseVersion: 1,
      userId: user.id,
    });
    const stale = updateSectionBody(database.db, {
      reportId: report.id,
      sectionId: section.id,
      body: "Bản của anh Nam.",
      baseVersion: 1,
      userId: user.id,
    });
    await expect(stale).rejects.toMatchObject({ code: "STALE_VERSION", location: { field: "baseVersion" } });
    const error = (await stale.catch((e: unknown) => e)) as UserError;
    expect((error.details as { current: Section }).current).toMatchObject({ body: "Bản của chị Hoa.", version: 2 });
    expect(error.message).toMatch(/đã được người khác lưu/);
    expect((await findSections(database.db, report.id))[1]!.body).toBe("Bản của chị Hoa.");
  });

  it("lets exactly one of two concurrent saves from the same base win", async () => {
    const { report, user } = await buildReport(database.db);
    const section = report.sections[2]!;
    const texts = ["Phiên bản của phòng CNTT.", "Phiên bản của Văn phòng Sở."];
    const results = await Promise.allSettled(
      texts.map((body) =>
        updateSectionBody(database.db, {
          reportId: report.id,
          sectionId: section.id,
          body,
          baseVersion: 1,
          userId: user.id,
        }),
      ),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = (won[0] as PromiseFulfilledResult<Section>).value;
    expect(lost[0]!.reason).toMatchObject({
      code: "STALE_VERSION",
      details: { current: { body: winner.body, version: 2 } },
    });
    expect((await findSections(database.db, report.id))[2]!.body).toBe(winner.body);
  });

  it("answers NOT_FOUND for a section of another report", async () => {
    const a = await buildReport(database.db);
    const b = await buildReport(database.db, { regime: a.regime });
    await expect(
      updateSectionBody(database.db, {
        reportId: a.report.id,
        sectionId: b.report.sections[0]!.id,
        body: "x",
        baseVersion: 1,
        userId: null,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("saves values on the report's lock version, removes cleared ones and refuses a stale version", async () => {
    const { report, regime, user } = await buildReport(database.db);
    const [out, signed] = regime.indicators.map((i) => i.indicatorCode);
    const version = await upsertValues(database.db, {
      reportId: report.id,
      baseVersion: report.lockVersion,
      userId: user.id,
      values: [
        { indicatorCode: out!, value: 30000, provenance: "typed" },
        { indicatorCode: out!, disaggregation: "online", value: null, provenance: "typed" },
        { indicatorCode: signed!, disaggregation: "", value: 17000, provenance: "typed" },
      ],
    });
    expect(version).toBe(report.lockVersion + 1);
    const values = await findValues(database.db, report.id);
    expect(values.filter((v) => v.indicatorCode === out).map((v) => [v.disaggregation, v.value, v.figureId])).toEqual([
      ["", 30000, null],
    ]);
    expect(values.find((v) => v.indicatorCode === signed)).toMatchObject({ value: 17000, enteredBy: user.id });

    const stale = upsertValues(database.db, {
      reportId: report.id,
      baseVersion: report.lockVersion,
      userId: user.id,
      values: [{ indicatorCode: out!, value: 1, provenance: "typed" }],
    });
    await expect(stale).rejects.toMatchObject({ code: "STALE_VERSION", details: { currentVersion: version } });
    const error = (await stale.catch((e: unknown) => e)) as UserError;
    expect((error.details as { values: { value: number }[] }).values.map((v) => v.value)).toContain(30000);
    expect((await getReportSummary(database.db, report.id)).lockVersion).toBe(version);
  });

  it("lets exactly one of two concurrent value saves from the same version win", async () => {
    const { report, regime, user } = await buildReport(database.db);
    const out = regime.indicators[0]!.indicatorCode;
    const results = await Promise.allSettled(
      [111, 222].map((value) =>
        upsertValues(database.db, {
          reportId: report.id,
          baseVersion: 1,
          userId: user.id,
          values: [{ indicatorCode: out, value, provenance: "typed" }],
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(lost.reason).toBeInstanceOf(UserError);
    expect(lost.reason.code).toBe("STALE_VERSION");
    const total = (await findValues(database.db, report.id)).find(
      (v) => v.indicatorCode === out && v.disaggregation === "",
    )!;
    expect([111, 222]).toContain(total.value);
  });

  it("refuses a value of an unknown indicator and keeps the version", async () => {
    const { report } = await buildReport(database.db);
    await expect(
      upsertValues(database.db, {
        reportId: report.id,
        baseVersion: 1,
        userId: null,
        values: [{ indicatorCode: "KHONG_CO", value: 1, provenance: "typed" }],
      }),
    ).rejects.toMatchObject({ code: "INVALID_REFERENCE", location: { field: "values[0].indicatorCode" } });
    expect((await getReportSummary(database.db, report.id)).lockVersion).toBe(1);
  });

  it("issues a report with the next number of the unit's register and refuses a number taken", async () => {
    const regime = await buildRegime(database.db);
    const first = await buildReport(database.db, { regime });
    const unitId = first.report.unitId;
    const register = { unitId, docType: "BC", year: 2025 };
    expect(await nextReportNumber(database.db, register)).toBe(1);
    const v2 = await setReportState(database.db, {
      reportId: first.report.id,
      state: "issued",
      baseVersion: 1,
      number: 1,
      numberText: "1/BC-STTTT",
      issuedOn: "2025-10-14",
    });
    expect(v2).toBe(2);
    expect(await getReportSummary(database.db, first.report.id)).toMatchObject({
      state: "issued",
      number: 1,
      numberText: "1/BC-STTTT",
      issuedOn: "2025-10-14",
      lockVersion: 2,
    });
    expect(await nextReportNumber(database.db, register)).toBe(2);
    const second = await buildReport(database.db, {
      regime,
      department: first.department,
      content: { periodCode: "2025-11" },
    });
    await expect(
      setReportState(database.db, {
        reportId: second.report.id,
        state: "issued",
        baseVersion: 1,
        number: 1,
        issuedOn: "2025-11-14",
      }),
    ).rejects.toMatchObject({ code: "ALREADY_EXISTS", location: { field: "number" } });
    expect((await getReportSummary(database.db, second.report.id)).state).toBe("draft");
    await expect(
      setReportState(database.db, { reportId: first.report.id, state: "sent", baseVersion: 1, sentAt: new Date() }),
    ).rejects.toMatchObject({ code: "STALE_VERSION" });
  });

  it("replaces findings and keeps a dismissed one dismissed when the checks find it again", async () => {
    const { report } = await buildReport(database.db);
    await setFindingDismissed(database.db, report.id, report.findings[0]!.id, true);
    const again = await replaceFindings(database.db, report.id, [
      { ...report.findings[0]! },
      {
        kind: "arithmetic",
        message: "401.809 + 1.737 + 222 = 403.768, báo cáo ghi 403.758",
        quote: "403.758",
        line: 12,
      },
    ]);
    expect(again.map((f) => [f.kind, f.isDismissed, f.sectionId])).toEqual([
      ["arithmetic", false, report.sections[1]!.id],
      ["percent", true, report.sections[2]!.id],
    ]);
    expect(await replaceFindings(database.db, report.id, [])).toEqual([]);
    await expect(setFindingDismissed(database.db, report.id, 987654321, true)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("marks a division's sections submitted and reopens them", async () => {
    const { report, department } = await buildReport(database.db);
    const specialist = await buildUser(database.db, { unitCode: department.divisions.cntt.code, role: "specialist" });
    const ids = await setSectionsSubmitted(database.db, {
      reportId: report.id,
      divisionUnitIds: [department.divisions.cntt.id],
      userId: specialist.id,
    });
    expect(ids).toEqual([report.sections[2]!.id]);
    const submitted = (await findSections(database.db, report.id))[2]!;
    expect(submitted.submittedBy).toBe(specialist.id);
    expect(submitted.submittedAt).toBeInstanceOf(Date);
    await setSectionsSubmitted(database.db, {
      reportId: report.id,
      divisionUnitIds: [department.divisions.cntt.id],
      userId: null,
    });
    expect((await findSections(database.db, report.id))[2]!.submittedAt).toBeNull();
  });

  it("carries a task to the next report and records its outcome", async () => {
    const { report, department, regime } = await buildReport(database.db);
    const planned = report.tasks[0]!;
    const next = await buildReport(database.db, {
      department,
      regime,
      content: {
        periodCode: "2025-11",
        tasks: [{ text: planned.text, carriedFromTaskId: planned.id, status: "in_progress" }],
      },
    });
    expect(next.report.tasks[0]).toMatchObject({ carriedFromTaskId: planned.id, status: "in_progress" });
    await updateTaskOutcome(database.db, {
      taskId: planned.id,
      status: "done",
      outcomeNote: "Đã trình UBND tỉnh ban hành.",
      outcomeReportId: next.report.id,
    });
    expect((await findTasks(database.db, report.id))[0]).toMatchObject({
      status: "done",
      outcomeNote: "Đã trình UBND tỉnh ban hành.",
      outcomeReportId: next.report.id,
    });
    await expect(
      updateTaskOutcome(database.db, { taskId: 987654321, status: "done", outcomeNote: null, outcomeReportId: null }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getReportDetail(database.db, next.report.id)).tasks).toHaveLength(1);
  });
});
