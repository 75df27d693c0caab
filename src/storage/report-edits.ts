import { type Kysely, sql } from "kysely";
import { UserError } from "../domain/errors.js";
import type { Section, StoredFinding } from "../domain/records.js";
import type { Finding, ReportState, SigningAuthority, TaskStatus, ValueContent } from "../domain/report.js";
import { notFound, translateDbError } from "./db-errors.js";
import { insertFindings } from "./findings.js";
import { findFindings, findValues, getSection } from "./report-queries.js";
import type { DB } from "./schema.js";
import { chunks } from "./sql-helpers.js";
import { inTransaction } from "./transaction.js";

/**
 * Saves a section's text if nobody saved it since `baseVersion` (`update ... where version = base`, so of two
 * saves from the same base exactly one wins); otherwise STALE_VERSION carrying the current section in
 * `details.current`, so the user sees what changed and nothing is overwritten.
 */
export async function updateSectionBody(
  db: Kysely<DB>,
  edit: { reportId: number; sectionId: number; body: string; baseVersion: number; userId: number | null },
): Promise<Section> {
  return inTransaction(db, async (trx) => {
    const updated = await trx
      .updateTable("report_sections")
      .set((eb) => ({
        body: edit.body.normalize("NFC"),
        version: eb("version", "+", 1),
        updated_by: edit.userId,
        updated_at: sql`now()`,
      }))
      .where("id", "=", edit.sectionId)
      .where("report_id", "=", edit.reportId)
      .where("version", "=", edit.baseVersion)
      .returning("id")
      .executeTakeFirst();
    const current = await getSection(trx, edit.reportId, edit.sectionId);
    if (!updated) {
      throw new UserError(
        "STALE_VERSION",
        `Mục "${current.title}" đã được người khác lưu sau khi bạn mở (phiên bản hiện tại ${current.version}, ` +
          `bạn sửa từ phiên bản ${edit.baseVersion}). Hãy xem nội dung mới nhất rồi sửa lại; nội dung của bạn chưa được lưu.`,
        { field: "baseVersion" },
        { current },
      );
    }
    await trx.updateTable("reports").set({ updated_at: sql`now()` }).where("id", "=", edit.reportId).execute();
    return current;
  });
}

/** A value to save: a number sets it, null removes it. */
export type ValueEdit = Omit<ValueContent, "value"> & { value: number | null };

/**
 * Saves catalogue values of a report if its lock version is still `baseVersion`, and bumps the version;
 * STALE_VERSION (with the current values and version in `details`) otherwise. Returns the new version.
 */
export async function upsertValues(
  db: Kysely<DB>,
  edit: { reportId: number; values: readonly ValueEdit[]; baseVersion: number; userId: number | null },
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const lockVersion = await bumpLockVersion(trx, edit.reportId, edit.baseVersion, async (current) => ({
      message:
        `Số liệu của báo cáo đã được người khác lưu sau khi bạn mở (phiên bản hiện tại ${current}, bạn sửa từ ` +
        `phiên bản ${edit.baseVersion}). Hãy xem số liệu mới nhất rồi nhập lại; số liệu của bạn chưa được lưu.`,
      details: { currentVersion: current, values: await findValues(trx, edit.reportId) },
    }));
    const codes = [...new Set(edit.values.map((v) => v.indicatorCode))];
    const rows = codes.length
      ? await trx.selectFrom("indicators").select(["id", "code"]).where("code", "in", codes).execute()
      : [];
    const ids = new Map(rows.map((r) => [r.code, r.id]));
    const toSet = edit.values.flatMap((v, i) => {
      const indicatorId = ids.get(v.indicatorCode);
      if (indicatorId === undefined) {
        throw new UserError("INVALID_REFERENCE", `Không có chỉ tiêu mã "${v.indicatorCode}" trong danh mục chỉ tiêu.`, {
          field: `values[${i}].indicatorCode`,
        });
      }
      return [{ ...v, indicatorId, disaggregation: v.disaggregation ?? "" }];
    });
    for (const v of toSet.filter((x) => x.value === null)) {
      await trx
        .deleteFrom("data_values")
        .where("report_id", "=", edit.reportId)
        .where("indicator_id", "=", v.indicatorId)
        .where("disaggregation", "=", v.disaggregation)
        .execute();
    }
    const numbers = toSet.filter((x) => x.value !== null);
    for (const batch of chunks(numbers)) {
      await trx
        .insertInto("data_values")
        .values(
          batch.map((v) => ({
            report_id: edit.reportId,
            indicator_id: v.indicatorId,
            disaggregation: v.disaggregation,
            value: v.value!,
            provenance: v.provenance,
            source_line: v.sourceLine ?? null,
            match_confidence: v.matchConfidence ?? null,
            entered_by: edit.userId,
          })),
        )
        .onConflict((oc) =>
          oc.columns(["report_id", "indicator_id", "disaggregation"]).doUpdateSet((eb) => ({
            value: eb.ref("excluded.value"),
            provenance: eb.ref("excluded.provenance"),
            source_line: eb.ref("excluded.source_line"),
            match_confidence: eb.ref("excluded.match_confidence"),
            entered_by: eb.ref("excluded.entered_by"),
            entered_at: sql`now()`,
            figure_id: null,
          })),
        )
        .execute()
        .catch((error: unknown) =>
          translateDbError(error, {
            unique: "Một chỉ tiêu được nhập hai lần trong cùng một lần lưu.",
            field: "values",
          }),
        );
    }
    return lockVersion;
  });
}

