import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/database.js";
import { buildRegime, buildReport, uniqueSuffix } from "../../test/factories.js";
import type { Database } from "./database.js";
import { searchSections, searchTasks } from "./search.js";

describe(`text search on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database.close());

  it.each([
    ["ky so", "ký số"],
    ["KÝ SỐ", "ký số"],
    ["dam bao an toan", "đảm bảo an toàn"],
    ["đảm bảo", "đảm bảo an toàn"],
  ])("finds sections and tasks ignoring diacritics: %j finds %j", async (q, written) => {
    const s = uniqueSuffix();
    const regime = await buildRegime(database.db);
    const { report, department } = await buildReport(database.db, {
      regime,
      content: {
        sections: [
          {
            number: "1",
            title: "Công nghệ thông tin",
            level: 1,
            body: `Mã ${s}: tiếp tục ${written} văn bản đi của các cơ quan.`,
            sourceLine: 1,
          },
        ],
        tasks: [{ text: `Nhiệm vụ ${s}: ${written} cho hệ thống một cửa điện tử.` }],
      },
    });
    const sections = await searchSections(database.db, { q: `${q} ${s.toLowerCase()}` });
    expect(sections.map((h) => [h.reportId, h.title])).toEqual([[report.id, "Công nghệ thông tin"]]);
    expect(sections[0]!.excerpt).toContain(written);
    const tasks = await searchTasks(database.db, { q: `${s} ${q}`, unitIds: [department.department.id] });
    expect(tasks.map((h) => h.text)).toEqual([`Nhiệm vụ ${s}: ${written} cho hệ thống một cửa điện tử.`]);
    expect(await searchTasks(database.db, { q: `${s} ${q}`, unitIds: [] })).toEqual([]);
  });

  it("finds nothing for blank text and requires every word", async () => {
    expect(await searchSections(database.db, { q: "   " })).toEqual([]);
    expect(await searchTasks(database.db, { q: `ky so ${uniqueSuffix()}` })).toEqual([]);
  });

  it("cuts a long body around the match", async () => {
    const s = uniqueSuffix();
    const body = `${"Nội dung mở đầu. ".repeat(20)}Chữ ký số ${s} đã cấp. ${"Nội dung tiếp theo. ".repeat(20)}`;
    await buildReport(database.db, { content: { sections: [{ number: "1", title: "CNTT", level: 1, body }] } });
    const [hit] = await searchSections(database.db, { q: s });
    expect(hit!.excerpt.startsWith("…")).toBe(true);
    expect(hit!.excerpt.endsWith("…")).toBe(true);
    expect(hit!.excerpt).toContain(`Chữ ký số ${s}`);
    expect(hit!.excerpt.length).toBeLessThanOrEqual(202);
  });
});
