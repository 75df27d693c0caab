import { parsePeriodCode, periodDateRange } from "../domain/period.js";
import { type AnalyticsActor, analyticsScope } from "../policies/analytics.js";
import { findAnalyticsValues } from "../storage/analytics-values.js";
import { findIndicators } from "../storage/indicators.js";
import { loadAnalyticsSetup, unitNameOn, visibleUnitIds } from "./analytics/analytics-setup.js";
import type { AnalyticsTable } from "./analytics/analytics-table.js";
import type { AppContext } from "./context.js";

export interface ExportRegimeValuesOptions {
  actor: AnalyticsActor | null;
  regimeCode: string;
  periodCode: string;
}

/**
 * Every stored value of a regime and period, one row per unit, indicator and category (for other systems):
 * codes and machine numbers, as the units reported them (no combination across merges).
 */
export async function exportRegimeValues(ctx: AppContext, options: ExportRegimeValuesOptions): Promise<AnalyticsTable> {
  const setup = await loadAnalyticsSetup(ctx, options.regimeCode);
  const period = parsePeriodCode(options.periodCode, "period");
  const visible = visibleUnitIds(analyticsScope(options.actor), setup);
  const indicators = await findIndicators(ctx.database.db, {
    codes: setup.regime.indicators.map((i) => i.indicatorCode),
  });
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const rows = await findAnalyticsValues(ctx.database.db, {
    regimeId: setup.regime.id,
    periodCodes: [options.periodCode],
    indicatorIds: indicators.map((i) => i.id),
    anyStateUnitIds: [...visible.anyState],
    releasedUnitIds: [...visible.released],
  });
  const day = periodDateRange(period).to;
  const position = new Map(setup.regime.indicators.map((i, n) => [i.indicatorCode, n]));
  rows.sort(
    (a, b) =>
      a.unitId - b.unitId ||
      (position.get(byId.get(a.indicatorId)!.code) ?? 0) - (position.get(byId.get(b.indicatorId)!.code) ?? 0) ||
      a.disaggregation.localeCompare(b.disaggregation),
  );
  return {
    title: `Số liệu ${setup.regime.name} kỳ ${options.periodCode}`,
    sheetName: `Số liệu ${options.periodCode}`,
    columns: [
      { key: "regime", header: "Mã chế độ báo cáo", kind: "text", width: 14 },
      { key: "period", header: "Kỳ báo cáo", kind: "text", width: 10 },
      { key: "unitCode", header: "Mã đơn vị", kind: "text", width: 14 },
      { key: "unitName", header: "Đơn vị", kind: "text", width: 44 },
      { key: "indicatorCode", header: "Mã chỉ tiêu", kind: "text", width: 24 },
      { key: "indicatorName", header: "Chỉ tiêu", kind: "text", width: 44 },
      { key: "category", header: "Mã phân tổ", kind: "text", width: 12 },
      { key: "value", header: "Giá trị", kind: "decimal" },
      { key: "unitOfMeasure", header: "Đơn vị tính", kind: "text", width: 12 },
      { key: "reportId", header: "Mã báo cáo", kind: "integer" },
    ],
    rows: rows.map((r) => {
      const unit = setup.byId.get(r.unitId)!;
      const indicator = byId.get(r.indicatorId)!;
      return {
        regime: setup.regime.code,
        period: r.periodCode,
        unitCode: unit.code,
        unitName: unitNameOn(unit, day),
        indicatorCode: indicator.code,
        indicatorName: indicator.name,
        category: r.disaggregation,
        value: r.value,
        unitOfMeasure: indicator.unitOfMeasure,
        reportId: r.reportId,
      };
    }),
  };
}
