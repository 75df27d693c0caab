import type { ReactNode } from "react";
import type { Regime } from "../../../../contract/regimes.js";
import { api } from "../../api.js";
import { useI18n } from "../../i18n/index.js";
import { navigate, useLocation, withQuery } from "../../router.js";
import { type Loadable, useApi } from "../../use-api.js";
import { lastDuePeriod, periodChoices, todayInVietnam } from "./completeness-helpers.js";

/** The analytics pages under one prefix; the explorer page is another helper's. */
export const ANALYTICS_PATHS = {
  overview: "/phan-tich",
  period: "/phan-tich/tinh-hinh-gui",
  grid: "/phan-tich/bang-nam",
  reminders: "/phan-tich/nhac-han",
  consolidation: "/phan-tich/tong-hop",
  explorer: "/phan-tich/chi-tieu",
} as const;

const DEFAULT_REGIME = "ICT-THANG";

export interface AnalyticsParams {
  regimes: Loadable<Regime[]>;
  regime: Regime | null;
  regimeCode: string;
  year: number;
  /** The chosen period, or the last one whose deadline has passed. */
  period: string;
  query: URLSearchParams;
  /** Changes the address's query (replacing the history entry), which re-renders the page. */
  set(patch: Record<string, string | number | null>): void;
}

/**
 * The regime, year and period the analytics pages show, kept in the address so a view can be shared: regime
 * defaults to the monthly ICT regime, period to the last one whose deadline has passed, year to its year.
 */
export function useAnalyticsParams(): AnalyticsParams {
  const { path, query } = useLocation();
  const regimes = useApi(
    async (signal) => (await api.listRegimes(signal)).items.filter((r) => r.frequency !== "once"),
    [],
  );
  const list = regimes.status === "ready" ? regimes.data : [];
  const regimeCode =
    query.get("regime") ?? (list.some((r) => r.code === DEFAULT_REGIME) ? DEFAULT_REGIME : (list[0]?.code ?? ""));
  const regime = list.find((r) => r.code === regimeCode) ?? null;
  const chosen = query.get("period");
  const fallback = regime ? lastDuePeriod(regime, todayInVietnam()) : null;
  const period = chosen ?? fallback ?? "";
  const year = Number(query.get("year") ?? (period.slice(0, 4) || todayInVietnam().slice(0, 4)));
  const set = (patch: Record<string, string | number | null>) => {
    const next: Record<string, string> = Object.fromEntries(query.entries());
    for (const [key, value] of Object.entries(patch)) {
      if (value === null || value === "") delete next[key];
      else next[key] = String(value);
    }
    navigate(withQuery(path, next), { replace: true });
  };
  return { regimes, regime, regimeCode, year, period, query, set };
}

/** The filter bar: regime select, then the page's own fields (year, period, ...). */
export function FilterBar({ children, label }: { children?: ReactNode; label: string }) {
  return (
    <form className="panel analytics-filters" aria-label={label} onSubmit={(e) => e.preventDefault()}>
      {children}
    </form>
  );
}

/** The regime select (periodic regimes from GET /api/regimes). */
export function RegimeField({ params, onChange }: { params: AnalyticsParams; onChange?: (code: string) => void }) {
  const { t } = useI18n();
  const list = params.regimes.status === "ready" ? params.regimes.data : [];
  return (
    <label className="field">
      <span>{t.completeness.regime}</span>
      <select
        className="input"
        name="regime"
        value={params.regimeCode}
        onChange={(e) =>
          onChange ? onChange(e.target.value) : params.set({ regime: e.target.value, period: null, year: null })
        }
      >
        {list.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name} ({t.frequencies[r.frequency]})
          </option>
        ))}
      </select>
    </label>
  );
}

/** The year field (a number input, changes the year and clears a period of another year). */
export function YearField({ params }: { params: AnalyticsParams }) {
  const { t } = useI18n();
  return (
    <label className="field narrow">
      <span>{t.completeness.year}</span>
      <input
        className="input"
        type="number"
        name="year"
        min={2000}
        max={2100}
        value={params.year}
        onChange={(e) => {
          const year = Number(e.target.value);
          if (!Number.isInteger(year) || year < 2000 || year > 2100) return;
          const periods = params.regime ? periodChoices(params.regime.frequency, year) : [];
          params.set({ year, period: periods.at(-1)?.code ?? null });
        }}
      />
    </label>
  );
}

/** The period select: the regime's periods of the chosen year. */
export function PeriodField({ params }: { params: AnalyticsParams }) {
  const { t, language } = useI18n();
  const choices = params.regime ? periodChoices(params.regime.frequency, params.year, language) : [];
  const options = choices.some((c) => c.code === params.period)
    ? choices
    : [{ code: params.period, label: params.period }, ...choices];
  return (
    <label className="field">
      <span>{t.completeness.period}</span>
      <select
        className="input"
        name="period"
        value={params.period}
        onChange={(e) => params.set({ period: e.target.value, year: Number(e.target.value.slice(0, 4)) })}
      >
        {options
          .filter((o) => o.code !== "")
          .map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
      </select>
    </label>
  );
}

/** Download links of one export table, as .xlsx and .csv. */
export function ExportLinks({ table, query }: { table: string; query: Record<string, string> }) {
  const { t } = useI18n();
  const url = (format: string) => `/api/analytics/export/${table}?${new URLSearchParams({ ...query, format })}`;
  return (
    <span className="downloads no-print">
      <a className="button" href={url("xlsx")} download>
        {t.completeness.downloadXlsx}
      </a>
      <a className="button" href={url("csv")} download>
        {t.completeness.downloadCsv}
      </a>
    </span>
  );
}

/** Breadcrumb back to the overview. */
export function BackToOverview() {
  const { t } = useI18n();
  return (
    <nav className="breadcrumb no-print" aria-label="breadcrumb">
      <a
        href={ANALYTICS_PATHS.overview}
        onClick={(e) => {
          e.preventDefault();
          navigate(ANALYTICS_PATHS.overview);
        }}
      >
        {t.completeness.overviewTitle}
      </a>
    </nav>
  );
}
