import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testConfig } from "../../test/app.js";
import { openTestDatabase } from "../../test/database.js";
import {
  buildDepartment,
  buildIndicatorDefinitions,
  buildRegimeDefinition,
  buildReportContent,
  type Department,
  uniqueSuffix,
} from "../../test/factories.js";
import type { IndicatorDefinition } from "../domain/indicator.js";
import type { Regime } from "../domain/records.js";
import type { ReportContent, ReportState } from "../domain/report.js";
import type { AnalyticsActor } from "../policies/analytics.js";
import type { Database } from "../storage/database.js";
import { upsertIndicators } from "../storage/indicators.js";
import { getRegimeByCode, upsertRegimes } from "../storage/regimes.js";
import { insertReportContent } from "../storage/report-content.js";
import { upsertSuccessions } from "../storage/units.js";
import type { AppContext } from "./context.js";
import { type ExplorerResult, exploreIndicators } from "./explore-indicators.js";

let database: Database;
let ctx: AppContext;
let regime: Regime;
let code: { out: string; signed: string; rate: string; subs: string };
const d: Record<"traVinh" | "benTre" | "vinhLongOld" | "vinhLong", Department> = {} as never;

// Hand-made figures: [DOC_OUT, DOC_SIGNED, SUBS (stock)] per unit and month.
const FIGURES: Record<keyof typeof d, Record<string, [number, number, number]>> = {
  traVinh: { "2025-05": [100, 50, 1000], "2025-06": [120, 60, 1010] },
  benTre: { "2025-05": [200, 100, 2000], "2025-06": [180, 171, 2020] },
  vinhLongOld: { "2025-05": [300, 270, 3000], "2025-06": [300, 240, 3030] },
  vinhLong: { "2025-07": [700, 560, 6100] },
};

beforeAll(async () => {
  database = await openTestDatabase();
  ctx = { database, config: testConfig };
  const db = database.db;
  const s = uniqueSuffix();
  const base = buildIndicatorDefinitions(s);
  const subs: IndicatorDefinition = {
    code: `SUBS_${s}`,
    name: "Số thuê bao di động",
    field: "vien-thong",
    unitOfMeasure: "thuê bao",
    valueType: "integer",
    aggregationUnits: "sum",
    aggregationTime: "last",
    keywords: [],
  };
  await upsertIndicators(db, [...base, subs]);
  const def = buildRegimeDefinition([...base, subs]);
  await upsertRegimes(db, [def]);
  regime = await getRegimeByCode(db, def.code);
  code = { out: base[0]!.code, signed: base[1]!.code, rate: base[2]!.code, subs: subs.code };

  const old = { validTo: "2025-06-30" };
  d.traVinh = await buildDepartment(db, { code: `TV-${s}`, name: "Sở TT&TT Trà Vinh", provinceCode: "84", ...old });
  d.benTre = await buildDepartment(db, { code: `BT-${s}`, name: "Sở TT&TT Bến Tre", provinceCode: "83", ...old });
  d.vinhLongOld = await buildDepartment(db, {
    code: `VL-${s}`,
    name: "Sở TT&TT Vĩnh Long",
    provinceCode: "86",
    ...old,
  });
  d.vinhLong = await buildDepartment(db, {
    code: `VL-${s}-2025`,
    name: "Sở KH&CN Vĩnh Long",
    provinceCode: "86",
    validFrom: "2025-07-01",
  });
  await upsertSuccessions(
    db,
    [d.traVinh, d.benTre, d.vinhLongOld].map((from) => ({
      fromCode: from.department.code,
      toCode: d.vinhLong.department.code,
      effectiveDate: "2025-07-01",
      kind: "merge" as const,
    })),
  );
  for (const [key, months] of Object.entries(FIGURES)) {
    for (const [periodCode, [out, signed, stock]] of Object.entries(months)) {
      await report(d[key as keyof typeof d], periodCode, "sent", [
        { indicatorCode: code.out, value: out, provenance: "typed" },
        { indicatorCode: code.out, disaggregation: "online", value: out - 10, provenance: "typed" },
        { indicatorCode: code.out, disaggregation: "paper", value: 10, provenance: "typed" },
        { indicatorCode: code.signed, value: signed, provenance: "typed" },
        // A stored rate that must never be averaged: it is recomputed from its parts.
        { indicatorCode: code.rate, value: Math.round((signed / out) * 100), provenance: "computed" },
        { indicatorCode: code.subs, value: stock, provenance: "typed" },
      ]);
    }
  }
  // August: only categories written (the total is their sum), and still a draft.
  await report(d.vinhLong, "2025-08", "draft", [
    { indicatorCode: code.out, disaggregation: "online", value: 650, provenance: "typed" },
    { indicatorCode: code.out, disaggregation: "paper", value: 50, provenance: "typed" },
  ]);
});
afterAll(async () => database?.close());

