import { type Kysely, sql, type Transaction } from "kysely";
import { UserError } from "../domain/errors.js";
import type { ReportContent, SectionContent } from "../domain/report.js";
import { translateDbError } from "./db-errors.js";
import { documentKey, registerDocuments } from "./documents.js";
import { insertFindings } from "./findings.js";
import { periodColumns } from "./period-code.js";
import type { DB } from "./schema.js";
import { chunks } from "./sql-helpers.js";
import { inTransaction } from "./transaction.js";
import { unitIdsByCode } from "./units.js";

export interface InsertReportOptions {
  createdBy?: number | null;
  sourceFileId?: number | null;
  deadlineOn?: string | null;
  /** A correction: the issued version this new version replaces (it stops being current). */
  previousVersionId?: number | null;
}

/**
 * Stores one report with everything in it — sections, figures, catalogue values (by indicator code), tasks,
 * difficulties and recommendations, citations (registering their documents) and findings — in the caller's
 * transaction (or a new one). Bad references are refused with a UserError naming the field; a second current
 * report of the same regime, unit and period with ALREADY_EXISTS.
 */
export async function insertReportContent(
  db: Kysely<DB>,
  content: ReportContent,
  options: InsertReportOptions = {},
): Promise<{ id: number }> {
  validateSections(content.sections);
  return inTransaction(db, (trx) => insertInTransaction(trx, content, options));
}

