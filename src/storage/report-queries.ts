import { type Kysely, sql } from "kysely";
import type {
  Citation,
  DataValue,
  Figure,
  ReportDetail,
  ReportNote,
  ReportSummary,
  Section,
  StoredFinding,
  Task,
} from "../domain/records.js";
import type {
  FindingKind,
  PeriodKind,
  ReportOrigin,
  ReportState,
  SigningAuthority,
  TaskStatus,
  ValueProvenance,
} from "../domain/report.js";
import { foldText } from "../domain/vn-text.js";
import { notFound } from "./db-errors.js";
import { periodColumns } from "./period-code.js";
import type { DB } from "./schema.js";
import { escapeLike } from "./sql-helpers.js";

export interface ReportFilter {
  ids?: readonly number[] | undefined;
  unitCodes?: readonly string[] | undefined;
  unitIds?: readonly number[] | undefined;
  regimeCode?: string | undefined;
  periodCode?: string | undefined;
  periodYear?: number | undefined;
  state?: ReportState | readonly ReportState[] | undefined;
  origin?: ReportOrigin | undefined;
  /** Words of the title, with or without diacritics. */
  q?: string | undefined;
  /** Current versions only (default); false: every version. */
  currentOnly?: boolean | undefined;
  /** Only what a user may see (built by policies/report.ts reportScope). */
  scope?: ReportVisibility | undefined;
  /** Only reports sent to one of these units (an inbox). */
  receivedBy?: readonly number[] | undefined;
}

/**
 * The reports a user may see: every report of `unitIds`, issued or sent ones of every unit (`releasedAll`) or of
 * the provinces `releasedProvinceCodes`, and those sent to `inboxUnitIds`; everything when `all`.
 */
export interface ReportVisibility {
  all: boolean;
  unitIds: readonly number[];
  releasedAll: boolean;
  releasedProvinceCodes: readonly string[];
  inboxUnitIds: readonly number[];
}

export interface ReportPage extends ReportFilter {
  limit?: number | undefined;
  offset?: number | undefined;
  /** "period" (default): newest period first; "sent": last sent first (an inbox). */
  order?: "period" | "sent" | undefined;
}

/** The date a report's unit is named for: its issue date, else the first day of its period's last month. */
const NAMED_ON = sql<string>`coalesce(r.issued_on, make_date(r.period_year, case r.period_kind
  when 'month' then r.period_index when 'quarter' then r.period_index * 3 when 'half' then r.period_index * 6
  when 'nine_months' then 9 else 12 end, 1))`;

function filtered(db: Kysely<DB>, filter: ReportFilter) {
  let q = db
    .selectFrom("reports as r")
    .innerJoin("units as u", "u.id", "r.unit_id")
    .leftJoin("regimes as g", "g.id", "r.regime_id");
  if (filter.currentOnly ?? true) q = q.where("r.is_current", "=", true);
  if (filter.ids) q = q.where("r.id", "in", filter.ids.length ? [...filter.ids] : [-1]);
  if (filter.unitIds) q = q.where("r.unit_id", "in", filter.unitIds.length ? [...filter.unitIds] : [-1]);
  if (filter.unitCodes) q = q.where("u.code", "in", filter.unitCodes.length ? [...filter.unitCodes] : [""]);
  if (filter.regimeCode) q = q.where("g.code", "=", filter.regimeCode);
  if (filter.periodCode) q = q.where("r.period_code", "=", periodColumns(filter.periodCode).code);
  if (filter.periodYear) q = q.where("r.period_year", "=", filter.periodYear);
  if (filter.state) {
    const states: string[] = typeof filter.state === "string" ? [filter.state] : [...filter.state];
    q = q.where("r.state", "in", states.length ? states : ["-"]);
  }
  if (filter.origin) q = q.where("r.origin", "=", filter.origin);
  const scope = filter.scope;
  if (scope && !scope.all) {
    q = q.where((eb) => {
      const released = eb("r.state", "in", ["issued", "sent"]);
      const inbox = scope.inboxUnitIds.length
        ? eb.exists(
            eb
              .selectFrom("report_receivers as rr")
              .select("rr.report_id")
              .whereRef("rr.report_id", "=", "r.id")
              .where("rr.unit_id", "in", [...scope.inboxUnitIds]),
          )
        : sql<boolean>`false`;
      return eb.or([
        scope.unitIds.length ? eb("r.unit_id", "in", [...scope.unitIds]) : sql<boolean>`false`,
        inbox,
        scope.releasedAll ? released : sql<boolean>`false`,
        scope.releasedProvinceCodes.length
          ? eb.and([released, eb("u.province_code", "in", [...scope.releasedProvinceCodes])])
          : sql<boolean>`false`,
      ]);
    });
  }
  if (filter.receivedBy) {
    const units = filter.receivedBy.length ? [...filter.receivedBy] : [-1];
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom("report_receivers as rr")
          .select("rr.report_id")
          .whereRef("rr.report_id", "=", "r.id")
          .where("rr.unit_id", "in", units),
      ),
    );
  }
  for (const word of (filter.q ? foldText(filter.q) : "").split(" ").filter(Boolean)) {
    q = q.where(sql<boolean>`f_unaccent(r.title) like f_unaccent(${`%${escapeLike(word)}%`})`);
  }
  return q;
}