/** What a state change may also set: the number and date when issued, the time when sent. */
export interface StateChange {
  reportId: number;
  state: ReportState;
  baseVersion: number;
  number?: number | null;
  numberText?: string | null;
  symbol?: string | null;
  issuedOn?: string | null;
  /** When issued: the place of the "Cao Bằng, ngày … " line and who signs. */
  place?: string | null;
  signerName?: string | null;
  signerTitle?: string | null;
  signingAuthority?: SigningAuthority | null;
  sentAt?: Date | null;
}

/**
 * Moves a report to `state` (the workflow rules are checked by the command, not here) if its lock version is
 * still `baseVersion`; STALE_VERSION otherwise, ALREADY_EXISTS when the number is taken. Returns the new version.
 */
export async function setReportState(db: Kysely<DB>, change: StateChange): Promise<number> {
  return inTransaction(db, async (trx) => {
    const lockVersion = await bumpLockVersion(trx, change.reportId, change.baseVersion, async (current) => ({
      message:
        `Báo cáo đã được người khác cập nhật sau khi bạn mở (phiên bản hiện tại ${current}, bạn thao tác trên ` +
        `phiên bản ${change.baseVersion}). Hãy tải lại báo cáo rồi thực hiện lại.`,
      details: { currentVersion: current },
    }));
    const issued = change.issuedOn ? change.issuedOn.split("-").map(Number) : null;
    await trx
      .updateTable("reports")
      .set({
        state: change.state,
        ...(change.number !== undefined ? { number: change.number } : {}),
        ...(change.numberText !== undefined ? { number_text: change.numberText } : {}),
        ...(change.symbol !== undefined ? { symbol: change.symbol } : {}),
        ...(change.issuedOn !== undefined
          ? {
              issued_on: change.issuedOn,
              issue_year: issued?.[0] ?? null,
              issue_month: issued?.[1] ?? null,
              issue_day: issued?.[2] ?? null,
            }
          : {}),
        ...(change.place !== undefined ? { place: change.place } : {}),
        ...(change.signerName !== undefined ? { signer_name: change.signerName } : {}),
        ...(change.signerTitle !== undefined ? { signer_title: change.signerTitle } : {}),
        ...(change.signingAuthority !== undefined ? { signing_authority: change.signingAuthority } : {}),
        ...(change.sentAt !== undefined ? { sent_at: change.sentAt } : {}),
      })
      .where("id", "=", change.reportId)
      .execute()
      .catch((error: unknown) =>
        translateDbError(error, {
          unique: `Số ${change.numberText ?? change.number} đã được cấp cho một văn bản khác cùng loại trong năm của đơn vị.`,
          field: "number",
        }),
      );
    return lockVersion;
  });
}

