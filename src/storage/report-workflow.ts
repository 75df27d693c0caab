/**
 * What the workflow commands read and write besides the report content: the facts the policies decide on, a
 * user's roles placed in the unit hierarchy, the receiving units of a sent report, and the tasks of a draft.
 */
import { type Kysely, sql } from "kysely";
import type { UnitKind } from "../domain/org-unit.js";
import type { Role } from "../domain/records.js";
import type { ReportOrigin, ReportState, TaskStatus } from "../domain/report.js";
import { notFound } from "./db-errors.js";
import type { DB } from "./schema.js";
import { chunks } from "./sql-helpers.js";

/** A role of a user with the unit's place: its parent and province. */
export interface RoleInUnit {
  role: Role;
  unitId: number;
  unitCode: string;
  unitKind: UnitKind;
  parentUnitId: number | null;
  provinceCode: string | null;
}

/** The roles a user holds, each with the unit's parent and province (what access decisions need). */
export async function findRolesInUnits(db: Kysely<DB>, userId: number): Promise<RoleInUnit[]> {
  const rows = await db
    .selectFrom("user_roles as r")
    .innerJoin("units as u", "u.id", "r.unit_id")
    .select(["r.role", "r.unit_id", "u.code", "u.kind", "u.parent_id", "u.province_code"])
    .where("r.user_id", "=", userId)
    .orderBy("u.code")
    .orderBy("r.role")
    .execute();
  return rows.map((r) => ({
    role: r.role as Role,
    unitId: r.unit_id,
    unitCode: r.code,
    unitKind: r.kind as UnitKind,
    parentUnitId: r.parent_id,
    provinceCode: r.province_code,
  }));
}

/** A report's state, place and sections as the access and workflow rules need them. */
export interface ReportAccessFacts {
  id: number;
  regimeId: number | null;
  unitId: number;
  unitCode: string;
  provinceCode: string | null;
  periodCode: string;
  state: ReportState;
  origin: ReportOrigin;
  isCurrent: boolean;
  lockVersion: number;
  docType: string;
  receiverUnitIds: number[];
  sections: {
    id: number;
    title: string;
    templateKey: string | null;
    divisionUnitId: number | null;
    submittedAt: Date | null;
    version: number;
  }[];
}

/** The access facts of one report; NOT_FOUND when there is none. */
export async function getReportAccessFacts(db: Kysely<DB>, id: number): Promise<ReportAccessFacts> {
  const r = await db
    .selectFrom("reports as r")
    .innerJoin("units as u", "u.id", "r.unit_id")
    .select([
      "r.id",
      "r.regime_id",
      "r.unit_id",
      "u.code",
      "u.province_code",
      "r.period_code",
      "r.state",
      "r.origin",
      "r.is_current",
      "r.lock_version",
      "r.doc_type",
    ])
    .where("r.id", "=", id)
    .executeTakeFirst();
  if (!r) throw notFound(`báo cáo số ${id}`, "id");
  const [sections, receivers] = await Promise.all([
    db
      .selectFrom("report_sections")
      .select(["id", "title", "template_key", "division_unit_id", "submitted_at", "version"])
      .where("report_id", "=", id)
      .orderBy("position")
      .execute(),
    db.selectFrom("report_receivers").select("unit_id").where("report_id", "=", id).execute(),
  ]);
  return {
    id: r.id,
    regimeId: r.regime_id,
    unitId: r.unit_id,
    unitCode: r.code,
    provinceCode: r.province_code,
    periodCode: r.period_code,
    state: r.state as ReportState,
    origin: r.origin as ReportOrigin,
    isCurrent: r.is_current,
    lockVersion: r.lock_version,
    docType: r.doc_type,
    receiverUnitIds: receivers.map((x) => x.unit_id),
    sections: sections.map((s) => ({
      id: s.id,
      title: s.title,
      templateKey: s.template_key,
      divisionUnitId: s.division_unit_id,
      submittedAt: s.submitted_at ? new Date(s.submitted_at) : null,
      version: s.version,
    })),
  };
}

/** Ids of the units a regime names as its specific receivers. */
export async function findRegimeReceiverIds(db: Kysely<DB>, regimeId: number): Promise<number[]> {
  const rows = await db.selectFrom("regime_receivers").select("unit_id").where("regime_id", "=", regimeId).execute();
  return rows.map((r) => r.unit_id);
}

/** A planned task of next period as a draft holds it. */
export interface PlannedTaskInput {
  text: string;
  divisionUnitId: number | null;
  plannedPeriodCode: string | null;
  sectionId: number | null;
}

/**
 * Replaces a report's tasks planned for the next period (those not carried from an earlier report) with
 * `items`, keeping the carried tasks and their outcomes. Returns how many were written.
 */