function summaryColumns(q: ReturnType<typeof filtered>) {
  return q.select((eb) => [
    "r.id",
    "r.regime_id",
    "g.code as regime_code",
    "r.unit_id",
    "u.code as unit_code",
    eb
      .selectFrom("unit_names as n")
      .select("n.name")
      .whereRef("n.unit_id", "=", "r.unit_id")
      .orderBy(sql`(n.valid_from <= ${NAMED_ON} and (n.valid_to is null or n.valid_to >= ${NAMED_ON}))`, "desc")
      .orderBy("n.valid_from", "desc")
      .limit(1)
      .as("unit_name"),
    "r.period_kind",
    "r.period_year",
    "r.period_index",
    "r.period_code",
    "r.state",
    "r.origin",
    "r.version_no",
    "r.is_current",
    "r.lock_version",
    "r.doc_type",
    "r.number",
    "r.number_text",
    "r.title",
    "r.issued_on",
    "r.deadline_on",
    "r.sent_at",
    "r.created_at",
    "r.updated_at",
  ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryColumns>["executeTakeFirstOrThrow"]>>;

function toSummary(r: SummaryRow): ReportSummary {
  return {
    id: r.id,
    regimeId: r.regime_id,
    regimeCode: r.regime_code,
    unitId: r.unit_id,
    unitCode: r.unit_code,
    unitName: r.unit_name ?? r.unit_code,
    periodKind: r.period_kind as PeriodKind,
    periodYear: r.period_year,
    periodIndex: r.period_index,
    periodCode: r.period_code,
    state: r.state as ReportState,
    origin: r.origin as ReportOrigin,
    versionNo: r.version_no,
    isCurrent: r.is_current,
    lockVersion: r.lock_version,
    docType: r.doc_type,
    number: r.number,
    numberText: r.number_text,
    title: r.title,
    issuedOn: r.issued_on,
    deadlineOn: r.deadline_on,
    sentAt: r.sent_at ? new Date(r.sent_at) : null,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  };
}

/** Reports matching the filter, newest period first, then by unit code (or last sent first). */
export async function findReports(db: Kysely<DB>, page: ReportPage = {}): Promise<ReportSummary[]> {
  let q = summaryColumns(filtered(db, page));
  if (page.order === "sent") q = q.orderBy(sql`r.sent_at desc nulls last`);
  const rows = await q
    .orderBy("r.period_year", "desc")
    .orderBy("r.period_code", "desc")
    .orderBy("u.code")
    .orderBy("r.id")
    .limit(page.limit ?? 50)
    .offset(page.offset ?? 0)
    .execute();
  return rows.map(toSummary);
}

/** How many reports match the filter (for paging). */
export async function countReports(db: Kysely<DB>, filter: ReportFilter = {}): Promise<number> {
  const row = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One report's summary; NOT_FOUND otherwise. */
export async function getReportSummary(db: Kysely<DB>, id: number): Promise<ReportSummary> {
  const row = await summaryColumns(filtered(db, { currentOnly: false }))
    .where("r.id", "=", id)
    .executeTakeFirst();
  if (!row) throw notFound(`báo cáo số ${id}`, "reportId");
  return toSummary(row);
}

/**
 * The latest current report of the same regime and unit before `periodCode` (codes of one regime share a
 * period kind, so they sort in time), or null: where tasks and cumulative figures are carried from.
 */
export async function findPreviousReport(
  db: Kysely<DB>,
  key: { regimeId: number; unitId: number; periodCode: string },
): Promise<ReportSummary | null> {
  const row = await summaryColumns(filtered(db, {}))
    .where("r.regime_id", "=", key.regimeId)
    .where("r.unit_id", "=", key.unitId)
    .where("r.period_code", "<", periodColumns(key.periodCode).code)
    .orderBy("r.period_code", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ? toSummary(row) : null;
}

/** One report with its sections, values, figures, tasks, notes, citations and findings; NOT_FOUND otherwise. */
export async function getReportDetail(db: Kysely<DB>, id: number): Promise<ReportDetail> {
  const summary = await getReportSummary(db, id);
  const r = await db.selectFrom("reports").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const [sections, values, figures, tasks, notes, citations, findings] = await Promise.all([
    findSections(db, id),
    findValues(db, id),
    findFigures(db, id),
    findTasks(db, id),
    findNotes(db, id),
    findCitations(db, id),
    findFindings(db, id),
  ]);
  return {
    ...summary,
    place: r.place,
    addressee: r.addressee,
    signerName: r.signer_name,
    signerTitle: r.signer_title,
    signingAuthority: r.signing_authority as SigningAuthority | null,
    recipients: r.recipients,
    nextPeriodCode: r.next_period_code,
    symbol: r.symbol,
    previousVersionId: r.previous_version_id,
    sourceFileId: r.source_file_id,
    createdBy: r.created_by,
    sections,
    values,
    figures,
    tasks,
    difficulties: notes.filter((n) => n.kind === "difficulty"),
    recommendations: notes.filter((n) => n.kind === "recommendation"),
    citations,
    findings,
  };
}

/** A report's sections in document order. */
export async function findSections(db: Kysely<DB>, reportId: number): Promise<Section[]> {
  const rows = await sectionQuery(db).where("s.report_id", "=", reportId).orderBy("s.position").execute();
  return rows.map(toSection);
}

/** One section of a report; NOT_FOUND otherwise. */
export async function getSection(db: Kysely<DB>, reportId: number, sectionId: number): Promise<Section> {
  const row = await sectionQuery(db)
    .where("s.report_id", "=", reportId)
    .where("s.id", "=", sectionId)
    .executeTakeFirst();
  if (!row) throw notFound(`mục số ${sectionId} của báo cáo số ${reportId}`, "sectionId");
  return toSection(row);
}

function sectionQuery(db: Kysely<DB>) {
  return db
    .selectFrom("report_sections as s")
    .leftJoin("units as u", "u.id", "s.division_unit_id")
    .selectAll("s")
    .select("u.code as division_code");
}
type SectionRow = Awaited<ReturnType<ReturnType<typeof sectionQuery>["execute"]>>[number];

function toSection(s: SectionRow): Section {
  return {
    id: s.id,
    parentId: s.parent_id,
    position: s.position,
    templateKey: s.template_key,
    number: s.number,
    title: s.title,
    level: s.level,
    contentKind: s.content_kind as Section["contentKind"],
    body: s.body,
    divisionUnitId: s.division_unit_id,
    divisionCode: s.division_code,
    version: s.version,
    submittedAt: s.submitted_at ? new Date(s.submitted_at) : null,
    submittedBy: s.submitted_by,
    updatedBy: s.updated_by,
    updatedAt: new Date(s.updated_at),
    sourceLine: s.source_line,
  };
}

/** A report's catalogue values, in the catalogue's code order. */
export async function findValues(db: Kysely<DB>, reportId: number): Promise<DataValue[]> {
  const rows = await db
    .selectFrom("data_values as v")
    .innerJoin("indicators as i", "i.id", "v.indicator_id")
    .select([
      "v.id",
      "v.indicator_id",
      "i.code",
      "i.name",
      "i.unit_of_measure",
      "i.is_cumulative",
      "v.disaggregation",
      "v.value",
      "v.provenance",
      "v.figure_id",
      "v.source_line",
      "v.match_confidence",
      "v.entered_by",
    ])
    .where("v.report_id", "=", reportId)
    .orderBy("i.code")
    .orderBy("v.disaggregation")
    .execute();
  return rows.map((v) => ({
    id: Number(v.id),
    indicatorId: v.indicator_id,
    indicatorCode: v.code,
    indicatorName: v.name,
    unitOfMeasure: v.unit_of_measure,
    isCumulative: v.is_cumulative,
    disaggregation: v.disaggregation,
    value: v.value,
    provenance: v.provenance as ValueProvenance,
    figureId: v.figure_id,
    sourceLine: v.source_line,
    matchConfidence: v.match_confidence,
    enteredBy: v.entered_by,
  }));
}

async function findFigures(db: Kysely<DB>, reportId: number): Promise<Figure[]> {
  const rows = await db
    .selectFrom("report_figures as f")
    .leftJoin("indicators as i", "i.id", "f.indicator_id")
    .selectAll("f")
    .select("i.code as indicator_code")
    .where("f.report_id", "=", reportId)
    .orderBy("f.position")
    .execute();
  return rows.map((f) => ({
    id: f.id,
    sectionId: f.section_id,
    position: f.position,
    value: f.value,
    kind: f.kind as Figure["kind"],
    unit: f.unit,
    label: f.label,
    quote: f.quote,
    sourceLine: f.source_line,
    indicatorCode: f.indicator_code,
    disaggregation: f.disaggregation,
    matchConfidence: f.match_confidence,
  }));
}

/** A report's planned tasks (and carried tasks with their outcome), in order. */
export async function findTasks(db: Kysely<DB>, reportId: number): Promise<Task[]> {
  const rows = await db
    .selectFrom("tasks as t")
    .leftJoin("units as u", "u.id", "t.division_unit_id")
    .selectAll("t")
    .select("u.code as division_code")
    .where("t.report_id", "=", reportId)
    .orderBy("t.position")
    .execute();
  return rows.map((t) => ({
    id: t.id,
    reportId: t.report_id,
    sectionId: t.section_id,
    position: t.position,
    text: t.text,
    plannedPeriodCode: t.planned_period_code,
    status: t.status as TaskStatus,
    outcomeNote: t.outcome_note,
    outcomeReportId: t.outcome_report_id,
    carriedFromTaskId: t.carried_from_task_id,
    divisionUnitId: t.division_unit_id,
    divisionCode: t.division_code,
    sourceLine: t.source_line,
  }));
}

async function findNotes(db: Kysely<DB>, reportId: number): Promise<ReportNote[]> {
  const rows = await db
    .selectFrom("report_notes")
    .selectAll()
    .where("report_id", "=", reportId)
    .orderBy("kind")
    .orderBy("position")
    .execute();
  return rows.map((n) => ({
    id: n.id,
    kind: n.kind as ReportNote["kind"],
    position: n.position,
    text: n.text,
    sourceLine: n.source_line,
  }));
}

async function findCitations(db: Kysely<DB>, reportId: number): Promise<Citation[]> {
  const rows = await db
    .selectFrom("citations as c")
    .innerJoin("documents as d", "d.id", "c.document_id")
    .select(["c.id", "c.document_id", "d.code", "c.section_id", "c.type_word", "c.quote", "c.source_line"])
    .where("c.report_id", "=", reportId)
    .orderBy("c.id")
    .execute();
  return rows.map((c) => ({
    id: c.id,
    documentId: c.document_id,
    documentCode: c.code,
    sectionId: c.section_id,
    typeWord: c.type_word,
    quote: c.quote,
    sourceLine: c.source_line,
  }));
}

/** A report's check findings, in the order of the text. */
export async function findFindings(db: Kysely<DB>, reportId: number): Promise<StoredFinding[]> {
  const rows = await db
    .selectFrom("findings")
    .selectAll()
    .where("report_id", "=", reportId)
    .orderBy(sql`source_line nulls last`)
    .orderBy("id")
    .execute();
  return rows.map((f) => ({
    id: f.id,
    sectionId: f.section_id,
    kind: f.kind as FindingKind,
    message: f.message,
    quote: f.quote ?? "",
    line: f.source_line ?? 0,
    isDismissed: f.is_dismissed,
  }));
}
