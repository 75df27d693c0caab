import { UserError } from "../domain/errors.js";
import { formulaDependencies } from "../domain/formula.js";
import type { AggregateNote } from "../domain/indicator.js";
import { formatPeriodCode, periodDateRange, periodLabel, previousPeriod } from "../domain/period.js";
import { type RankedEntry, type RankOrder, rankWithChange } from "../domain/ranking.js";
import type { Indicator } from "../domain/records.js";
import type { ReportState } from "../domain/report.js";
import { unitHistoryValue } from "../domain/unit-history.js";
import { type AnalyticsActor, analyticsScope } from "../policies/analytics.js";
import { findAnalyticsValues } from "../storage/analytics-values.js";
import { todayInVietnam } from "../storage/sql-helpers.js";
import {
  type AnalyticsSetup,
  loadAnalyticsSetup,
  parsePeriods,
  regimePeriodKind,
  sourcePeriods,
  unitNameOn,
  visibleUnitIds,
} from "./analytics/analytics-setup.js";
import type { AppContext } from "./context.js";

/** Which units to show: named ones, every department of the regime ("provinces"), or a department's divisions. */
export type UnitSelection = { codes: string[] } | { level: "provinces" } | { level: "divisions"; of: string };

export interface ExploreIndicatorsOptions {
  actor: AnalyticsActor | null;
  regimeCode: string;
  indicatorCodes: string[];
  units: UnitSelection;
  /** Periods of the regime's kind or longer ("2024" over a monthly regime adds up its months). */
  periodCodes: string[];
  /** View by the units of this date: today (34 provinces) by default, "2025-06-30" for the 63. */
  asOf?: string | undefined;
  /** Totals only (default), or one row per disaggregation category as well. */
  disaggregation?: "total" | "split" | undefined;
  /** Only reports in these states (the consolidated summary reads sent reports only). */
  onlyStates?: ReportState[] | undefined;
  /** Rank higher values first (default) or lower first. */
  rankOrder?: RankOrder | undefined;
}

export interface ExplorerCell {
  indicatorCode: string;
  /** "" for the total. */
  disaggregation: string;
  unitCode: string;
  periodCode: string;
  value: number | null;
  note: AggregateNote | null;
  /** The units whose stored values went in (several after a merge). */
  combinedFrom: string[];
  isCombined: boolean;
  hasPartial: boolean;
  isDerived: boolean;
}

export interface ExplorerRanking {
  indicatorCode: string;
  periodCode: string;
  previousPeriodCode: string;
  entries: (RankedEntry & { unitName: string })[];
}

export interface ExplorerResult {
  regime: { code: string; name: string };
  asOf: string;
  indicators: {
    code: string;
    name: string;
    unitOfMeasure: string | null;
    valueType: string;
    categories: { code: string; name: string }[];
  }[];
  units: { code: string; name: string }[];
  periods: { code: string; label: string }[];
  cells: ExplorerCell[];
  /** One per indicator and period when several units are shown: rank and places gained since the previous period. */
  rankings: ExplorerRanking[];
  /** Names of units that appear in `combinedFrom`, by code. */
  contributorNames: Record<string, string>;
}

const MAX_CELLS = 20_000;

function selectUnits(setup: AnalyticsSetup, selection: UnitSelection, asOf: string) {
  const valid = (u: { validFrom: string; validTo?: string | null }) =>
    u.validFrom <= asOf && (!u.validTo || u.validTo >= asOf);
  if ("codes" in selection) {
    return selection.codes.map((code, i) => {
      const unit = setup.byCode.get(code);
      if (!unit) throw new UserError("NOT_FOUND", `Không tìm thấy đơn vị có mã "${code}".`, { field: `units[${i}]` });
      return unit;
    });
  }
  if (selection.level === "provinces") {
    const kinds = new Set<string>(setup.regime.submittingUnitKinds);
    return setup.units.filter((u) => kinds.has(u.kind) && valid(u));
  }
  if (!setup.byCode.has(selection.of)) {
    throw new UserError("NOT_FOUND", `Không tìm thấy đơn vị có mã "${selection.of}".`, { field: "units.of" });
  }
  return setup.graph.childrenAt(selection.of, asOf).map((u) => setup.byCode.get(u.code)!);
}

