import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/database.js";
import { buildDepartment, buildRegime, buildReportContent } from "../../test/factories.js";
import type { Database } from "./database.js";
import { findIndicatorValues } from "./indicator-values.js";
import { insertReportContent } from "./report-content.js";

describe(`indicator values across units and periods on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database.close());

  it("returns each unit's value per period, filtered by period, unit, state and category", async () => {
    const regime = await buildRegime(database.db);
    const [out, signed] = regime.indicators.map((i) => i.indicatorCode);
    const caoBang = await buildDepartment(database.db, { provinceCode: "04" });
    const vinhLong = await buildDepartment(database.db, { provinceCode: "86" });
    const values = (docs: number, signedDocs: number) => [
      { indicatorCode: out!, value: docs, provenance: "typed" as const },
      { indicatorCode: out!, disaggregation: "online", value: docs - 100, provenance: "typed" as const },
      { indicatorCode: signed!, value: signedDocs, provenance: "typed" as const },
    ];
    for (const [dept, periodCode, state, docs, signedDocs] of [
      [caoBang, "2025-09", "sent", 29097, 16681],
      [caoBang, "2025-10", "draft", 30100, 17002],
      [vinhLong, "2025-09", "sent", 41250, 30012],
    ] as const) {
      await insertReportContent(
        database.db,
        buildReportContent(dept, regime, { periodCode, state, values: values(docs, signedDocs), figures: [] }),
      );
    }
    const all = await findIndicatorValues(database.db, { indicatorCodes: [out!], regimeCode: regime.code });
    expect(all.map((v) => [v.unitCode, v.periodCode, v.value])).toEqual(
      [
        [caoBang.department.code, "2025-09", 29097],
        [vinhLong.department.code, "2025-09", 41250],
        [caoBang.department.code, "2025-10", 30100],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1])) || String(a[0]).localeCompare(String(b[0]))),
    );
    const sent = await findIndicatorValues(database.db, {
      indicatorCodes: [out!, signed!],
      periodCodes: ["2025-9"],
      states: ["issued", "sent"],
      unitIds: [caoBang.department.id],
    });
    expect(sent.map((v) => [v.indicatorCode, v.value])).toEqual([
      [out, 29097],
      [signed, 16681],
    ]);
    const categories = await findIndicatorValues(database.db, {
      indicatorCodes: [out!],
      unitIds: [vinhLong.department.id],
      totalsOnly: false,
    });
    expect(categories.map((v) => [v.disaggregation, v.value])).toEqual([
      ["", 41250],
      ["online", 41150],
    ]);
    expect(await findIndicatorValues(database.db, { indicatorCodes: [] })).toEqual([]);
    expect(
      await findIndicatorValues(database.db, { indicatorCodes: [out!], regimeCode: regime.code, fromYear: 2026 }),
    ).toEqual([]);
  });
});
