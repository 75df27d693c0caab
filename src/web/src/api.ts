import type { ErrorResponse } from "../../contract/error.js";
import type { HealthResponse } from "../../contract/health.js";
import type { ImportPreview, ImportResult } from "../../contract/imports.js";
import type { IndicatorList, ListIndicatorsQuery } from "../../contract/indicators.js";
import type { RegimeDetail, RegimeList } from "../../contract/regimes.js";
import type { ListReportsQuery, ReportDetail, ReportList } from "../../contract/reports.js";
import type { SessionResponse } from "../../contract/session.js";
import type { ListUnitsQuery, UnitDetail, UnitList } from "../../contract/units.js";

/** An API failure with the server's stable code and Vietnamese message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

type Query = Record<string, string | number | undefined>;

async function get<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const url = params.size ? `/api${path}?${params}` : `/api${path}`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: "application/json" }, credentials: "same-origin", signal });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiError(0, "NETWORK", "Không kết nối được máy chủ.");
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ErrorResponse | null;
    throw new ApiError(
      response.status,
      body?.error.code ?? "HTTP_ERROR",
      body?.error.message ?? `Máy chủ trả lỗi ${response.status}.`,
      body?.error.field,
    );
  }
  return (await response.json()) as T;
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as ErrorResponse | null;
  return new ApiError(
    response.status,
    body?.error.code ?? "HTTP_ERROR",
    body?.error.message ?? `Máy chủ trả lỗi ${response.status}.`,
    body?.error.field,
  );
}

/** A state-changing request (JSON or multipart) carrying the session's CSRF token. */
async function send<T>(path: string, body: FormData | object, csrfToken?: string): Promise<T> {
  const isForm = body instanceof FormData;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        accept: "application/json",
        ...(isForm ? {} : { "content-type": "application/json" }),
        ...(csrfToken ? { "x-csrf-token": csrfToken } : {}),
      },
      body: isForm ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "NETWORK", "Không kết nối được máy chủ.");
  }
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}

/** The read API of baocao, typed by the contract schemas the server validates with. */
export const api = {
  health: (signal?: AbortSignal) => get<HealthResponse>("/health", {}, signal),
  listUnits: (query: Partial<ListUnitsQuery>, signal?: AbortSignal) => get<UnitList>("/units", { ...query }, signal),
  getUnit: (code: string, signal?: AbortSignal) => get<UnitDetail>(`/units/${encodeURIComponent(code)}`, {}, signal),
  listRegimes: (signal?: AbortSignal) => get<RegimeList>("/regimes", {}, signal),
  getRegime: (code: string, signal?: AbortSignal) =>
    get<RegimeDetail>(`/regimes/${encodeURIComponent(code)}`, {}, signal),
  listIndicators: (query: Partial<ListIndicatorsQuery>, signal?: AbortSignal) =>
    get<IndicatorList>("/indicators", { ...query }, signal),
  listReports: (query: Partial<ListReportsQuery>, signal?: AbortSignal) =>
    get<ReportList>("/reports", { ...query }, signal),
  getReport: (id: number, signal?: AbortSignal) => get<ReportDetail>(`/reports/${id}`, {}, signal),
  getSession: (signal?: AbortSignal) => get<SessionResponse>("/session", {}, signal),
  signIn: (username: string, password: string) => send<SessionResponse>("/session", { username, password }),
  previewImport: (file: File, csrfToken: string) => {
    const form = new FormData();
    form.append("file", file);
    return send<ImportPreview>("/imports/preview", form, csrfToken);
  },
  importReport: (
    file: File,
    target: { unitCode: string; periodCode: string; regimeCode: string | null },
    csrfToken: string,
  ) => {
    const form = new FormData();
    form.append("unitCode", target.unitCode);
    form.append("periodCode", target.periodCode);
    form.append("regimeCode", target.regimeCode ?? "");
    form.append("file", file);
    return send<ImportResult>("/imports", form, csrfToken);
  },
};
