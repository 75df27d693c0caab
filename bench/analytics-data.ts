// National-scale data for the analytics benchmark: the reference units (63 provinces until June 2025, 34 after),
// ~200 indicators with disaggregations, ten years of monthly reports with values, sections and notes, loaded in
// large unnest() batches (one statement per 20,000 rows) so a million values load in seconds.
import { sql } from "kysely";
import type { IndicatorDefinition } from "../src/domain/indicator.js";
import { deadline, formatPeriodCode, type Period } from "../src/domain/period.js";
import { ictIndicators, ictRegimes } from "../src/packs/ict/index.js";
import { holidays, referenceSuccessions, referenceUnits } from "../src/reference/index.js";
import type { Database } from "../src/storage/database.js";
import { upsertIndicators } from "../src/storage/indicators.js";
import { upsertRegimes } from "../src/storage/regimes.js";
import { upsertHolidays, upsertSuccessions, upsertUnits } from "../src/storage/units.js";

export const BENCH_REGIME = "BENCH-THANG";

export interface BenchScale {
  /** Months of reports, ending June 2026 (120 = ten years). */
  months: number;
  /** Catalogue size (the ICT pack's 119 plus synthetic ones). */
  indicators: number;
}

export interface LoadedData {
  reports: number;
  values: number;
  sections: number;
  seconds: number;
  lastPeriod: string;
  months: string[];
}

/** A deterministic pseudo-random number in [0, 1) from integers (no state, so any row can be made alone). */
function noise(...parts: number[]): number {
  let h = 2166136261;
  for (const p of parts) {
    h ^= p;
    h = Math.imul(h, 16777619);
    h ^= h >>> 13;
  }
  return ((h >>> 0) % 100000) / 100000;
}

function syntheticIndicators(count: number): IndicatorDefinition[] {
  const extra: IndicatorDefinition[] = [];
  for (let i = 1; extra.length < count; i++) {
    const stock = i % 3 === 0;
    extra.push({
      code: `BENCH_${String(i).padStart(3, "0")}`,
      name: `Chỉ tiêu tổng hợp số ${i}`,
      field: ["cntt", "vien-thong", "buu-chinh", "attt", "bao-chi"][i % 5]!,
      unitOfMeasure: stock ? "đơn vị" : "lượt",
      valueType: "integer",
      aggregationUnits: "sum",
      aggregationTime: stock ? "last" : "sum",
      keywords: [],
      disaggregations:
        i % 4 === 0
          ? [
              { dimension: "channel", code: "online", name: "Trực tuyến" },
              { dimension: "channel", code: "in_person", name: "Trực tiếp" },
            ]
          : [],
    });
  }
  return extra;
}

async function insertUnnest(database: Database, table: string, columns: [string, string][], rows: unknown[][]) {
  const BATCH = 20_000;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const arrays = columns.map((_, c) => batch.map((r) => r[c]));
    const list = sql.raw(columns.map(([name]) => name).join(", "));
    const unnest = sql.join(columns.map(([, type], c) => sql`${arrays[c]}::${sql.raw(type)}[]`));
    await sql`insert into ${sql.raw(table)} (${list}) select * from unnest(${unnest})`.execute(database.db);
  }
}

