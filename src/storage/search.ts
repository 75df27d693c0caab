import { type Kysely, sql } from "kysely";
import type { TaskStatus } from "../domain/report.js";
import { foldText } from "../domain/vn-text.js";
import type { DB } from "./schema.js";
import { escapeLike } from "./sql-helpers.js";

export interface TextSearch {
  /** Words to find, with or without diacritics ("ky so" finds "ký số"); every word must occur. */
  q: string;
  /** Only reports of these units (what the user may see); all when absent. */
  unitIds?: readonly number[] | undefined;
  limit?: number | undefined;
}

/** A section whose title or text matches, with its report. */
export interface SectionHit {
  reportId: number;
  reportTitle: string;
  unitCode: string;
  periodCode: string;
  sectionId: number;
  number: string | null;
  title: string;
  /** Up to 200 characters of the body around the first match. */
  excerpt: string;
}

/** A planned task whose text matches, with its report. */
export interface TaskHit {
  reportId: number;
  reportTitle: string;
  unitCode: string;
  periodCode: string;
  taskId: number;
  text: string;
  status: TaskStatus;
  plannedPeriodCode: string | null;
}

function words(q: string): string[] {
  return foldText(q).split(" ").filter(Boolean);
}

/** Sections of current reports matching every word, ignoring diacritics and case, newest period first. */
export async function searchSections(db: Kysely<DB>, search: TextSearch): Promise<SectionHit[]> {
  const terms = words(search.q);
  if (terms.length === 0) return [];
  let query = db
    .selectFrom("report_sections as s")
    .innerJoin("reports as r", "r.id", "s.report_id")
    .innerJoin("units as u", "u.id", "r.unit_id")
    .select([
      "r.id as report_id",
      "r.title as report_title",
      "u.code",
      "r.period_code",
      "s.id",
      "s.number",
      "s.title",
      "s.body",
    ])
    .where("r.is_current", "=", true)
    .orderBy("r.period_code", "desc")
    .orderBy("s.report_id")
    .orderBy("s.position")
    .limit(search.limit ?? 50);
  // The same expression as report_sections_search_idx, so the trigram index serves it.
  for (const term of terms) {
    query = query.where(sql<boolean>`f_unaccent(s.title || ' ' || s.body) like f_unaccent(${`%${escapeLike(term)}%`})`);
  }
  if (search.unitIds) query = query.where("r.unit_id", "in", search.unitIds.length ? [...search.unitIds] : [-1]);
  const rows = await query.execute();
  return rows.map((r) => ({
    reportId: r.report_id,
    reportTitle: r.report_title,
    unitCode: r.code,
    periodCode: r.period_code,
    sectionId: r.id,
    number: r.number,
    title: r.title,
    excerpt: excerptAround(r.body, terms[0]!),
  }));
}

/** Planned tasks of current reports matching every word, ignoring diacritics and case, newest period first. */
export async function searchTasks(db: Kysely<DB>, search: TextSearch): Promise<TaskHit[]> {
  const terms = words(search.q);
  if (terms.length === 0) return [];
  let query = db
    .selectFrom("tasks as t")
    .innerJoin("reports as r", "r.id", "t.report_id")
    .innerJoin("units as u", "u.id", "r.unit_id")
    .select([
      "r.id as report_id",
      "r.title as report_title",
      "u.code",
      "r.period_code",
      "t.id",
      "t.text",
      "t.status",
      "t.planned_period_code",
    ])
    .where("r.is_current", "=", true)
    .orderBy("r.period_code", "desc")
    .orderBy("t.report_id")
    .orderBy("t.position")
    .limit(search.limit ?? 50);
  for (const term of terms) {
    query = query.where(sql<boolean>`f_unaccent(t.text) like f_unaccent(${`%${escapeLike(term)}%`})`);
  }
  if (search.unitIds) query = query.where("r.unit_id", "in", search.unitIds.length ? [...search.unitIds] : [-1]);
  const rows = await query.execute();
  return rows.map((r) => ({
    reportId: r.report_id,
    reportTitle: r.report_title,
    unitCode: r.code,
    periodCode: r.period_code,
    taskId: r.id,
    text: r.text,
    status: r.status as TaskStatus,
    plannedPeriodCode: r.planned_period_code,
  }));
}

/**
 * Up to 200 characters of `body` around the first occurrence of the folded `term`. Stored text is NFC, where
 * every Vietnamese letter folds to one character, so positions in the folded text are positions in the body.
 */
function excerptAround(body: string, term: string): string {
  const folded = body
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d");
  const at = folded.indexOf(term);
  const start = at < 0 ? 0 : Math.max(0, at - 60);
  const end = Math.min(body.length, start + 200);
  return `${start > 0 ? "…" : ""}${body.slice(start, end).trim()}${end < body.length ? "…" : ""}`;
}
