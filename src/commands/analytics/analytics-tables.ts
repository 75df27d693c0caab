import { COMPLETENESS_LABELS, TIMELINESS_LABELS } from "../../domain/completeness.js";
import type { ExplorerResult } from "../explore-indicators.js";
import type { CompletenessView } from "../get-completeness.js";
import type { CompletenessGrid } from "../get-completeness-grid.js";
import type { AnalyticsTable, ColumnKind } from "./analytics-table.js";

const kindOf = (valueType: string): ColumnKind =>
  valueType === "percent" ? "percent" : valueType === "integer" || valueType === "money" ? "integer" : "decimal";

/** The completeness of one period as a table. */
export function completenessTable(view: CompletenessView): AnalyticsTable {
  return {
    title: `Tình hình gửi báo cáo ${view.periodLabel} — ${view.regime.name}`,
    sheetName: `Gửi báo cáo ${view.periodCode}`,
    columns: [
      { key: "unitCode", header: "Mã đơn vị", kind: "text", width: 14 },
      { key: "unitName", header: "Đơn vị", kind: "text", width: 44 },
      { key: "state", header: "Trạng thái", kind: "text", width: 16 },
      { key: "deadline", header: "Hạn gửi", kind: "text", width: 12 },
      { key: "sentOn", header: "Ngày gửi", kind: "text", width: 12 },
      { key: "timeliness", header: "Đúng hạn", kind: "text", width: 18 },
      { key: "daysLate", header: "Số ngày muộn", kind: "integer" },
    ],
    rows: view.rows.map((r) => ({
      unitCode: r.unitCode,
      unitName: r.unitName,
      state: COMPLETENESS_LABELS[r.state],
      deadline: r.deadline,
      sentOn: r.sentOn,
      timeliness: TIMELINESS_LABELS[r.timeliness],
      daysLate: r.daysLate,
    })),
  };
}

/** The year's grid as a table: a row per unit, a column per period (state and days late), totals at the end. */
export function completenessGridTable(grid: CompletenessGrid): AnalyticsTable {
  return {
    title: `Tình hình gửi báo cáo năm ${grid.year} — ${grid.regime.name}`,
    sheetName: `Năm ${grid.year}`,
    columns: [
      { key: "unitName", header: "Đơn vị", kind: "text", width: 44 },
      ...grid.periods.map((p) => ({ key: p.code, header: p.label, kind: "text" as const, width: 16 })),
      { key: "sent", header: "Số kỳ đã gửi", kind: "integer" },
      { key: "sentRate", header: "Tỷ lệ đã gửi (%)", kind: "percent" },
      { key: "onTimeRate", header: "Tỷ lệ đúng hạn (%)", kind: "percent" },
    ],
    rows: grid.rows.map((row) => ({
      unitName: row.unitName,
      ...Object.fromEntries(
        grid.periods.map((p, i) => {
          const cell = row.cells[i];
          const text = !cell
            ? "—"
            : cell.state === "not_started" && cell.timeliness === "due"
              ? TIMELINESS_LABELS.due
              : `${COMPLETENESS_LABELS[cell.state]}${cell.daysLate > 0 ? ` (${cell.daysLate} ngày)` : ""}`;
          return [p.code, text];
        }),
      ),
      sent: row.counts.byState.sent,
      sentRate: row.counts.sentRate,
      onTimeRate: row.counts.onTimeRate,
    })),
  };
}

/** The explorer's cells as a flat table: indicator, category, unit, period, value, and what was combined. */
export function explorerTable(result: ExplorerResult): AnalyticsTable {
  const indicators = new Map(result.indicators.map((i) => [i.code, i]));
  const units = new Map(result.units.map((u) => [u.code, u.name]));
  const periods = new Map(result.periods.map((p) => [p.code, p.label]));
  const percent = result.indicators.every((i) => i.valueType === "percent");
  return {
    title: `Số liệu chỉ tiêu — ${result.regime.name}`,
    sheetName: "Số liệu",
    columns: [
      { key: "indicator", header: "Chỉ tiêu", kind: "text", width: 40 },
      { key: "category", header: "Phân tổ", kind: "text", width: 16 },
      { key: "unit", header: "Đơn vị", kind: "text", width: 40 },
      { key: "period", header: "Kỳ", kind: "text", width: 16 },
      { key: "value", header: "Giá trị", kind: percent ? "percent" : "decimal" },
      { key: "unitOfMeasure", header: "Đơn vị tính", kind: "text", width: 12 },
      { key: "combined", header: "Cộng gộp từ", kind: "text", width: 50 },
    ],
    rows: result.cells.map((c) => {
      const indicator = indicators.get(c.indicatorCode);
      return {
        indicator: indicator?.name ?? c.indicatorCode,
        category:
          indicator?.categories.find((k) => k.code === c.disaggregation)?.name ?? (c.disaggregation || "Tổng số"),
        unit: units.get(c.unitCode) ?? c.unitCode,
        period: periods.get(c.periodCode) ?? c.periodCode,
        value: c.value,
        unitOfMeasure: indicator?.unitOfMeasure ?? null,
        combined: c.isCombined ? c.combinedFrom.map((code) => result.contributorNames[code] ?? code).join("; ") : null,
      };
    }),
  };
}

/** The explorer's rankings as a table: indicator, period, rank, unit, value, previous rank and change. */
export function rankingTable(result: ExplorerResult): AnalyticsTable {
  const indicators = new Map(result.indicators.map((i) => [i.code, i]));
  const kind = kindOf(result.indicators[0]?.valueType ?? "decimal");
  return {
    title: `Xếp hạng — ${result.regime.name}`,
    sheetName: "Xếp hạng",
    columns: [
      { key: "indicator", header: "Chỉ tiêu", kind: "text", width: 40 },
      { key: "period", header: "Kỳ", kind: "text", width: 12 },
      { key: "rank", header: "Thứ hạng", kind: "integer" },
      { key: "unit", header: "Đơn vị", kind: "text", width: 40 },
      { key: "value", header: "Giá trị", kind },
      { key: "previousRank", header: "Thứ hạng kỳ trước", kind: "integer" },
      { key: "change", header: "Tăng (+) / giảm (−) bậc", kind: "integer" },
    ],
    rows: result.rankings.flatMap((r) =>
      r.entries.map((e) => ({
        indicator: indicators.get(r.indicatorCode)?.name ?? r.indicatorCode,
        period: r.periodCode,
        rank: e.rank,
        unit: e.unitName,
        value: e.value,
        previousRank: e.previousRank,
        change: e.change,
      })),
    ),
  };
}
