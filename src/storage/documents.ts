import { type Kysely, sql } from "kysely";
import { abbreviationOfType, normalizeDocumentCode, parseDocumentCode } from "../domain/citation.js";
import type { CitationPlace, CitedDocument, CitedDocumentDetail } from "../domain/records.js";
import type { ExtractedReference } from "../domain/report.js";
import { foldText } from "../domain/vn-text.js";
import { notFound } from "./db-errors.js";
import type { DB } from "./schema.js";
import { escapeLike } from "./sql-helpers.js";

/**
 * The registry key of a cited document: its code and year of issue ("742/STTTT-TTBCXB@2020"), since agencies
 * reuse numbers every year. The year is the one written in the code, else the citation's date's; a citation
 * with neither gets "@?" and stays apart from the dated ones.
 */
export function documentKey(reference: Pick<ExtractedReference, "code" | "date">): string {
  const code = normalizeDocumentCode(reference.code).toUpperCase();
  return `${code}@${documentYear(reference) ?? "?"}`;
}

function documentYear(reference: Pick<ExtractedReference, "code" | "date">): number | null {
  const inCode = parseDocumentCode(reference.code)?.year;
  if (inCode) return inCode;
  return reference.date ? Number(reference.date.slice(0, 4)) : null;
}

/**
 * Registers the documents the references cite (one per key), filling what an earlier citation left unknown
 * (type, date, issuer); returns the document id of each key.
 */
export async function registerDocuments(
  db: Kysely<DB>,
  references: readonly ExtractedReference[],
): Promise<Map<string, number>> {
  const byKey = new Map<string, ExtractedReference>();
  for (const ref of references) {
    const key = documentKey(ref);
    const seen = byKey.get(key);
    byKey.set(
      key,
      seen
        ? { ...seen, type: seen.type ?? ref.type, date: seen.date ?? ref.date, issuer: seen.issuer ?? ref.issuer }
        : ref,
    );
  }
  if (byKey.size === 0) return new Map();
  const rows = await db
    .insertInto("documents")
    .values(
      [...byKey].map(([key, ref]) => ({
        key,
        code: normalizeDocumentCode(ref.code),
        type_word: ref.type,
        type_abbr: parseDocumentCode(ref.code)?.typeAbbr ?? (ref.type ? abbreviationOfType(ref.type) : null),
        issued_on: ref.date,
        year: documentYear(ref),
        issuer: ref.issuer,
      })),
    )
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        type_word: sql`coalesce(documents.type_word, excluded.type_word)`,
        type_abbr: sql`coalesce(documents.type_abbr, excluded.type_abbr)`,
        issued_on: sql`coalesce(documents.issued_on, excluded.issued_on)`,
        issuer: sql`coalesce(documents.issuer, excluded.issuer)`,
      }),
    )
    .returning(["id", "key"])
    .execute();
  return new Map(rows.map((r) => [r.key, r.id]));
}

export interface DocumentQuery {
  /** Part of the code, type word or subject, with or without diacritics ("quyet dinh 1519"). */
  q?: string | undefined;
  year?: number | undefined;
  typeAbbr?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** Registry documents matching every criterion, most cited first, each with how often it is cited. */
export async function findDocuments(db: Kysely<DB>, query: DocumentQuery = {}): Promise<CitedDocument[]> {
  let select = db
    .selectFrom("documents as d")
    .selectAll("d")
    .select((eb) =>
      eb
        .selectFrom("citations as c")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("c.document_id", "=", "d.id")
        .as("citation_count"),
    )
    .orderBy("citation_count", "desc")
    .orderBy("d.code")
    .limit(query.limit ?? 100)
    .offset(query.offset ?? 0);
  if (query.year) select = select.where("d.year", "=", query.year);
  if (query.typeAbbr) select = select.where("d.type_abbr", "=", query.typeAbbr);
  const q = query.q ? foldText(query.q) : "";
  // Every word must appear somewhere, so "quyet dinh 1519" finds "Quyết định ... 1519/QĐ-UBND".
  for (const word of q.split(" ").filter(Boolean)) {
    const pattern = `%${escapeLike(word)}%`;
    select = select.where(
      sql<boolean>`f_unaccent(d.code || ' ' || coalesce(d.type_word, '') || ' ' || coalesce(d.subject, '')) like f_unaccent(${pattern})`,
    );
  }
  const rows = await select.execute();
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    code: r.code,
    typeWord: r.type_word,
    typeAbbr: r.type_abbr,
    issuedOn: r.issued_on,
    year: r.year,
    issuer: r.issuer,
    subject: r.subject,
    citationCount: Number(r.citation_count ?? 0),
  }));
}

/** One registry document with every place it is cited (report, section, line); NOT_FOUND otherwise. */
export async function getDocument(db: Kysely<DB>, id: number): Promise<CitedDocumentDetail> {
  const d = await db.selectFrom("documents").selectAll().where("id", "=", id).executeTakeFirst();
  if (!d) throw notFound(`văn bản số ${id} trong sổ văn bản được trích dẫn`, "documentId");
  const places = await db
    .selectFrom("citations as c")
    .innerJoin("reports as r", "r.id", "c.report_id")
    .innerJoin("units as u", "u.id", "r.unit_id")
    .leftJoin("report_sections as s", "s.id", "c.section_id")
    .select([
      "c.id",
      "c.report_id",
      "r.title",
      "u.code",
      "r.period_code",
      "c.section_id",
      "s.title as section_title",
      "c.quote",
      "c.source_line",
    ])
    .where("c.document_id", "=", id)
    .orderBy("r.period_code", "desc")
    .orderBy("u.code")
    .orderBy("c.id")
    .execute();
  const citations: CitationPlace[] = places.map((p) => ({
    citationId: p.id,
    reportId: p.report_id,
    reportTitle: p.title,
    unitCode: p.code,
    periodCode: p.period_code,
    sectionId: p.section_id,
    sectionTitle: p.section_title,
    quote: p.quote,
    sourceLine: p.source_line,
  }));
  return {
    id: d.id,
    key: d.key,
    code: d.code,
    typeWord: d.type_word,
    typeAbbr: d.type_abbr,
    issuedOn: d.issued_on,
    year: d.year,
    issuer: d.issuer,
    subject: d.subject,
    citationCount: citations.length,
    citations,
  };
}

/** The id of the registry document with this key (see documentKey), or null. */
export async function findDocumentIdByKey(db: Kysely<DB>, key: string): Promise<number | null> {
  const row = await db.selectFrom("documents").select("id").where("key", "=", key).executeTakeFirst();
  return row?.id ?? null;
}
