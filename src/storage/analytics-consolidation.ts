import type { Kysely } from "kysely";
import type { DB } from "./schema.js";

/** What a consolidated summary quotes from one subordinate's report. */
export interface ConsolidationSource {
  reportId: number;
  numberText: string | null;
  notes: { kind: "difficulty" | "recommendation"; text: string }[];
  sections: { id: number; number: string | null; title: string; level: number; contentKind: string; body: string }[];
}

/** The notes and narrative sections of the given reports (two queries, by report id). */
export async function findConsolidationSources(
  db: Kysely<DB>,
  reportIds: readonly number[],
): Promise<Map<number, ConsolidationSource>> {
  const result = new Map<number, ConsolidationSource>();
  if (reportIds.length === 0) return result;
  const ids = [...reportIds];
  const [reports, notes, sections] = await Promise.all([
    db.selectFrom("reports").select(["id", "number_text"]).where("id", "in", ids).execute(),
    db
      .selectFrom("report_notes")
      .select(["report_id", "kind", "text"])
      .where("report_id", "in", ids)
      .orderBy("report_id")
      .orderBy("kind")
      .orderBy("position")
      .execute(),
    db
      .selectFrom("report_sections")
      .select(["id", "report_id", "number", "title", "level", "content_kind", "body"])
      .where("report_id", "in", ids)
      .where("content_kind", "=", "narrative")
      .where("body", "<>", "")
      .orderBy("report_id")
      .orderBy("position")
      .execute(),
  ]);
  for (const r of reports) result.set(r.id, { reportId: r.id, numberText: r.number_text, notes: [], sections: [] });
  for (const n of notes) {
    result.get(n.report_id)?.notes.push({ kind: n.kind as "difficulty" | "recommendation", text: n.text });
  }
  for (const s of sections) {
    result.get(s.report_id)?.sections.push({
      id: s.id,
      number: s.number,
      title: s.title,
      level: s.level,
      contentKind: s.content_kind,
      body: s.body,
    });
  }
  return result;
}
