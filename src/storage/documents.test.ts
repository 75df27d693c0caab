import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/database.js";
import { buildRegime, buildReport, uniqueSuffix } from "../../test/factories.js";
import type { ExtractedReference } from "../domain/report.js";
import type { Database } from "./database.js";
import { documentKey, findDocumentIdByKey, findDocuments, getDocument, registerDocuments } from "./documents.js";

describe("documentKey", () => {
  it.each([
    ["742/STTTT-TTBCXB", "2020-07-27", "742/STTTT-TTBCXB@2020"],
    ["742/STTTT-TTBCXB", "2021-03-02", "742/STTTT-TTBCXB@2021"],
    ["185/2019/TT-BQP", null, "185/2019/TT-BQP@2019"],
    ["185/2019/TT- BQP", "2019-12-30", "185/2019/TT-BQP@2019"],
    ["47/2020/NĐ-CP", "2020-04-08", "47/2020/NĐ-CP@2020"],
    ["1519/qđ-ubnd", "2025-08-12", "1519/QĐ-UBND@2025"],
    ["34-CT/TW", null, "34-CT/TW@?"],
    ["52", null, "52@?"],
  ])("%s dated %s is %s", (code, date, key) => {
    expect(documentKey({ code, date })).toBe(key);
  });
});

describe(`cited-document registry on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database.close());

  function reference(code: string, overrides: Partial<ExtractedReference> = {}): ExtractedReference {
    return {
      type: "Quyết định",
      code,
      date: "2025-08-12",
      issuer: null,
      quote: `Quyết định số ${code}`,
      line: 5,
      ...overrides,
    };
  }

  it("registers one document per code and year, filling what a later citation knows", async () => {
    const code = `${Math.floor(Math.random() * 9000) + 1000}/QĐ-UBND${uniqueSuffix()}`;
    const ids = await registerDocuments(database.db, [
      reference(code, { type: null }),
      reference(code, { issuer: "UBND tỉnh Cao Bằng" }),
      reference(code, { date: "2024-01-05" }),
      reference(code, { date: null }),
    ]);
    expect(ids.size).toBe(3);
    const again = await registerDocuments(database.db, [reference(code, { issuer: "Ủy ban khác" })]);
    const id2025 = again.get(documentKey({ code, date: "2025-08-12" }))!;
    expect(ids.get(documentKey({ code, date: "2025-08-12" }))).toBe(id2025);
    const doc = await getDocument(database.db, id2025);
    expect(doc).toMatchObject({
      code,
      typeWord: "Quyết định",
      typeAbbr: "QĐ",
      issuedOn: "2025-08-12",
      year: 2025,
      issuer: "UBND tỉnh Cao Bằng",
      citationCount: 0,
    });
    expect(ids.get(`${code.toUpperCase()}@?`)).toBeDefined();
  });

  it("lists every place a document is cited, with report, section and line", async () => {
    const regime = await buildRegime(database.db);
    const code = `${uniqueSuffix()}/STTTT-VP`;
    const refs = [
      reference(code, { type: "Công văn", date: "2025-07-27", line: 21, quote: `Công văn số ${code} ngày 27/7/2025` }),
    ];
    const a = await buildReport(database.db, { regime, content: { references: refs } });
    const b = await buildReport(database.db, { regime, content: { references: refs, periodCode: "2025-09" } });
    const id = (await findDocumentIdByKey(database.db, documentKey({ code, date: "2025-07-27" })))!;
    const doc = await getDocument(database.db, id);
    expect(doc.citationCount).toBe(2);
    expect(doc.citations.map((c) => [c.reportId, c.periodCode, c.sectionTitle, c.sourceLine])).toEqual([
      [a.report.id, "2025-10", "Công nghệ thông tin", 21],
      [b.report.id, "2025-09", "Công nghệ thông tin", 21],
    ]);
    expect(doc.citations[0]!.quote).toBe(`Công văn số ${code} ngày 27/7/2025`);
  });

  it.each([
    ["quyet dinh", "Quyết định"],
    ["QUYẾT ĐỊNH", "Quyết định"],
    ["cong van", "Công văn"],
    ["chi thi", "Chỉ thị"],
  ])("finds documents ignoring diacritics: %j finds a %s", async (q, type) => {
    const number = uniqueSuffix();
    await registerDocuments(database.db, [reference(`${number}/UBND-VX`, { type })]);
    const found = await findDocuments(database.db, { q: `${q} ${number.toLowerCase()}` });
    expect(found.map((d) => [d.code, d.typeWord])).toEqual([[`${number}/UBND-VX`, type]]);
  });

  it("filters documents by year and type abbreviation, most cited first", async () => {
    const s = uniqueSuffix();
    await registerDocuments(database.db, [
      reference(`1/QĐ-X${s}`, { date: "2023-01-01" }),
      reference(`2/KH-X${s}`, { type: "Kế hoạch", date: "2023-01-01" }),
    ]);
    expect((await findDocuments(database.db, { q: s, year: 2023, typeAbbr: "KH" })).map((d) => d.code)).toEqual([
      `2/KH-X${s}`,
    ]);
    expect(await findDocuments(database.db, { q: s, year: 2024 })).toEqual([]);
    await expect(getDocument(database.db, 987654321)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