export async function replacePlannedTasks(
  db: Kysely<DB>,
  reportId: number,
  items: readonly PlannedTaskInput[],
): Promise<number> {
  await db.deleteFrom("tasks").where("report_id", "=", reportId).where("carried_from_task_id", "is", null).execute();
  const row = await db
    .selectFrom("tasks")
    .select((eb) => eb.fn.max("position").as("p"))
    .where("report_id", "=", reportId)
    .executeTakeFirst();
  const start = row?.p === null || row?.p === undefined ? 0 : Number(row.p) + 1;
  for (const [b, batch] of chunks(items).entries()) {
    await db
      .insertInto("tasks")
      .values(
        batch.map((t, j) => ({
          report_id: reportId,
          section_id: t.sectionId,
          position: start + b * 500 + j,
          text: t.text.normalize("NFC"),
          planned_period_code: t.plannedPeriodCode,
          status: "planned",
          division_unit_id: t.divisionUnitId,
        })),
      )
      .execute();
  }
  return items.length;
}

/** The outcome of a task carried from the previous report. */
export interface TaskOutcomeInput {
  taskId: number;
  status: TaskStatus;
  note: string | null;
}

/** Records outcomes of the report's carried tasks; returns the ids of the tasks that are not carried ones here. */
export async function setCarriedTaskOutcomes(
  db: Kysely<DB>,
  reportId: number,
  outcomes: readonly TaskOutcomeInput[],
): Promise<number[]> {
  const unknown: number[] = [];
  for (const o of outcomes) {
    const result = await db
      .updateTable("tasks")
      .set({
        status: o.status,
        outcome_note: o.note?.normalize("NFC") ?? null,
        outcome_report_id: o.status === "planned" ? null : reportId,
      })
      .where("id", "=", o.taskId)
      .where("report_id", "=", reportId)
      .where("carried_from_task_id", "is not", null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) unknown.push(o.taskId);
  }
  return unknown;
}

/** Bumps a report's lock version when it is still `baseVersion`; returns the new version, or null when stale. */
export async function bumpReportVersion(db: Kysely<DB>, reportId: number, baseVersion: number): Promise<number | null> {
  const row = await db
    .updateTable("reports")
    .set((eb) => ({ lock_version: eb("lock_version", "+", 1), updated_at: sql`now()` }))
    .where("id", "=", reportId)
    .where("lock_version", "=", baseVersion)
    .returning("lock_version")
    .executeTakeFirst();
  return row ? row.lock_version : null;
}

/** Units by id with their kind and parent. */
export async function findUnitsByIds(
  db: Kysely<DB>,
  ids: readonly number[],
): Promise<{ id: number; code: string; kind: UnitKind; parentId: number | null }[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("units")
    .select(["id", "code", "kind", "parent_id"])
    .where("id", "in", [...ids])
    .execute();
  return rows.map((r) => ({ id: r.id, code: r.code, kind: r.kind as UnitKind, parentId: r.parent_id }));
}

/**
 * Holds the unit's register for a document type and year until the transaction ends, so that two reports
 * issued at the same moment never read the same highest number (PostgreSQL runs them concurrently; PGlite
 * serialises transactions anyway). Take it before nextReportNumber, inside the issuing transaction.
 */
export async function lockReportRegister(
  db: Kysely<DB>,
  register: { unitId: number; docType: string; year: number },
): Promise<void> {
  const key = `report-register:${register.unitId}:${register.docType}:${register.year}`;
  await sql`select pg_advisory_xact_lock(815201, hashtext(${key}))`.execute(db);
}

/** A user as an issued report's signature block names them: the display name and the position held. */
export interface SignerFacts {
  userId: number;
  displayName: string;
  jobTitle: string | null;
}

/** The user's name and position, for signing. */
export async function getSignerFacts(db: Kysely<DB>, userId: number): Promise<SignerFacts> {
  const row = await db
    .selectFrom("users")
    .select(["id", "display_name", "job_title"])
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!row) throw notFound(`người dùng số ${userId}`, "userId");
  return { userId: row.id, displayName: row.display_name, jobTitle: row.job_title };
}

/** Who last took `action` on a report (per the audit trail), or null when nobody has. */
export async function findLastActorOf(db: Kysely<DB>, reportId: number, action: string): Promise<number | null> {
  const row = await db
    .selectFrom("audit_events")
    .select("actor_id")
    .where("report_id", "=", reportId)
    .where("action", "=", action)
    .where("actor_id", "is not", null)
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.actor_id ?? null;
}

/** The correction made of a report (the version whose previous version it is), or null. */
export async function findNextVersionId(db: Kysely<DB>, reportId: number): Promise<number | null> {
  const row = await db
    .selectFrom("reports")
    .select("id")
    .where("previous_version_id", "=", reportId)
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}
