import type { CompletenessCounts, CompletenessState } from "../../../../contract/analytics.js";
import { ErrorBox, Loading } from "../../components/status.js";
import { formatDate } from "../../format.js";
import { useI18n } from "../../i18n/index.js";
import { Link } from "../../router.js";
import { useApi } from "../../use-api.js";
import { analyticsApi } from "./analytics-api.js";
import {
  BackToOverview,
  ExportLinks,
  FilterBar,
  PeriodField,
  RegimeField,
  useAnalyticsParams,
  YearField,
} from "./analytics-filters.js";
import { cellTone, filterByState, formatRate } from "./completeness-helpers.js";

const STATES: CompletenessState[] = ["not_started", "draft", "submitted", "issued", "sent"];

/** The counts on top of a period: expected, per state, on time / late / overdue, and the rates once due. */
export function CountsStrip({ counts }: { counts: CompletenessCounts }) {
  const { t, language } = useI18n();
  const c = t.completeness;
  const due = counts.expected - counts.notYetDue;
  const items: [string, string, string?][] = [
    [c.expected, String(counts.expected)],
    [c.sent, `${counts.byState.sent}/${counts.expected}`, "ok"],
    [c.onTime, String(counts.onTime), "ok"],
    [c.late, String(counts.late), counts.late > 0 ? "warn" : undefined],
    [c.overdue, String(counts.overdue), counts.overdue > 0 ? "danger" : undefined],
    [c.sentRate, due === 0 ? c.notYetDue : (formatRate(counts.sentRate, language) ?? "—")],
    [c.onTimeRate, due === 0 ? c.notYetDue : (formatRate(counts.onTimeRate, language) ?? "—")],
  ];
  return (
    <dl className="counts-strip" data-testid="completeness-counts">
      {items.map(([label, value, tone]) => (
        <div key={label} className={`count-card${tone ? ` count-${tone}` : ""}`}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Completeness of one period: every unit that must report, its state, sent date against its deadline. */
export function CompletenessPage() {
  const { t } = useI18n();
  const c = t.completeness;
  const params = useAnalyticsParams();
  const { regimeCode, period } = params;
  const stateFilter = (params.query.get("state") ?? "all") as CompletenessState | "all";
  const view = useApi(
    (signal) =>
      regimeCode && period ? analyticsApi.completeness(regimeCode, period, signal) : new Promise<never>(() => {}),
    [regimeCode, period],
  );
  const data = view.status === "ready" ? view.data : view.status === "loading" ? view.data : undefined;
  const rows = data ? filterByState(data.rows, stateFilter) : [];
  return (
    <div className="page analytics-page">
      <BackToOverview />
      <h1 className="page-title">
        {c.pages.period}
        {data ? ` — ${data.periodLabel}` : ""}
      </h1>
      <FilterBar label={t.reports.filters}>
        <RegimeField params={params} />
        <YearField params={params} />
        <PeriodField params={params} />
        <label className="field narrow">
          <span>{c.stateFilter}</span>
          <select
            className="input"
            name="state"
            value={stateFilter}
            onChange={(e) => params.set({ state: e.target.value === "all" ? null : e.target.value })}
          >
            <option value="all">{t.common.all}</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {c.states[s]}
                {data ? ` (${data.counts.byState[s]})` : ""}
              </option>
            ))}
          </select>
        </label>
      </FilterBar>
      {view.status === "error" ? <ErrorBox error={view.error} /> : null}
      {!data && view.status === "loading" ? <Loading /> : null}
      {data ? (
        <section className="panel" aria-label={c.pages.period}>
          <div className="panel-head">
            <h2>{data.regime.name}</h2>
            <ExportLinks table="completeness" query={{ regime: regimeCode, period }} />
          </div>
          <CountsStrip counts={data.counts} />
          {rows.length === 0 ? (
            <p className="empty">{data.rows.length === 0 ? c.noRows : c.noRowsFiltered}</p>
          ) : (
            <div className="table-wrap">
              <table className="table table-dense completeness-list" data-testid="completeness-list">
                <thead>
                  <tr>
                    <th>{c.unit}</th>
                    <th>{c.state}</th>
                    <th>{c.deadline}</th>
                    <th>{c.sentOn}</th>
                    <th>{c.daysLate}</th>
                    <th>{c.report}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.unitCode} className={`tone-row tone-${cellTone(row)}`}>
                      <td>{row.unitName}</td>
                      <td>
                        <span className={`badge cstate-${row.state}`}>{c.states[row.state]}</span>
                      </td>
                      <td className="nowrap">{formatDate(row.deadline)}</td>
                      <td className="nowrap">{formatDate(row.sentOn)}</td>
                      <td className="nowrap">
                        <span className={`tone-text tone-${cellTone(row)}`}>
                          {row.daysLate > 0
                            ? `${c.timeliness[row.timeliness]}: ${c.days(row.daysLate)}`
                            : row.timeliness === "due" && row.daysLeft !== null
                              ? `${c.timeliness.due} (${c.daysLeftText(row.daysLeft)})`
                              : c.timeliness[row.timeliness]}
                        </span>
                      </td>
                      <td>
                        {row.reportId !== null ? <Link href={`/reports/${row.reportId}`}>{c.openReport}</Link> : "—"}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {data.counts.notYetDue > 0 ? <p className="hint">{c.ratesNote(data.counts.notYetDue)}</p> : null}
        </section>
      ) : null}
    </div>
  );
}
