import type { CompletenessGridResponse, ExplorerResponse } from "../../../../contract/analytics.js";
import { ApiError } from "../../api.js";

async function getJson<T>(path: string, query: Record<string, string>, signal?: AbortSignal): Promise<T> {
  const response = await fetch(`/api${path}?${new URLSearchParams(query)}`, {
    headers: { accept: "application/json" },
    credentials: "same-origin",
    signal,
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
    throw new ApiError(
      response.status,
      body?.error?.code ?? "HTTP_ERROR",
      body?.error?.message ?? `Lỗi ${response.status}`,
    );
  }
  return (await response.json()) as T;
}

/** The analytics read API, typed by the contract. */
export const analyticsApi = {
  grid: (regime: string, year: number, signal?: AbortSignal) =>
    getJson<CompletenessGridResponse>("/analytics/completeness/grid", { regime, year: String(year) }, signal),
  ranking: (regime: string, indicator: string, period: string, signal?: AbortSignal) =>
    getJson<ExplorerResponse>(
      "/analytics/indicators",
      { regime, indicators: indicator, periods: period, level: "provinces" },
      signal,
    ),
  exportUrl: (table: string, query: Record<string, string>) =>
    `/api/analytics/export/${table}?${new URLSearchParams(query)}`,
};
