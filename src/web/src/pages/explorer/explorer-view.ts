import type { ExplorerResponse } from "../../../../contract/analytics.js";
import { formatVnNumber } from "../../../../domain/vn-number.js";
import type { ChartKind, ExplorerSelection } from "./explorer-selection.js";

/** Pure helpers of the explorer page: how values read, the table's shape, and the chart's ECharts options. */

export type ExplorerCell = ExplorerResponse["cells"][number];
export type ExplorerIndicator = ExplorerResponse["indicators"][number];
export type RankingEntry = ExplorerResponse["rankings"][number]["entries"][number];
type Lang = "vi" | "en";

/** A number as the reader writes it: "64.096", "57,33" in Vietnamese; "64,096", "57.33" in English. */
export function numberText(value: number, lang: Lang): string {
  return lang === "en" ? value.toLocaleString("en-US", { maximumFractionDigits: 2 }) : formatVnNumber(value);
}

/** A value with its unit of measure: "57,33%" (a percentage sticks to its number), "1.234 văn bản". */
export function valueText(value: number | null, unitOfMeasure: string | null, lang: Lang, withUnit = false): string {
  if (value === null) return "—";
  const number = numberText(value, lang);
  if (unitOfMeasure === "%") return `${number}%`;
  return withUnit && unitOfMeasure ? `${number} ${unitOfMeasure}` : number;
}

/** How a unit's rank moved since the previous period: "▲2" (up two places), "▼1", "—" (same place). */
export function rankChangeText(
  entry: Pick<RankingEntry, "rank" | "previousRank" | "change">,
  words: { newlyRanked: string },
): string {
  if (entry.rank === null) return "";
  if (entry.previousRank === null || entry.change === null) return words.newlyRanked;
  if (entry.change > 0) return `▲${entry.change}`;
  if (entry.change < 0) return `▼${-entry.change}`;
  return "—";
}

// "Sở Khoa học và Công nghệ tỉnh Cao Bằng" → "Cao Bằng": a chart's axis has room for the place only.
const DEPARTMENT_PREFIX =
  /^Sở (?:Khoa học và Công nghệ|Thông tin và Truyền thông|KH&CN|TT&TT) (?:tỉnh |thành phố |TP\.? ?)?/u;

/** The short name of a unit for chart axes: the province of a department, the whole name otherwise. */
export function shortUnitName(name: string): string {
  const short = name.replace(DEPARTMENT_PREFIX, "");
  return short || name;
}

export interface TableRow {
  unitCode: string;
  unitName: string;
  /** "" for the total row. */
  category: string;
  categoryName: string;
  /** One per period of the response, in its order. */
  cells: (ExplorerCell | undefined)[];
}

export interface IndicatorTable {
  indicator: ExplorerIndicator;
  rows: TableRow[];
}

/** One table per indicator: a row per unit (and per category under it when split), a column per period. */
export function indicatorTables(response: ExplorerResponse, totalWord: string): IndicatorTable[] {
  const byKey = new Map<string, ExplorerCell>();
  for (const cell of response.cells) {
    byKey.set(`${cell.indicatorCode}|${cell.disaggregation}|${cell.unitCode}|${cell.periodCode}`, cell);
  }
  const categoriesIn = new Set(response.cells.map((c) => `${c.indicatorCode}|${c.disaggregation}`));
  return response.indicators.map((indicator) => {
    const categories = [
      { code: "", name: totalWord },
      ...indicator.categories.filter((k) => categoriesIn.has(`${indicator.code}|${k.code}`)),
    ];
    const rows = response.units.flatMap((unit) =>
      categories.map((category) => ({
        unitCode: unit.code,
        unitName: unit.name,
        category: category.code,
        categoryName: category.name,
        cells: response.periods.map((p) => byKey.get(`${indicator.code}|${category.code}|${unit.code}|${p.code}`)),
      })),
    );
    return { indicator, rows };
  });
}

/** Periods per table: a year of months; longer spans continue in the next table, so the page prints whole. */
export const PERIODS_PER_TABLE = 12;

/** Splits the column indexes 0..count-1 into runs of at most `size` (a table each). */
export function columnChunks(count: number, size = PERIODS_PER_TABLE): number[][] {
  const chunks: number[][] = [];
  for (let start = 0; start < count; start += size) {
    chunks.push(Array.from({ length: Math.min(size, count - start) }, (_, i) => start + i));
  }
  return chunks;
}