/** The catalogue entries needed to compute `codes`: their formula parts and ratio parts, recursively. */
function catalogueFor(all: ReadonlyMap<string, Indicator>, codes: readonly string[]): Map<string, Indicator> {
  const catalogue = new Map<string, Indicator>();
  const pending = [...new Set(codes)];
  while (pending.length > 0) {
    const indicator = all.get(pending.pop()!);
    if (!indicator || catalogue.has(indicator.code)) continue;
    catalogue.set(indicator.code, indicator);
    pending.push(
      ...(indicator.formula ? formulaDependencies(indicator.formula) : []),
      ...[indicator.numeratorCode, indicator.denominatorCode].filter((c): c is string => !!c),
    );
  }
  return catalogue;
}

/**
 * Indicators × units × periods computed live from the stored values: each unit as it stands on `asOf` (a merged
 * province's history is the combination of its predecessors, said in `combinedFrom`), each period combined over
 * the regime's periods inside it by the catalogue's rules; with rankings and rank changes across units.
 */
export async function exploreIndicators(ctx: AppContext, options: ExploreIndicatorsOptions): Promise<ExplorerResult> {
  const setup = await loadAnalyticsSetup(ctx, options.regimeCode);
  const kind = regimePeriodKind(setup.regime);
  const asOf = options.asOf ?? todayInVietnam();
  const periods = parsePeriods(options.periodCodes);
  const targets = selectUnits(setup, options.units, asOf);
  if (options.indicatorCodes.length === 0) {
    throw new UserError("INVALID_INPUT", "Chọn ít nhất một chỉ tiêu.", { field: "indicators" });
  }
  if (options.indicatorCodes.length * targets.length * periods.length > MAX_CELLS) {
    throw new UserError(
      "INVALID_INPUT",
      `Bảng quá lớn (${options.indicatorCodes.length} chỉ tiêu × ${targets.length} đơn vị × ${periods.length} kỳ): chọn ít hơn.`,
      { field: "indicators" },
    );
  }
  const catalogue = catalogueFor(setup.catalogue, options.indicatorCodes);
  const chosen = options.indicatorCodes.map((code, i) => {
    const indicator = catalogue.get(code);
    if (!indicator)
      throw new UserError("NOT_FOUND", `Không có chỉ tiêu mã "${code}" trong danh mục.`, { field: `indicators[${i}]` });
    return indicator;
  });

  // Rankings compare each period with the one before, so those values are read too.
  const wantsRanking = targets.length > 1;
  const previous = periods.map(previousPeriod);
  const spans = new Map<string, string[]>();
  for (const p of wantsRanking ? [...periods, ...previous] : periods)
    spans.set(formatPeriodCode(p), sourcePeriods(p, kind));

  const contributorCodes = new Set<string>();
  for (const unit of targets) {
    contributorCodes.add(unit.code);
    for (const code of setup.graph.predecessorsOf(unit.code)) contributorCodes.add(code);
  }
  const visible = visibleUnitIds(analyticsScope(options.actor), setup);
  const contributorIds = [...contributorCodes].map((c) => setup.byCode.get(c)!.id);
  const rows = await findAnalyticsValues(ctx.database.db, {
    regimeId: setup.regime.id,
    periodCodes: [...new Set([...spans.values()].flat())],
    indicatorIds: [...catalogue.values()].map((i) => i.id),
    anyStateUnitIds: contributorIds.filter((id) => visible.anyState.has(id)),
    releasedUnitIds: contributorIds.filter((id) => visible.released.has(id)),
    onlyStates: options.onlyStates,
    // Categories are read even for totals: a total not written down is their sum.
  });
  const codeOfIndicator = new Map([...catalogue.values()].map((i) => [i.id, i.code]));
  const values = new Map<string, number>();
  const categorySums = new Map<string, number>();
  for (const row of rows) {
    const unitCode = setup.byId.get(row.unitId)!.code;
    const key = `${codeOfIndicator.get(row.indicatorId)}|${unitCode}|${row.periodCode}`;
    values.set(`${key}|${row.disaggregation}`, row.value);
    if (row.disaggregation) categorySums.set(key, (categorySums.get(key) ?? 0) + row.value);
  }
  const lookupFor = (category: string) => (indicatorCode: string, unitCode: string, periodCode: string) => {
    const key = `${indicatorCode}|${unitCode}|${periodCode}`;
    // A total not written down is the sum of its categories.
    return values.get(`${key}|${category}`) ?? (category === "" ? categorySums.get(key) : undefined);
  };

  const compute = (indicator: Indicator, unitCode: string, periodCode: string, category: string) =>
    unitHistoryValue({
      indicator,
      catalogue: (code) => catalogue.get(code),
      unitCode,
      periodCodes: spans.get(periodCode)!,
      graph: setup.graph,
      asOf,
      lookup: lookupFor(category),
    });

  const cells: ExplorerCell[] = [];
  const rankings: ExplorerRanking[] = [];
  const contributorNames: Record<string, string> = {};
  for (const indicator of chosen) {
    const categories = [
      "",
      ...(options.disaggregation === "split" ? (indicator.disaggregations ?? []).map((d) => d.code) : []),
    ];
    for (const [p, period] of periods.entries()) {
      const periodCode = formatPeriodCode(period);
      for (const category of categories) {
        for (const unit of targets) {
          const result = compute(indicator, unit.code, periodCode, category);
          for (const code of result.combinedFrom) {
            contributorNames[code] ??= unitNameOn(setup.byCode.get(code)!, periodDateRange(period).to);
          }
          cells.push({
            indicatorCode: indicator.code,
            disaggregation: category,
            unitCode: unit.code,
            periodCode,
            value: result.value,
            note: result.note ?? null,
            combinedFrom: result.combinedFrom,
            isCombined: result.combinedFrom.length > 1 || result.combinedFrom.some((c) => c !== unit.code),
            hasPartial: result.hasPartial,
            isDerived: result.isDerived,
          });
        }
      }
      if (!wantsRanking) continue;
      const before = formatPeriodCode(previous[p]!);
      const current = targets.map((u) => ({
        key: u.code,
        value:
          cells.find(
            (c) =>
              c.indicatorCode === indicator.code &&
              c.disaggregation === "" &&
              c.unitCode === u.code &&
              c.periodCode === periodCode,
          )?.value ?? null,
      }));
      const earlier = targets.map((u) => ({ key: u.code, value: compute(indicator, u.code, before, "").value }));
      rankings.push({
        indicatorCode: indicator.code,
        periodCode,
        previousPeriodCode: before,
        entries: rankWithChange(current, earlier, options.rankOrder ?? "desc").map((e) => ({
          ...e,
          unitName: unitNameOn(setup.byCode.get(e.key)!, asOf),
        })),
      });
    }
  }
  return {
    regime: { code: setup.regime.code, name: setup.regime.name },
    asOf,
    indicators: chosen.map((i) => ({
      code: i.code,
      name: i.name,
      unitOfMeasure: i.unitOfMeasure,
      valueType: i.valueType,
      categories: (i.disaggregations ?? []).map((d) => ({ code: d.code, name: d.name })),
    })),
    units: targets.map((u) => ({ code: u.code, name: unitNameOn(u, asOf) })),
    periods: periods.map((p) => ({ code: formatPeriodCode(p), label: periodLabel(p) })),
    cells,
    rankings,
    contributorNames,
  };
}
