import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { SourceFile } from "../domain/records.js";
import { notFound } from "./db-errors.js";
import type { DB } from "./schema.js";

export interface NewSourceFile {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
  uploadedBy?: number | null;
}

const COLUMNS = ["id", "sha256", "file_name", "media_type", "size_bytes", "uploaded_by", "uploaded_at"] as const;

/**
 * Stores an imported file once, keyed by the SHA-256 of its bytes. The same bytes a second time return the
 * first stored file (`isNew` false) and store nothing, whatever the file is called now.
 */
export async function saveSourceFile(db: Kysely<DB>, file: NewSourceFile): Promise<SourceFile & { isNew: boolean }> {
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const inserted = await db
    .insertInto("source_files")
    .values({
      sha256,
      file_name: file.fileName.normalize("NFC"),
      media_type: file.mediaType,
      size_bytes: file.bytes.byteLength,
      content: file.bytes,
      uploaded_by: file.uploadedBy ?? null,
    })
    .onConflict((oc) => oc.column("sha256").doNothing())
    .returning(COLUMNS)
    .executeTakeFirst();
  if (inserted) return { ...toSourceFile(inserted), isNew: true };
  return { ...(await getSourceFileBySha256(db, sha256)), isNew: false };
}

/** The stored file with these bytes' SHA-256 (lower-case hex), or null. */
export async function findSourceFileBySha256(db: Kysely<DB>, sha256: string): Promise<SourceFile | null> {
  const row = await db
    .selectFrom("source_files")
    .select(COLUMNS)
    .where("sha256", "=", sha256.toLowerCase())
    .executeTakeFirst();
  return row ? toSourceFile(row) : null;
}

/** The stored file with this SHA-256; NOT_FOUND otherwise. */
export async function getSourceFileBySha256(db: Kysely<DB>, sha256: string): Promise<SourceFile> {
  const file = await findSourceFileBySha256(db, sha256);
  if (!file) throw notFound(`tệp gốc có mã băm ${sha256}`, "sha256");
  return file;
}

/** A stored file with its bytes (to download the original); NOT_FOUND otherwise. */
export async function getSourceFileContent(db: Kysely<DB>, id: number): Promise<SourceFile & { bytes: Uint8Array }> {
  const row = await db
    .selectFrom("source_files")
    .select([...COLUMNS, "content"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw notFound(`tệp gốc số ${id}`, "sourceFileId");
  return { ...toSourceFile(row), bytes: new Uint8Array(row.content) };
}

/** The id of the report imported from a stored file, or null (re-importing a file creates nothing new). */
export async function findReportIdBySourceFile(db: Kysely<DB>, sourceFileId: number): Promise<number | null> {
  const row = await db.selectFrom("reports").select("id").where("source_file_id", "=", sourceFileId).executeTakeFirst();
  return row?.id ?? null;
}

function toSourceFile(row: {
  id: number;
  sha256: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  uploaded_by: number | null;
  uploaded_at: Date;
}): SourceFile {
  return {
    id: row.id,
    sha256: row.sha256,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    uploadedBy: row.uploaded_by,
    uploadedAt: new Date(row.uploaded_at),
  };
}
