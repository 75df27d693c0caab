import type {
  CompletenessGridResponse,
  CompletenessResponse,
  ConsolidationResponse,
} from "../../../../contract/analytics.js";
import { apiGet, apiPost } from "../../api.js";

/** The reminders list as the API returns it. */
export interface RemindersResponse {
  items: CompletenessResponse["rows"];
}

/** The analytics API, typed by the contract. */
export const analyticsApi = {
  completeness: (regime: string, period: string, signal?: AbortSignal) =>
    apiGet<CompletenessResponse>("/analytics/completeness", { regime, period }, signal),
  grid: (regime: string, year: number, signal?: AbortSignal) =>
    apiGet<CompletenessGridResponse>("/analytics/completeness/grid", { regime, year: String(year) }, signal),
  reminders: (regime: string, withinDays: number, signal?: AbortSignal) =>
    apiGet<RemindersResponse>("/analytics/reminders", { regime, withinDays: String(withinDays) }, signal),
  consolidate: (body: { regime: string; unit: string; period: string; preview: boolean; baseVersion?: number }) =>
    apiPost<ConsolidationResponse>("/analytics/consolidations", body),
  exportUrl: (table: string, query: Record<string, string>) =>
    `/api/analytics/export/${table}?${new URLSearchParams(query)}`,
};