async function report(department: Department, periodCode: string, state: ReportState, values: ReportContent["values"]) {
  await insertReportContent(
    database.db,
    buildReportContent(department, regime, {
      periodCode,
      state,
      values,
      figures: [],
      ...(state === "sent"
        ? {
            number: Number(periodCode.slice(5)),
            numberText: `${Number(periodCode.slice(5))}/BC-STTTT`,
            issuedOn: `${periodCode}-14`,
            sentAt: `${periodCode}-14T02:00:00Z`,
          }
        : {}),
    }),
  );
}

const cell = (result: ExplorerResult, indicator: string, unit: string, period: string, category = "") =>
  result.cells.find(
    (c) =>
      c.indicatorCode === indicator && c.unitCode === unit && c.periodCode === period && c.disaggregation === category,
  );

describe("exploreIndicators by today's units: the new Vĩnh Long's history", () => {
  it.each([
    ["out", "2025-06", 600, "120 + 180 + 300"],
    ["signed", "2025-06", 471, "60 + 171 + 240"],
    ["rate", "2025-06", 78.5, "471 / 600, not the mean of the stored 50, 95, 80"],
    ["subs", "2025-06", 6060, "stock: 1010 + 2020 + 3030"],
    ["out", "2025", 1900, "flow over the year: 600 + 600 + 700"],
    ["rate", "2025", (1451 / 1900) * 100, "(420 + 471 + 560) / 1900"],
    ["subs", "2025", 6100, "stock: the last month, July"],
    ["out", "2025-Q3", 700, "July (August is a draft the admin sees: below)"],
  ] as const)("%s %s = %d (%s)", async (key, period, expected, _why) => {
    const result = await exploreIndicators(ctx, {
      actor: receiver,
      regimeCode: regime.code,
      indicatorCodes: [code[key]],
      units: { codes: [d.vinhLong.department.code] },
      periodCodes: [period],
      asOf: "2025-11-23",
    });
    expect(cell(result, code[key], d.vinhLong.department.code, period)?.value).toBeCloseTo(expected, 9);
  });

  it("says which units' values were combined, with their names", async () => {
    const result = await exploreIndicators(ctx, {
      actor: null,
      regimeCode: regime.code,
      indicatorCodes: [code.out],
      units: { codes: [d.vinhLong.department.code] },
      periodCodes: ["2025-06", "2025-07"],
      asOf: "2025-11-23",
    });
    const june = cell(result, code.out, d.vinhLong.department.code, "2025-06")!;
    expect(june.isCombined).toBe(true);
    expect(june.combinedFrom.sort()).toEqual([d.benTre, d.traVinh, d.vinhLongOld].map((x) => x.department.code).sort());
    expect(result.contributorNames[d.traVinh.department.code]).toBe("Sở TT&TT Trà Vinh");
    expect(cell(result, code.out, d.vinhLong.department.code, "2025-07")!.isCombined).toBe(false);
  });
});

describe("exploreIndicators by the old 63 provinces", () => {
  it("keeps each predecessor itself, ranked with its change since May", async () => {
    const units = [d.traVinh, d.benTre, d.vinhLongOld].map((x) => x.department.code);
    const result = await exploreIndicators(ctx, {
      actor: null,
      regimeCode: regime.code,
      indicatorCodes: [code.rate],
      units: { codes: units },
      periodCodes: ["2025-06"],
      asOf: "2025-06-30",
    });
    expect(units.map((u) => cell(result, code.rate, u, "2025-06")?.value)).toEqual([50, 95, 80]);
    const ranking = result.rankings[0]!;
    expect(ranking.previousPeriodCode).toBe("2025-05");
    // May: Vĩnh Long 90% first, Trà Vinh and Bến Tre 50% share second. June: Bến Tre 95%, Vĩnh Long 80%, Trà Vinh 50%.
    expect(ranking.entries.map((e) => [e.unitName, e.rank, e.previousRank, e.change])).toEqual([
      ["Sở TT&TT Bến Tre", 1, 2, 1],
      ["Sở TT&TT Vĩnh Long", 2, 1, -1],
      ["Sở TT&TT Trà Vinh", 3, 2, -1],
    ]);
  });
});

describe("disaggregations", () => {
  it("splits a total into its categories", async () => {
    const result = await exploreIndicators(ctx, {
      actor: null,
      regimeCode: regime.code,
      indicatorCodes: [code.out],
      units: { codes: [d.vinhLong.department.code] },
      periodCodes: ["2025-06"],
      asOf: "2025-11-23",
      disaggregation: "split",
    });
    const unit = d.vinhLong.department.code;
    expect(cell(result, code.out, unit, "2025-06", "online")?.value).toBe(110 + 170 + 290);
    expect(cell(result, code.out, unit, "2025-06", "paper")?.value).toBe(30);
    expect(result.indicators[0]!.categories.map((c) => c.code)).toEqual(["online", "paper"]);
  });
});