/** Loads reference units, the catalogue, a monthly regime over all indicators and `scale.months` of reports. */
export async function loadNationalData(database: Database, scale: BenchScale): Promise<LoadedData> {
  const started = performance.now();
  const db = database.db;
  await upsertUnits(db, referenceUnits());
  await upsertSuccessions(db, referenceSuccessions());
  await upsertHolidays(
    db,
    holidays.map((h) => ({ day: h.date, name: h.name })),
  );
  const catalogue = [...ictIndicators, ...syntheticIndicators(Math.max(0, scale.indicators - ictIndicators.length))];
  await upsertIndicators(db, catalogue);
  const monthly = ictRegimes.find((r) => r.code === "ICT-THANG")!;
  await upsertRegimes(db, [
    {
      ...monthly,
      code: BENCH_REGIME,
      indicators: catalogue.map((i, n) => ({ indicatorCode: i.code, sectionKey: null, isRequired: n < 6 })),
    },
  ]);
  const regime = await db.selectFrom("regimes").select("id").where("code", "=", BENCH_REGIME).executeTakeFirstOrThrow();
  const indicators = await db.selectFrom("indicators").select(["id", "code", "value_type"]).execute();
  const categories = await db.selectFrom("indicator_disaggregations").select(["indicator_id", "code"]).execute();
  const categoriesOf = new Map<number, string[]>();
  for (const c of categories) categoriesOf.set(c.indicator_id, [...(categoriesOf.get(c.indicator_id) ?? []), c.code]);
  const departments = await db
    .selectFrom("units")
    .select(["id", "code", "valid_from", "valid_to"])
    .where("kind", "=", "department")
    .execute();

  // Months ending June 2026.
  const months: Period[] = [];
  for (let i = scale.months - 1; i >= 0; i--) {
    const index = 2026 * 12 + 5 - i;
    months.push({ kind: "month", year: Math.floor(index / 12), index: (index % 12) + 1 });
  }
  const reportRows: unknown[][] = [];
  const planned: { unitId: number; month: Period; m: number }[] = [];
  for (const [m, month] of months.entries()) {
    const day = `${month.year}-${String(month.index).padStart(2, "0")}-14`;
    const due = deadline(month, monthly.deadlines[0]!);
    for (const unit of departments) {
      if (unit.valid_from > day || (unit.valid_to && unit.valid_to < day)) continue;
      const r = noise(unit.id, m);
      // The last two months are still coming in; before that a few reports are late, a handful missing.
      const recent = m >= months.length - 2;
      if (r < (recent ? 0.15 : 0.01)) continue;
      const state = recent && r < 0.3 ? "draft" : "sent";
      const late =
        noise(unit.id, m, 7) < 0.15 ? 1 + Math.floor(noise(unit.id, m, 8) * 6) : -Math.floor(noise(unit.id, m, 9) * 3);
      const sent = new Date(`${due}T02:00:00Z`);
      sent.setUTCDate(sent.getUTCDate() + late);
      reportRows.push([
        regime.id,
        unit.id,
        "month",
        month.year,
        month.index,
        formatPeriodCode(month),
        state,
        `Báo cáo tình hình tháng ${month.index}/${month.year}`,
        state === "sent" ? sent.toISOString() : null,
      ]);
      planned.push({ unitId: unit.id, month, m });
    }
  }
  await insertUnnest(
    database,
    "reports",
    [
      ["regime_id", "int"],
      ["unit_id", "int"],
      ["period_kind", "text"],
      ["period_year", "int"],
      ["period_index", "int"],
      ["period_code", "text"],
      ["state", "text"],
      ["title", "text"],
      ["sent_at", "timestamptz"],
    ],
    reportRows,
  );
  const ids = await db
    .selectFrom("reports")
    .select(["id", "unit_id", "period_code"])
    .where("regime_id", "=", regime.id)
    .execute();
  const idOf = new Map(ids.map((r) => [`${r.unit_id}|${r.period_code}`, r.id]));

  // Bulk load: the secondary index is rebuilt once at the end instead of maintained row by row.
  await sql`drop index if exists data_values_indicator_idx`.execute(db);
  let values = 0;
  let sections = 0;
  const valueRows: unknown[][] = [];
  const sectionRows: unknown[][] = [];
  const noteRows: unknown[][] = [];
  const flush = async () => {
    await insertUnnest(
      database,
      "data_values",
      [
        ["report_id", "int"],
        ["indicator_id", "int"],
        ["disaggregation", "text"],
        ["value", "float8"],
        ["provenance", "text"],
      ],
      valueRows.splice(0),
    );
  };
  for (const { unitId, month, m } of planned) {
    const reportId = idOf.get(`${unitId}|${formatPeriodCode(month)}`)!;
    for (const [n, indicator] of indicators.entries()) {
      // Each report carries the first twenty indicators and about half of the others (≈ 1 million values).
      if (n >= 20 && noise(n, m, unitId) > 0.45) continue;
      const base = 50 + ((unitId * 37 + n * 11) % 900);
      const value =
        indicator.value_type === "percent"
          ? Math.round(noise(unitId, n, m) * 10000) / 100
          : Math.round(base * (1 + m / 60));
      valueRows.push([reportId, indicator.id, "", value, "typed"]);
      for (const [c, code] of (categoriesOf.get(indicator.id) ?? []).entries()) {
        valueRows.push([reportId, indicator.id, code, Math.round(value / (c + 2)), "typed"]);
      }
    }
    sectionRows.push(
      [reportId, 0, "I", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ", 1, "narrative", ""],
      [
        reportId,
        1,
        "1",
        "Công nghệ thông tin",
        2,
        "narrative",
        `Ký số ${1000 + m} văn bản đi trong tháng. Vận hành ổn định.`,
      ],
      [
        reportId,
        2,
        "2",
        "Viễn thông",
        2,
        "narrative",
        `Phát triển ${20 + (m % 9)} trạm BTS mới; phủ sóng 4G toàn tỉnh.`,
      ],
    );
    noteRows.push(
      [reportId, "difficulty", 0, "Hạ tầng mạng tại một số xã vùng sâu còn yếu."],
      [reportId, "recommendation", 0, "Đề nghị Bộ hỗ trợ kinh phí chuyển đổi số cấp xã."],
    );
    if (valueRows.length >= 200_000) {
      values += valueRows.length;
      await flush();
    }
  }
  values += valueRows.length;
  await flush();
  sections = sectionRows.length;
  await insertUnnest(
    database,
    "report_sections",
    [
      ["report_id", "int"],
      ["position", "int"],
      ["number", "text"],
      ["title", "text"],
      ["level", "int"],
      ["content_kind", "text"],
      ["body", "text"],
    ],
    sectionRows,
  );
  await insertUnnest(
    database,
    "report_notes",
    [
      ["report_id", "int"],
      ["kind", "text"],
      ["position", "int"],
      ["text", "text"],
    ],
    noteRows,
  );
  await sql`create index data_values_indicator_idx on data_values (indicator_id, disaggregation, report_id)`.execute(
    db,
  );
  await sql`analyze`.execute(db);
  return {
    reports: planned.length,
    values,
    sections,
    seconds: (performance.now() - started) / 1000,
    lastPeriod: formatPeriodCode(months.at(-1)!),
    months: months.map(formatPeriodCode),
  };
}
