import { UserError } from "../../domain/errors.js";
import { UnitGraph } from "../../domain/org-unit.js";
import {
  type CalendarPeriodKind,
  comparePeriods,
  formatPeriodCode,
  type Period,
  parsePeriodCode,
  periodMonths,
  periodsInYear,
} from "../../domain/period.js";
import type { Indicator, Regime } from "../../domain/records.js";
import type { AnalyticsScope } from "../../policies/analytics.js";
import { loadUnitHierarchy, referenceDataVersion, type StoredUnitDefinition } from "../../storage/analytics-units.js";
import type { Database } from "../../storage/database.js";
import { findIndicators } from "../../storage/indicators.js";
import { getRegimeByCode } from "../../storage/regimes.js";
import { findHolidays } from "../../storage/units.js";
import type { AppContext } from "../context.js";

/** What every analytics use case starts from: the regime, the unit hierarchy with successions, holidays. */
export interface AnalyticsSetup {
  regime: Regime;
  graph: UnitGraph;
  units: StoredUnitDefinition[];
  byCode: Map<string, StoredUnitDefinition>;
  byId: Map<number, StoredUnitDefinition>;
  holidays: string[];
  /** The whole indicator catalogue by code. */
  catalogue: Map<string, Indicator>;
}

// Reference data changes rarely and analytics reads it on every request: keep the last load per database and
// regime, checked against a one-query fingerprint of the tables it comes from.
const cache = new WeakMap<Database, Map<string, { version: string; setup: AnalyticsSetup }>>();

/** Loads the regime (NOT_FOUND in Vietnamese when unknown), the units and successions, and the holidays. */
export async function loadAnalyticsSetup(ctx: AppContext, regimeCode: string): Promise<AnalyticsSetup> {
  const db = ctx.database.db;
  const version = await referenceDataVersion(db);
  const perRegime = cache.get(ctx.database) ?? new Map<string, { version: string; setup: AnalyticsSetup }>();
  cache.set(ctx.database, perRegime);
  const cached = perRegime.get(regimeCode);
  if (cached && cached.version === version) return cached.setup;
  const [regime, hierarchy, holidays, indicators] = await Promise.all([
    getRegimeByCode(db, regimeCode),
    loadUnitHierarchy(db),
    findHolidays(db),
    findIndicators(db, { limit: 100_000 }),
  ]);
  const setup: AnalyticsSetup = {
    regime,
    graph: new UnitGraph(hierarchy.units, hierarchy.successions),
    units: hierarchy.units,
    byCode: new Map(hierarchy.units.map((u) => [u.code, u])),
    byId: new Map(hierarchy.units.map((u) => [u.id, u])),
    holidays: holidays.map((h) => h.day),
    catalogue: new Map(indicators.map((i) => [i.code, i])),
  };
  perRegime.set(regimeCode, { version, setup });
  return setup;
}

/** The regime's period kind; a one-off regime has no periods to analyse. */
export function regimePeriodKind(regime: Regime): CalendarPeriodKind {
  if (regime.frequency === "once") {
    throw new UserError(
      "INVALID_INPUT",
      `Chế độ báo cáo "${regime.code}" là báo cáo một lần, không có kỳ để tổng hợp.`,
      {
        field: "regime",
      },
    );
  }
  return regime.frequency;
}

/**
 * The regime's periods that make up `requested`: itself when of the regime's kind, the twelve months of a year
 * for a monthly regime, ...; a period shorter than the regime's is refused.
 */
export function sourcePeriods(requested: Period, kind: CalendarPeriodKind): string[] {
  if (requested.kind === kind) return [formatPeriodCode(requested)];
  const { first, last } = periodMonths(requested);
  const start = first.year * 12 + first.month;
  const end = last.year * 12 + last.month;
  const inside: Period[] = [];
  for (let year = first.year; year <= last.year; year++) {
    for (const p of periodsInYear(kind, year)) {
      const m = periodMonths(p);
      if (m.first.year * 12 + m.first.month >= start && m.last.year * 12 + m.last.month <= end) inside.push(p);
    }
  }
  if (inside.length === 0) {
    throw new UserError(
      "INVALID_INPUT",
      `Kỳ ${formatPeriodCode(requested)} ngắn hơn kỳ báo cáo của chế độ (${kind}): không tách được số liệu.`,
      { field: "periods" },
    );
  }
  return inside.sort(comparePeriods).map(formatPeriodCode);
}

/** Parses period codes given by the user, naming the bad one. */
export function parsePeriods(codes: readonly string[]): Period[] {
  return codes.map((code, i) => parsePeriodCode(code, `periods[${i}]`));
}

/**
 * Which units' reports the scope shows: `anyState` (own units, or all for administrators) and `released`
 * (issued or sent only). Province receivers also see the provinces merged into theirs.
 */
export function visibleUnitIds(
  scope: AnalyticsScope,
  setup: AnalyticsSetup,
): { anyState: Set<number>; released: Set<number> } {
  const all = setup.units.map((u) => u.id);
  if (scope.all) return { anyState: new Set(all), released: new Set() };
  const anyState = new Set(scope.ownUnitIds);
  if (scope.releasedAll) return { anyState, released: new Set(all.filter((id) => !anyState.has(id))) };
  const provinces = new Set(scope.releasedProvinceCodes);
  for (const unit of setup.units) {
    if (unit.provinceCode && scope.releasedProvinceCodes.includes(unit.provinceCode)) {
      for (const code of setup.graph.predecessorsOf(unit.code)) {
        const province = setup.byCode.get(code)?.provinceCode;
        if (province) provinces.add(province);
      }
    }
  }
  const released = setup.units
    .filter((u) => u.provinceCode && provinces.has(u.provinceCode) && !anyState.has(u.id))
    .map((u) => u.id);
  return { anyState, released: new Set(released) };
}

/** The unit's name on `date`, falling back to its last name (a unit merged away keeps its last name). */
export function unitNameOn(unit: StoredUnitDefinition, date: string): string {
  const inForce = unit.names.find((n) => n.validFrom <= date && (!n.validTo || n.validTo >= date));
  return (inForce ?? unit.names.filter((n) => n.validFrom <= date).at(-1) ?? unit.names[0])?.name ?? unit.code;
}