/** Units whose figures were combined from others, with whose and in which periods (codes), for the legend. */
export function combinedSummary(
  response: ExplorerResponse,
  indicatorCode: string,
): { unitName: string; contributors: string[]; periods: string[] }[] {
  const names = new Map(response.units.map((u) => [u.code, u.name]));
  const groups = new Map<string, { unitName: string; contributors: string[]; periods: string[] }>();
  for (const cell of response.cells) {
    if (cell.indicatorCode !== indicatorCode || cell.disaggregation !== "" || !cell.isCombined) continue;
    const contributors = cell.combinedFrom.map((code) => response.contributorNames[code] ?? code);
    const key = `${cell.unitCode}|${contributors.join("|")}`;
    const group = groups.get(key) ?? { unitName: names.get(cell.unitCode) ?? cell.unitCode, contributors, periods: [] };
    group.periods.push(cell.periodCode);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The chart the selection asks for, or the one that suits the data: lines for a few units over time, bars else. */
export function chartKindFor(selection: Pick<ExplorerSelection, "chart">, response: ExplorerResponse): ChartKind {
  const canRank = response.rankings.length > 0;
  if (selection.chart === "series" && response.periods.length > 0) return "series";
  if (selection.chart === "bars") return "bars";
  if (selection.chart === "ranking" && canRank) return "ranking";
  return response.units.length <= 5 && response.periods.length > 1 ? "series" : "bars";
}

/** The indicator and period the chart shows: the chosen ones if present, else the first indicator, last period. */
export function chartFocus(
  selection: Pick<ExplorerSelection, "focus" | "at">,
  response: ExplorerResponse,
): { indicatorCode: string; periodCode: string } {
  const indicator = response.indicators.find((i) => i.code === selection.focus) ?? response.indicators[0];
  const period = response.periods.find((p) => p.code === selection.at) ?? response.periods.at(-1);
  return { indicatorCode: indicator?.code ?? "", periodCode: period?.code ?? "" };
}

export interface ChartWords {
  combined: string;
  newlyRanked: string;
  periodLabel: (code: string, serverLabel: string) => string;
}

interface TooltipParam {
  seriesName?: string;
  name?: string;
  value?: number | null;
  data?: { value: number | null; combined?: boolean } | number | null;
  marker?: string;
}

const PALETTE = ["#0d3b66", "#b3261e", "#1e7a46", "#c77d00", "#5b3c88", "#2a7f9e", "#7a4b2a", "#d04f8a"];

// A type alias (not an interface) so that it is assignable to ECharts' index-signature option type.
export type ChartOption = {
  animation: boolean;
  color: string[];
  grid: Record<string, number | boolean>;
  tooltip: Record<string, unknown>;
  legend?: Record<string, unknown>;
  xAxis: Record<string, unknown>;
  yAxis: Record<string, unknown>;
  series: Record<string, unknown>[];
};

/**
 * ECharts options for the response: "series" — a line per unit over the periods; "bars" — a bar per unit with a
 * value in the focus period; "ranking" — horizontal bars best first, labelled with rank and change of rank.
 * Numbers on axes, labels and tooltips in the reader's notation; combined values say so in the tooltip.
 */
export function chartOptions(
  response: ExplorerResponse,
  kind: ChartKind,
  focus: { indicatorCode: string; periodCode: string },
  lang: Lang,
  words: ChartWords,
): ChartOption {
  const indicator = response.indicators.find((i) => i.code === focus.indicatorCode);
  const uom = indicator?.unitOfMeasure ?? null;
  const fmt = (v: number) => valueText(v, uom, lang, true);
  const axisNumber = (v: number) => (uom === "%" ? `${numberText(v, lang)}%` : numberText(v, lang));
  const cellsOf = (unitCode: string, periodCode: string) =>
    response.cells.find(
      (c) =>
        c.indicatorCode === focus.indicatorCode &&
        c.disaggregation === "" &&
        c.unitCode === unitCode &&
        c.periodCode === periodCode,
    );
  const base = { animation: false, color: PALETTE };
  const valueAxis = {
    type: "value",
    name: uom && uom !== "%" ? uom : "",
    axisLabel: { formatter: axisNumber },
  };

  if (kind === "series") {
    const periodLabels = response.periods.map((p) => words.periodLabel(p.code, p.label));
    return {
      ...base,
      grid: { left: 12, right: 24, top: 48, bottom: 12, containLabel: true },
      legend: { type: "scroll", top: 0, data: response.units.map((u) => shortUnitName(u.name)) },
      tooltip: {
        trigger: "axis",
        formatter: (params: TooltipParam[]) => seriesTooltip(params, fmt, words.combined),
      },
      xAxis: { type: "category", data: periodLabels, axisLabel: { hideOverlap: true } },
      yAxis: valueAxis,
      series: response.units.map((unit) => ({
        type: "line",
        name: shortUnitName(unit.name),
        connectNulls: false,
        symbolSize: 7,
        data: response.periods.map((p) => {
          const cell = cellsOf(unit.code, p.code);
          // A combined value is drawn hollow, so a printed chart tells it apart too.
          return {
            value: cell?.value ?? null,
            combined: cell?.isCombined ?? false,
            symbol: cell?.isCombined ? "emptyDiamond" : "circle",
          };
        }),
      })),
    };
  }

  if (kind === "ranking") {
    const ranking = response.rankings.find(
      (r) => r.indicatorCode === focus.indicatorCode && r.periodCode === focus.periodCode,
    );
    const ranked = (ranking?.entries ?? []).filter((e) => e.rank !== null && e.value !== null);
    // ECharts draws the first category at the bottom: reverse so that rank 1 is on top.
    const shown = [...ranked].reverse();
    return {
      ...base,
      grid: { left: 12, right: 96, top: 12, bottom: 12, containLabel: true },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: fmt },
      xAxis: valueAxis,
      yAxis: {
        type: "category",
        data: shown.map((e) => `${e.rank}. ${shortUnitName(e.unitName)}`),
      },
      series: [
        {
          type: "bar",
          name: indicator?.name ?? focus.indicatorCode,
          data: shown.map((e) => ({ value: e.value, change: rankChangeText(e, words) })),
          barMaxWidth: 28,
          itemStyle: { color: PALETTE[0] },
          label: {
            show: true,
            position: "right",
            formatter: (p: { value: number; data: { change: string } }) =>
              `${axisNumber(p.value)}  ${p.data.change}`.trim(),
          },
        },
      ],
    };
  }

  const withValues = response.units
    .map((unit) => ({ unit, cell: cellsOf(unit.code, focus.periodCode) }))
    .filter((x) => x.cell?.value !== null && x.cell?.value !== undefined);
  return {
    ...base,
    grid: { left: 12, right: 24, top: 28, bottom: 12, containLabel: true },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      formatter: (params: TooltipParam[]) => seriesTooltip(params, fmt, words.combined),
    },
    xAxis: {
      type: "category",
      data: withValues.map((x) => shortUnitName(x.unit.name)),
      axisLabel: { interval: 0, rotate: withValues.length > 8 ? 45 : 0 },
    },
    yAxis: valueAxis,
    series: [
      {
        type: "bar",
        name: indicator?.name ?? focus.indicatorCode,
        barMaxWidth: 48,
        data: withValues.map((x) => ({
          value: x.cell!.value,
          combined: x.cell!.isCombined,
          ...(x.cell!.isCombined ? { itemStyle: { color: "#6f8fb0" } } : {}),
        })),
        label: {
          show: withValues.length <= 12,
          position: "top",
          formatter: (p: { value: number }) => axisNumber(p.value),
        },
      },
    ],
  };
}

/** The tooltip of a line or bar chart: the axis category, then each series' value ("(gộp)" when combined). */
export function seriesTooltip(params: TooltipParam[], fmt: (v: number) => string, combinedWord: string): string {
  const first = params[0];
  if (!first) return "";
  const html = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const lines = params.map((p) => {
    const data = typeof p.data === "object" && p.data !== null ? p.data : { value: p.data ?? null };
    const value = data.value === null || data.value === undefined ? "—" : fmt(data.value);
    const combined = "combined" in data && data.combined ? ` (${combinedWord})` : "";
    return `${p.marker ?? ""}${html(p.seriesName ?? "")}: <b>${html(value)}</b>${html(combined)}`;
  });
  return [`<b>${html(first.name ?? "")}</b>`, ...lines].join("<br/>");
}