/** The next free number in a unit's register for a document type and year (1 for the first). */
export async function nextReportNumber(
  db: Kysely<DB>,
  register: { unitId: number; docType: string; year: number },
): Promise<number> {
  const row = await db
    .selectFrom("reports")
    .select((eb) => eb.fn.max("number").as("n"))
    .where("unit_id", "=", register.unitId)
    .where("doc_type", "=", register.docType)
    .where("issue_year", "=", register.year)
    .where("origin", "=", "authored")
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

async function bumpLockVersion(
  trx: Kysely<DB>,
  reportId: number,
  baseVersion: number,
  stale: (current: number) => Promise<{ message: string; details: Record<string, unknown> }>,
): Promise<number> {
  const row = await trx
    .updateTable("reports")
    .set((eb) => ({ lock_version: eb("lock_version", "+", 1), updated_at: sql`now()` }))
    .where("id", "=", reportId)
    .where("lock_version", "=", baseVersion)
    .returning("lock_version")
    .executeTakeFirst();
  if (row) return row.lock_version;
  const current = await trx.selectFrom("reports").select("lock_version").where("id", "=", reportId).executeTakeFirst();
  if (!current) throw notFound(`báo cáo số ${reportId}`, "reportId");
  const { message, details } = await stale(current.lock_version);
  throw new UserError("STALE_VERSION", message, { field: "baseVersion" }, details);
}

/**
 * Replaces a report's findings with a new run of the checks; a finding dismissed before stays dismissed when
 * the same one (kind, message, quote) comes again.
 */
export async function replaceFindings(
  db: Kysely<DB>,
  reportId: number,
  findings: readonly Finding[],
  /** The section holding a line, when the caller knows it better than the sections' source lines. */
  sectionOfLine?: (line: number) => number | null,
): Promise<StoredFinding[]> {
  return inTransaction(db, async (trx) => {
    const keyOf = (f: { kind: string; message: string; quote: string | null }) =>
      `${f.kind}|${f.message}|${f.quote ?? ""}`;
    const dismissed = new Set(
      (
        await trx
          .selectFrom("findings")
          .select(["kind", "message", "quote"])
          .where("report_id", "=", reportId)
          .where("is_dismissed", "=", true)
          .execute()
      ).map(keyOf),
    );
    const sections = await trx
      .selectFrom("report_sections")
      .select(["id", "source_line"])
      .where("report_id", "=", reportId)
      .where("source_line", "is not", null)
      .orderBy("source_line")
      .execute();
    const sectionAt =
      sectionOfLine ?? ((line: number) => sections.filter((s) => (s.source_line ?? 0) <= line).at(-1)?.id ?? null);
    await trx.deleteFrom("findings").where("report_id", "=", reportId).execute();
    await insertFindings(trx, reportId, findings, sectionAt, (f) => dismissed.has(keyOf(f))).catch((error: unknown) =>
      translateDbError(error, { foreignKey: `Không có báo cáo số ${reportId}.` }),
    );
    return findFindings(trx, reportId);
  });
}

/** Marks a finding dismissed (a reviewer judged it harmless) or not. */
export async function setFindingDismissed(
  db: Kysely<DB>,
  reportId: number,
  findingId: number,
  isDismissed: boolean,
): Promise<void> {
  const result = await db
    .updateTable("findings")
    .set({ is_dismissed: isDismissed })
    .where("id", "=", findingId)
    .where("report_id", "=", reportId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0)
    throw notFound(`phát hiện số ${findingId} của báo cáo số ${reportId}`, "findingId");
}

/**
 * Marks the sections of the given divisions submitted by `userId` (a division submits its part), or reopens
 * them with `userId` null (the office returns them). Returns the affected sections' ids.
 */
export async function setSectionsSubmitted(
  db: Kysely<DB>,
  change: { reportId: number; divisionUnitIds: readonly number[]; userId: number | null },
): Promise<number[]> {
  if (change.divisionUnitIds.length === 0) return [];
  const rows = await db
    .updateTable("report_sections")
    .set({
      submitted_at: change.userId === null ? null : sql`now()`,
      submitted_by: change.userId,
    })
    .where("report_id", "=", change.reportId)
    .where("division_unit_id", "in", [...change.divisionUnitIds])
    .returning("id")
    .execute();
  return rows.map((r) => r.id);
}

/** Records the outcome of a planned task, reported by `outcomeReportId`. */
export async function updateTaskOutcome(
  db: Kysely<DB>,
  outcome: { taskId: number; status: TaskStatus; outcomeNote: string | null; outcomeReportId: number | null },
): Promise<void> {
  const result = await db
    .updateTable("tasks")
    .set({
      status: outcome.status,
      outcome_note: outcome.outcomeNote,
      outcome_report_id: outcome.outcomeReportId,
    })
    .where("id", "=", outcome.taskId)
    .executeTakeFirst()
    .catch((error: unknown) =>
      translateDbError(error, { foreignKey: "Báo cáo ghi nhận kết quả không tồn tại.", field: "outcomeReportId" }),
    );
  if (Number(result.numUpdatedRows) === 0) throw notFound(`nhiệm vụ số ${outcome.taskId}`, "taskId");
}