async function insertInTransaction(
  trx: Transaction<DB>,
  content: ReportContent,
  options: InsertReportOptions,
): Promise<{ id: number }> {
  const period = periodColumns(content.periodCode);
  const unitIds = await unitIdsByCode(trx, [
    content.unitCode,
    ...content.sections.flatMap((s) => (s.divisionCode ? [s.divisionCode] : [])),
    ...content.tasks.flatMap((t) => (t.divisionCode ? [t.divisionCode] : [])),
  ]);
  const unitId = unitIds.get(content.unitCode);
  if (unitId === undefined) throw invalidReference(`Không có đơn vị mã "${content.unitCode}".`, "unitCode");
  let regimeId: number | null = null;
  if (content.regimeCode) {
    const regime = await trx
      .selectFrom("regimes")
      .select("id")
      .where("code", "=", content.regimeCode)
      .executeTakeFirst();
    if (!regime) throw invalidReference(`Không có chế độ báo cáo mã "${content.regimeCode}".`, "regimeCode");
    regimeId = regime.id;
  }
  const divisionId = (code: string | null | undefined, field: string): number | null => {
    if (!code) return null;
    const id = unitIds.get(code);
    if (id === undefined) throw invalidReference(`Không có đơn vị (phòng) mã "${code}".`, field);
    return id;
  };

  let versionNo = 1;
  if (options.previousVersionId) {
    const previous = await trx
      .updateTable("reports")
      .set({ is_current: false })
      .where("id", "=", options.previousVersionId)
      .returning("version_no")
      .executeTakeFirst();
    if (!previous)
      throw invalidReference(`Không có báo cáo số ${options.previousVersionId} để đính chính.`, "previousVersionId");
    versionNo = previous.version_no + 1;
  }

  const issued = content.issuedOn ? content.issuedOn.split("-").map(Number) : [];
  const report = await trx
    .insertInto("reports")
    .values({
      regime_id: regimeId,
      unit_id: unitId,
      period_kind: period.kind,
      period_year: period.year,
      period_index: period.index,
      period_code: period.code,
      state: content.state,
      origin: content.origin,
      version_no: versionNo,
      previous_version_id: options.previousVersionId ?? null,
      doc_type: content.docType,
      number: content.number,
      symbol: content.numberText?.includes("/") ? content.numberText.slice(content.numberText.indexOf("/") + 1) : null,
      number_text: content.numberText,
      title: content.title.normalize("NFC"),
      place: content.place,
      issued_on: content.issuedOn,
      issue_year: issued[0] ?? null,
      issue_month: issued[1] ?? null,
      issue_day: issued[2] ?? null,
      addressee: content.addressee,
      signer_name: content.signerName,
      signer_title: content.signerTitle,
      signing_authority: content.signingAuthority,
      recipients: JSON.stringify(content.recipients),
      next_period_code: content.nextPeriodCode,
      deadline_on: options.deadlineOn ?? null,
      sent_at: content.sentAt ?? null,
      source_file_id: options.sourceFileId ?? null,
      created_by: options.createdBy ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow()
    .catch((error: unknown) => translateReportViolation(error, content));
  const reportId = report.id;

  // Sections first: everything else points into them by the line it came from.
  const sectionIds = await insertSections(trx, reportId, content.sections, {
    updatedBy: options.createdBy ?? null,
    divisionId,
  });
  const sectionAt = sectionLocator(content.sections, sectionIds);

  const documentIds = await registerDocuments(trx, content.references);
  for (const batch of chunks(content.references)) {
    await trx
      .insertInto("citations")
      .values(
        batch.map((ref) => ({
          document_id: documentIds.get(documentKey(ref))!,
          report_id: reportId,
          section_id: sectionAt(ref.line),
          type_word: ref.type,
          quote: ref.quote,
          source_line: ref.line,
        })),
      )
      .execute();
  }

  const figures = content.figures ?? [];
  const indicators = await indicatorsByCode(trx, [
    ...figures.flatMap((f) => (f.indicatorCode ? [f.indicatorCode] : [])),
    ...content.values.map((v) => v.indicatorCode),
  ]);
  const figureIds = new Map<string, number>();
  for (const [b, batch] of chunks(figures).entries()) {
    const rows = await trx
      .insertInto("report_figures")
      .values(
        batch.map((f, j) => {
          const i = b * 500 + j;
          const indicator = f.indicatorCode ? indicators.get(f.indicatorCode) : undefined;
          if (f.indicatorCode && !indicator) throw unknownIndicator(f.indicatorCode, `figures[${i}].indicatorCode`);
          return {
            report_id: reportId,
            section_id: sectionAt(f.line),
            position: i,
            value: f.value,
            kind: f.kind,
            unit: f.unit,
            label: f.label,
            quote: f.quote,
            source_line: f.line,
            indicator_id: indicator?.id ?? null,
            disaggregation: f.disaggregation ?? "",
            match_confidence: f.matchConfidence ?? null,
          };
        }),
      )
      .returning(["id", "indicator_id", "disaggregation", "source_line"])
      .execute();
    for (const r of rows) {
      if (r.indicator_id !== null) figureIds.set(`${r.indicator_id}|${r.disaggregation}|${r.source_line}`, r.id);
    }
  }

  const seen = new Set<string>();
  const values = content.values.map((v, i) => {
    const indicator = indicators.get(v.indicatorCode);
    if (!indicator) throw unknownIndicator(v.indicatorCode, `values[${i}].indicatorCode`);
    const disaggregation = v.disaggregation ?? "";
    if (disaggregation && !indicator.categories.has(disaggregation)) {
      throw invalidReference(
        `Chỉ tiêu "${v.indicatorCode}" không có nhóm phân tổ "${disaggregation}".`,
        `values[${i}].disaggregation`,
      );
    }
    const key = `${indicator.id}|${disaggregation}`;
    if (seen.has(key)) {
      throw new UserError(
        "INVALID_INPUT",
        `Chỉ tiêu "${v.indicatorCode}"${disaggregation ? ` (${disaggregation})` : ""} được nhập hai lần.`,
        { field: `values[${i}]` },
      );
    }
    seen.add(key);
    return {
      report_id: reportId,
      indicator_id: indicator.id,
      disaggregation,
      value: v.value,
      provenance: v.provenance,
      figure_id: figureIds.get(`${key}|${v.sourceLine ?? null}`) ?? null,
      source_line: v.sourceLine ?? null,
      match_confidence: v.matchConfidence ?? null,
      entered_by: options.createdBy ?? null,
    };
  });
  for (const batch of chunks(values)) await trx.insertInto("data_values").values(batch).execute();

  const taskSection = content.sections.findIndex((s) => s.contentKind === "tasks");
  const tasks = content.tasks.map((t, i) => {
    if (t.text.trim() === "") {
      throw new UserError("INVALID_INPUT", "Nhiệm vụ không có nội dung.", {
        field: `tasks[${i}].text`,
        ...(t.sourceLine ? { line: t.sourceLine } : {}),
      });
    }
    return {
      report_id: reportId,
      section_id: sectionAt(t.sourceLine ?? null) ?? (taskSection >= 0 ? sectionIds[taskSection]! : null),
      position: i,
      text: t.text.normalize("NFC"),
      planned_period_code: t.plannedPeriodCode ?? content.nextPeriodCode,
      status: t.status ?? "planned",
      outcome_note: t.outcomeNote ?? null,
      carried_from_task_id: t.carriedFromTaskId ?? null,
      division_unit_id: divisionId(t.divisionCode, `tasks[${i}].divisionCode`),
      source_line: t.sourceLine ?? null,
    };
  });
  for (const batch of chunks(tasks)) {
    await trx
      .insertInto("tasks")
      .values(batch)
      .execute()
      .catch((error: unknown) =>
        translateDbError(error, {
          foreignKey: "Nhiệm vụ được chuyển tiếp từ một nhiệm vụ không tồn tại.",
          field: "tasks",
        }),
      );
  }

  const notes = [
    ...content.difficulties.map((text, position) => ({ kind: "difficulty", position, text })),
    ...content.recommendations.map((text, position) => ({ kind: "recommendation", position, text })),
  ].filter((n) => n.text.trim() !== "");
  for (const batch of chunks(notes)) {
    await trx
      .insertInto("report_notes")
      .values(
        batch.map((n) => ({ report_id: reportId, kind: n.kind, position: n.position, text: n.text.normalize("NFC") })),
      )
      .execute();
  }

  await insertFindings(trx, reportId, content.findings, sectionAt);
  return { id: reportId };
}

function validateSections(sections: readonly SectionContent[]): void {
  sections.forEach((s, i) => {
    if (!Number.isInteger(s.level) || s.level < 1 || s.level > 9) {
      throw new UserError("INVALID_INPUT", `Cấp đề mục phải từ 1 đến 9 (mục "${s.title}" có cấp ${s.level}).`, {
        field: `sections[${i}].level`,
        ...(s.sourceLine ? { line: s.sourceLine } : {}),
      });
    }
  });
}

/**
 * Inserts a report's sections in their order (NFC text) and links each to its parent by level; returns the new ids
 * by position. `divisionId` resolves a section's division code (absent: no division).
 */
export async function insertSections(
  trx: Transaction<DB> | Kysely<DB>,
  reportId: number,
  sections: readonly SectionContent[],
  options: { updatedBy: number | null; divisionId?: (code: string | null | undefined, field: string) => number | null },
): Promise<number[]> {
  const sectionIds: number[] = [];
  if (sections.length === 0) return sectionIds;
  const rows = await trx
    .insertInto("report_sections")
    .values(
      sections.map((s, i) => ({
        report_id: reportId,
        position: i,
        template_key: s.templateKey ?? null,
        number: s.number,
        title: s.title.normalize("NFC"),
        level: s.level,
        content_kind: s.contentKind ?? "narrative",
        body: s.body.normalize("NFC"),
        division_unit_id: options.divisionId?.(s.divisionCode, `sections[${i}].divisionCode`) ?? null,
        updated_by: options.updatedBy,
        source_line: s.sourceLine ?? null,
      })),
    )
    .returning(["id", "position"])
    .execute();
  for (const r of rows) sectionIds[r.position] = r.id;
  const parents = parentPositions(sections);
  const children = parents.flatMap((p, i) => (p === null ? [] : [sectionIds[i]!]));
  const parentIds = parents.flatMap((p) => (p === null ? [] : [sectionIds[p]!]));
  if (children.length > 0) {
    await sql`update report_sections set parent_id = m.parent_id
      from (select unnest(${children}::int[]) as id, unnest(${parentIds}::int[]) as parent_id) m
      where report_sections.id = m.id`.execute(trx);
  }
  return sectionIds;
}

/** For each section, the position of the nearest earlier section of a lower level (its parent), or null. */
export function parentPositions(sections: readonly Pick<SectionContent, "level">[]): (number | null)[] {
  const stack: number[] = [];
  return sections.map((s, i) => {
    while (stack.length > 0 && sections[stack.at(-1)!]!.level >= s.level) stack.pop();
    const parent = stack.at(-1) ?? null;
    stack.push(i);
    return parent;
  });
}

/** Finds the section a source line falls in: the last section starting at or before it. */
function sectionLocator(
  sections: readonly SectionContent[],
  ids: readonly number[],
): (line: number | null | undefined) => number | null {
  const starts = sections
    .map((s, i) => ({ line: s.sourceLine ?? null, id: ids[i]! }))
    .filter((s): s is { line: number; id: number } => s.line !== null)
    .sort((a, b) => a.line - b.line);
  return (line) => {
    if (line === null || line === undefined) return null;
    let found: number | null = null;
    for (const s of starts) {
      if (s.line > line) break;
      found = s.id;
    }
    return found;
  };
}

async function indicatorsByCode(
  db: Kysely<DB>,
  codes: readonly string[],
): Promise<Map<string, { id: number; categories: Set<string> }>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .selectFrom("indicators as i")
    .leftJoin("indicator_disaggregations as d", "d.indicator_id", "i.id")
    .select(["i.id", "i.code", "d.code as category"])
    .where("i.code", "in", unique)
    .execute();
  const out = new Map<string, { id: number; categories: Set<string> }>();
  for (const r of rows) {
    const entry = out.get(r.code) ?? { id: r.id, categories: new Set<string>() };
    if (r.category) entry.categories.add(r.category);
    out.set(r.code, entry);
  }
  return out;
}

function invalidReference(message: string, field: string): UserError {
  return new UserError("INVALID_REFERENCE", message, { field });
}

function unknownIndicator(code: string, field: string): UserError {
  return invalidReference(`Không có chỉ tiêu mã "${code}" trong danh mục chỉ tiêu.`, field);
}

function translateReportViolation(error: unknown, content: ReportContent): never {
  const constraint = (error as { constraint?: string }).constraint;
  const period = `kỳ ${content.periodCode}`;
  const duplicate: [string, string] = [
    `Đơn vị "${content.unitCode}" đã có báo cáo theo chế độ "${content.regimeCode}" cho ${period}. Hãy mở báo cáo đó thay vì tạo mới.`,
    "periodCode",
  ];
  const messages: Record<string, [string, string]> = {
    reports_current_uq: duplicate,
    reports_regime_unit_period_uq: duplicate,
    reports_register_uq: [
      `Số ${content.number}/${content.docType} của năm ${content.issuedOn?.slice(0, 4) ?? ""} đã được cấp cho một văn bản khác của đơn vị.`,
      "number",
    ],
    reports_source_file_uq: ["Tệp này đã được nhập thành một báo cáo.", "sourceFileId"],
  };
  const known = constraint ? messages[constraint] : undefined;
  if (known) translateDbError(error, { unique: known[0], field: known[1] });
  translateDbError(error, {});
}
