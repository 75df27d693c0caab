import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/database.js";
import { buildUser, uniqueSuffix } from "../../test/factories.js";
import type { Database } from "./database.js";
import {
  findReportIdBySourceFile,
  findSourceFileBySha256,
  getSourceFileBySha256,
  getSourceFileContent,
  saveSourceFile,
} from "./source-files.js";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe(`source files on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database.close());

  function reportBytes(): Uint8Array {
    return new TextEncoder().encode(`BÁO CÁO Công tác thông tin và truyền thông tháng 10/2025 — ${uniqueSuffix()}\n`);
  }

  it("stores the bytes under their SHA-256 and gives them back unchanged", async () => {
    const user = await buildUser(database.db);
    const bytes = reportBytes();
    const saved = await saveSourceFile(database.db, {
      fileName: "BC thang 10.docx",
      mediaType: DOCX,
      bytes,
      uploadedBy: user.id,
    });
    expect(saved).toMatchObject({
      isNew: true,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      fileName: "BC thang 10.docx",
      sizeBytes: bytes.byteLength,
      uploadedBy: user.id,
    });
    const back = await getSourceFileContent(database.db, saved.id);
    expect(Buffer.from(back.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect((await getSourceFileBySha256(database.db, saved.sha256.toUpperCase())).id).toBe(saved.id);
  });

  it("returns the first file's id when the same bytes come again, under any name, and stores nothing new", async () => {
    const bytes = reportBytes();
    const first = await saveSourceFile(database.db, { fileName: "a.docx", mediaType: DOCX, bytes });
    const count = async () =>
      Number(
        (
          await database.db
            .selectFrom("source_files")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const again = await saveSourceFile(database.db, {
      fileName: "ban sao.docx",
      mediaType: DOCX,
      bytes: Uint8Array.from(bytes),
    });
    expect(again).toMatchObject({ id: first.id, isNew: false, fileName: "a.docx" });
    expect(await count()).toBe(before);
    const other = await saveSourceFile(database.db, { fileName: "a.docx", mediaType: DOCX, bytes: reportBytes() });
    expect(other.id).not.toBe(first.id);
  });

  it("finds nothing for unknown hashes and files without a report", async () => {
    expect(await findSourceFileBySha256(database.db, "0".repeat(64))).toBeNull();
    await expect(getSourceFileBySha256(database.db, "0".repeat(64))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSourceFileContent(database.db, 987654321)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const saved = await saveSourceFile(database.db, {
      fileName: "b.md",
      mediaType: "text/markdown",
      bytes: reportBytes(),
    });
    expect(await findReportIdBySourceFile(database.db, saved.id)).toBeNull();
  });
});
