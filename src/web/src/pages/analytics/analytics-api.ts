import type { CompletenessGridResponse, ExplorerResponse } from "../../../../contract/analytics.js";
import { apiGet } from "../../api.js";

/** The analytics read API, typed by the contract. */
export const analyticsApi = {
  grid: (regime: string, year: number, signal?: AbortSignal) =>
    apiGet<CompletenessGridResponse>("/analytics/completeness/grid", { regime, year: String(year) }, signal),
  ranking: (regime: string, indicator: string, period: string, signal?: AbortSignal) =>
    apiGet<ExplorerResponse>(
      "/analytics/indicators",
      { regime, indicators: indicator, periods: period, level: "provinces" },
      signal,
    ),
  exportUrl: (table: string, query: Record<string, string>) =>
    `/api/analytics/export/${table}?${new URLSearchParams(query)}`,
};
