import type { DueResponse, DueWindow } from "../../contract/due.js";
import type { ErrorResponse } from "../../contract/error.js";
import type { PreviousValues } from "../../contract/figures.js";
import type { HealthResponse } from "../../contract/health.js";
import type { ImportPreview, ImportResult } from "../../contract/imports.js";
import type { IndicatorList, ListIndicatorsQuery } from "../../contract/indicators.js";
import type { RegimeDetail, RegimeList } from "../../contract/regimes.js";
import type { ListReportsQuery, ReportDetail, ReportList } from "../../contract/reports.js";
import type { SessionResponse, SignInBody } from "../../contract/session.js";
import type { ListUnitsQuery, UnitDetail, UnitList } from "../../contract/units.js";
import type {
  AuditList,
  CreateReportBody,
  ReportAction,
  SavedSection,
  SavedValues,
  SaveTasksBody,
  SaveValuesBody,
  TransitionResult,
} from "../../contract/workflow.js";

/** An API failure with the server's stable code and Vietnamese message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** What the server attached, e.g. `{current}` on a 409 STALE_VERSION. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

type Query = Record<string, string | number | undefined>;
type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

// The CSRF token lives in memory only (never in storage a script of another page could read); the session
// cookie itself is http-only, so a reload asks GET /api/session for the token again.
let csrfToken: string | null = null;
const unauthorizedListeners = new Set<() => void>();

/** Remembers (or forgets, with null) the token sent in `x-csrf-token` on every state-changing request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Calls `listener` whenever an API call answers 401 (the session is missing or expired); returns the unsubscribe. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** The session calls handle their own 401 (a wrong password is not an expired session). */
  quiet401?: boolean;
}

async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const url = params.size ? `/api${path}?${params}` : `/api${path}`;
  const headers: Record<string, string> = { accept: "application/json" };
  const isForm = options.body instanceof FormData;
  const isFile = options.body instanceof Blob;
  if (isFile) headers["content-type"] = (options.body as Blob).type || "application/octet-stream";
  else if (options.body !== undefined && !isForm) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: "same-origin",
      signal: options.signal ?? null,
      ...(options.body === undefined
        ? {}
        : { body: isForm || isFile ? (options.body as FormData | Blob) : JSON.stringify(options.body) }),
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiError(0, "NETWORK", "Không kết nối được máy chủ; kiểm tra kết nối mạng rồi thử lại.");
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ErrorResponse | null;
    const error = new ApiError(
      response.status,
      body?.error.code ?? "HTTP_ERROR",
      body?.error.message ?? `Máy chủ trả lỗi ${response.status}.`,
      body?.error.field,
      body?.error.details,
    );
    if (response.status === 401 && !options.quiet401) {
      csrfToken = null;
      for (const listener of unauthorizedListeners) listener();
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

const get = <T>(path: string, query: Query = {}, signal?: AbortSignal) => request<T>("GET", path, { query, signal });

/** A GET of the API with the session cookie and the app's 401 handling, for feature modules' own endpoints. */
export const apiGet = get;

/** A POST of a JSON body with the CSRF token, for feature modules' own endpoints. */
export const apiPost = <T>(path: string, body: unknown) => request<T>("POST", path, { body });

/** A state-changing call (with the CSRF token), for feature modules' own endpoints. */
export const apiSend = <T>(method: Exclude<Method, "GET">, path: string, body?: unknown) =>
  request<T>(method, path, body === undefined ? {} : { body });

/** The API of baocao, typed by the contract schemas the server validates with. */
export const api = {
  health: (signal?: AbortSignal) => get<HealthResponse>("/health", {}, signal),
  getSession: (signal?: AbortSignal) => request<SessionResponse>("GET", "/session", { signal, quiet401: true }),
  signIn: (body: SignInBody) => request<SessionResponse>("POST", "/session", { body, quiet401: true }),
  signOut: () => request<void>("DELETE", "/session", { quiet401: true }),
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
  createReport: (body: CreateReportBody) => request<ReportDetail>("POST", "/reports", { body }),
  saveSection: (id: number, sectionId: number, text: string, baseVersion: number) =>
    request<SavedSection>("PUT", `/reports/${id}/sections/${sectionId}`, { body: { text, baseVersion } }),
  transition: (id: number, action: ReportAction, comment?: string) =>
    request<TransitionResult>("POST", `/reports/${id}/transitions`, {
      body: comment ? { action, comment } : { action },
    }),
  getAudit: (id: number, signal?: AbortSignal) => get<AuditList>(`/reports/${id}/audit`, {}, signal),
  inbox: (signal?: AbortSignal) => get<ReportList>("/inbox", {}, signal),
  saveValues: (id: number, body: SaveValuesBody) => request<SavedValues>("PUT", `/reports/${id}/values`, { body }),
  previousValues: (id: number, signal?: AbortSignal) =>
    get<PreviousValues>(`/reports/${id}/values/previous`, {}, signal),
  importValuesXlsx: (file: File, target: { regime: string; unit: string; period: string }) =>
    request<{ reportId: number; imported: number; version: number }>("POST", "/analytics/values-import", {
      query: target,
      body: file,
    }),
  previewImport: (file: File) => {
    const form = new FormData();
    form.append("file", file);
    return request<ImportPreview>("POST", "/imports/preview", { body: form });
  },
  importReport: (file: File, target: { unitCode: string; periodCode: string; regimeCode: string | null }) => {
    const form = new FormData();
    form.append("unitCode", target.unitCode);
    form.append("periodCode", target.periodCode);
    form.append("regimeCode", target.regimeCode ?? "");
    form.append("file", file);
    return request<ImportResult>("POST", "/imports", { body: form });
  },
  saveTasks: (id: number, body: SaveTasksBody) => request<{ version: number }>("PUT", `/reports/${id}/tasks`, { body }),
  dueReports: (window: DueWindow, signal?: AbortSignal) => get<DueResponse>("/reports/due", { window }, signal),
};