const receiver: AnalyticsActor = {
  userId: 1,
  username: "test",
  displayName: "Nguyễn Văn Test",
  roles: [
    {
      role: "receiver",
      unitId: 0,
      unitCode: "BO-VP",
      unitKind: "ministry_unit",
      parentUnitId: null,
      provinceCode: null,
    },
  ],
};

describe("scoping of values", () => {
  const august = (actor: AnalyticsActor | null) =>
    exploreIndicators(ctx, {
      actor,
      regimeCode: regime.code,
      indicatorCodes: [code.out],
      units: { codes: [d.vinhLong.department.code] },
      periodCodes: ["2025-08"],
      asOf: "2025-11-23",
    }).then((r) => cell(r, code.out, d.vinhLong.department.code, "2025-08")?.value ?? null);

  it("the department sees its own draft (total = sum of categories); the receiving level does not", async () => {
    const own: AnalyticsActor = {
      userId: 1,
      username: "test",
      displayName: "Nguyễn Văn Test",
      roles: [
        {
          role: "office",
          unitId: d.vinhLong.department.id,
          unitCode: d.vinhLong.department.code,
          unitKind: "department",
          parentUnitId: null,
          provinceCode: "86",
        },
      ],
    };
    const provinceReceiver: AnalyticsActor = {
      userId: 1,
      username: "test",
      displayName: "Nguyễn Văn Test",
      roles: [
        {
          role: "receiver",
          unitId: 0,
          unitCode: "UBND-86",
          unitKind: "people_committee",
          parentUnitId: null,
          provinceCode: "86",
        },
      ],
    };
    expect(await august(own)).toBe(700);
    expect(await august(null)).toBe(700);
    expect(await august(receiver)).toBeNull();
    expect(await august(provinceReceiver)).toBeNull();
  });

  it("a province receiver sees the sent history of the provinces merged into its own", async () => {
    const provinceReceiver: AnalyticsActor = {
      userId: 1,
      username: "test",
      displayName: "Nguyễn Văn Test",
      roles: [
        {
          role: "receiver",
          unitId: 0,
          unitCode: "UBND-86",
          unitKind: "people_committee",
          parentUnitId: null,
          provinceCode: "86",
        },
      ],
    };
    const otherProvince: AnalyticsActor = {
      userId: 1,
      username: "test",
      displayName: "Nguyễn Văn Test",
      roles: [
        {
          role: "receiver",
          unitId: 0,
          unitCode: "UBND-04",
          unitKind: "people_committee",
          parentUnitId: null,
          provinceCode: "04",
        },
      ],
    };
    const june = (actor: AnalyticsActor) =>
      exploreIndicators(ctx, {
        actor,
        regimeCode: regime.code,
        indicatorCodes: [code.out],
        units: { codes: [d.vinhLong.department.code] },
        periodCodes: ["2025-06"],
        asOf: "2025-11-23",
      }).then((r) => cell(r, code.out, d.vinhLong.department.code, "2025-06")?.value ?? null);
    expect(await june(provinceReceiver)).toBe(600);
    expect(await june(otherProvince)).toBeNull();
  });

  it("staff of one department who also receive for a province see their own drafts and only released reports of others", async () => {
    const role = (unit: Department["department"], provinceCode: string) =>
      ({
        role: "office",
        unitId: unit.id,
        unitCode: unit.code,
        unitKind: "department",
        parentUnitId: null,
        provinceCode,
      }) as const;
    const receiverOf = (provinceCode: string) =>
      ({
        role: "receiver",
        unitId: 0,
        unitCode: `UBND-${provinceCode}`,
        unitKind: "people_committee",
        parentUnitId: null,
        provinceCode,
      }) as const;
    const person = { userId: 1, username: "test", displayName: "Trần Thị Mai" };
    // Office of the new Vĩnh Long, receiver for Trà Vinh: the new Vĩnh Long's August draft is their own.
    const ownDraft: AnalyticsActor = { ...person, roles: [role(d.vinhLong.department, "86"), receiverOf("84")] };
    // Office of Bến Tre, receiver for Vĩnh Long (and the provinces merged into it): August is someone else's draft.
    const othersDraft: AnalyticsActor = { ...person, roles: [role(d.benTre.department, "83"), receiverOf("86")] };
    expect(await august(ownDraft)).toBe(700);
    expect(await august(othersDraft)).toBeNull();
  });
});
