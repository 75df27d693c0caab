import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/database.js";
import { buildIndicatorDefinitions, buildRegime, buildRegimeDefinition, uniqueSuffix } from "../../test/factories.js";
import type { Database } from "./database.js";
import { findIndicators, getIndicatorByCode, upsertIndicators } from "./indicators.js";
import { findRegimes, getRegimeByCode, getRegimeById, upsertRegimes } from "./regimes.js";

describe(`indicator catalogue and regimes on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database.close());

  it("stores indicators with their categories and reads them back as defined", async () => {
    const defs = buildIndicatorDefinitions();
    await upsertIndicators(database.db, defs);
    const out = await getIndicatorByCode(database.db, defs[0]!.code);
    expect(out).toMatchObject({
      code: defs[0]!.code,
      name: "Tổng số văn bản đi",
      field: "van-phong",
      unitOfMeasure: "văn bản",
      valueType: "integer",
      aggregationUnits: "sum",
      isCumulative: false,
      keywords: ["van ban di"],
    });
    expect(out.disaggregations.map((d) => d.code)).toEqual(["online", "paper"]);
    const rate = await getIndicatorByCode(database.db, defs[2]!.code);
    expect(rate).toMatchObject({
      aggregationUnits: "ratio",
      numeratorCode: defs[1]!.code,
      denominatorCode: defs[0]!.code,
    });
  });

  it("is idempotent and makes the categories exactly the given ones", async () => {
    const defs = buildIndicatorDefinitions();
    await upsertIndicators(database.db, defs);
    await upsertIndicators(database.db, defs);
    const first = defs[0]!;
    await upsertIndicators(database.db, [
      {
        ...first,
        name: "Tổng số văn bản phát hành",
        disaggregations: [{ dimension: "channel", code: "online", name: "Qua mạng" }],
      },
    ]);
    const again = await getIndicatorByCode(database.db, first.code);
    expect(again.name).toBe("Tổng số văn bản phát hành");
    expect(again.disaggregations).toEqual([{ dimension: "channel", code: "online", name: "Qua mạng" }]);
  });

  it("refuses a ratio without numerator and denominator", async () => {
    const [, , rate] = buildIndicatorDefinitions();
    await expect(upsertIndicators(database.db, [{ ...rate!, numeratorCode: null }])).rejects.toMatchObject({
      code: "INVALID_INPUT",
      location: { field: "indicators[0].numeratorCode" },
    });
  });

  it("finds indicators by field, codes and accent-insensitive name", async () => {
    const s = uniqueSuffix();
    const defs = buildIndicatorDefinitions(s);
    await upsertIndicators(database.db, defs);
    const codes = defs.map((d) => d.code);
    const signed = await findIndicators(database.db, { q: "KY SO", codes });
    expect(signed.map((i) => i.code)).toEqual([defs[1]!.code, defs[2]!.code]);
    const it = await findIndicators(database.db, { field: "cntt", codes });
    expect(it).toHaveLength(2);
    expect(await findIndicators(database.db, { codes: [] })).toEqual([]);
    expect(await findIndicators(database.db, { q: `doc_out_${s}` })).toHaveLength(1);
    await expect(getIndicatorByCode(database.db, "KHONG_CO")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("stores a regime with its outline and indicator form", async () => {
    const regime = await buildRegime(database.db);
    expect(regime.frequency).toBe("month");
    expect(regime.cutoff).toEqual({ startDay: 15, endDay: 14, startInPreviousMonth: true });
    expect(regime.deadlines).toEqual([{ level: "department", day: 15, monthOffset: 0, moveToNextWorkingDay: true }]);
    expect(regime.submittingUnitKinds).toEqual(["department"]);
    expect(regime.outline.map((s) => [s.key, s.parentKey, s.contentKind])).toEqual([
      ["ket-qua", null, "narrative"],
      ["van-phong", "ket-qua", "narrative"],
      ["cntt", "ket-qua", "narrative"],
      ["nhiem-vu", null, "tasks"],
      ["kien-nghi", null, "recommendations"],
    ]);
    expect(regime.indicators.map((i) => [i.sectionKey, i.isRequired, i.valueType])).toEqual([
      ["van-phong", true, "integer"],
      ["cntt", false, "integer"],
      ["cntt", false, "percent"],
    ]);
    expect(regime.indicators[0]!.name).toBe("Tổng số văn bản đi");
    expect((await getRegimeById(database.db, regime.id)).code).toBe(regime.code);
  });

  it("replaces the outline and form on a second load", async () => {
    const defs = buildIndicatorDefinitions();
    await upsertIndicators(database.db, defs);
    const def = buildRegimeDefinition(defs);
    await upsertRegimes(database.db, [def]);
    await upsertRegimes(database.db, [
      {
        ...def,
        name: "Báo cáo tháng (sửa đổi)",
        outline: def.outline.slice(0, 3),
        indicators: def.indicators.slice(0, 1),
      },
    ]);
    const regime = await getRegimeByCode(database.db, def.code);
    expect(regime.name).toBe("Báo cáo tháng (sửa đổi)");
    expect(regime.outline).toHaveLength(3);
    expect(regime.indicators.map((i) => i.indicatorCode)).toEqual([defs[0]!.code]);
  });

  it("refuses a form indicator missing from the catalogue, naming the field", async () => {
    const def = buildRegimeDefinition(buildIndicatorDefinitions());
    await expect(upsertRegimes(database.db, [def])).rejects.toMatchObject({
      code: "INVALID_REFERENCE",
      location: { field: "regimes[0].indicators[0].indicatorCode" },
    });
    await expect(getRegimeByCode(database.db, def.code)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses an outline whose parent is not declared before the child", async () => {
    const defs = buildIndicatorDefinitions();
    await upsertIndicators(database.db, defs);
    const def = buildRegimeDefinition(defs);
    const outline = [def.outline[1]!, def.outline[0]!, ...def.outline.slice(2)];
    await expect(upsertRegimes(database.db, [{ ...def, outline }])).rejects.toMatchObject({
      code: "INVALID_REFERENCE",
      location: { field: "regimes[0].outline[0].parentKey" },
    });
  });

  it("finds regimes by frequency, validity and accent-insensitive name", async () => {
    const regime = await buildRegime(database.db);
    const found = await findRegimes(database.db, { q: "hang thang", frequency: "month", at: "2025-10-15" });
    expect(found.map((r) => r.code)).toContain(regime.code);
    expect((await findRegimes(database.db, { q: regime.code, at: "2020-01-01" })).map((r) => r.code)).toEqual([]);
    expect((await findRegimes(database.db, { q: regime.code, frequency: "quarter" })).length).toBe(0);
  });
});
