import type { CompletenessCell, CompletenessCounts } from "../../../../contract/analytics.js";
import { ErrorBox, Loading } from "../../components/status.js";
import { formatDate, periodLabel } from "../../format.js";
import { useI18n } from "../../i18n/index.js";
import { Link } from "../../router.js";
import { useApi } from "../../use-api.js";
import { analyticsApi } from "./analytics-api.js";
import {
  ANALYTICS_PATHS,
  BackToOverview,
  ExportLinks,
  FilterBar,
  RegimeField,
  useAnalyticsParams,
  YearField,
} from "./analytics-filters.js";
import { type CellTone, cellTone, formatRate, reportingSpan, shortUnitName } from "./completeness-helpers.js";

const LEGEND: CellTone[] = ["on-time", "late", "overdue", "pending", "not-due", "none"];

function GridCell({ cell }: { cell: CompletenessCell | null }) {
  const { t } = useI18n();
  const c = t.completeness;
  const tone = cellTone(cell);
  if (!cell) {
    return (
      <td className="grid-cell tone-none" title={c.notRequired}>
        —
      </td>
    );
  }
  const text = tone === "not-due" ? c.notYetDue : c.states[cell.state];
  const detail =
    cell.timeliness === "overdue"
      ? c.overdueShort(cell.daysLate)
      : cell.daysLate > 0
        ? c.daysLateShort(cell.daysLate)
        : cell.sentOn
          ? formatDate(cell.sentOn).slice(0, 5)
          : null;
  const title = `${c.deadline}: ${formatDate(cell.deadline)}${cell.sentOn ? ` — ${c.sentOn}: ${formatDate(cell.sentOn)}` : ""}`;
  const body = (
    <>
      <span className="grid-state">{text}</span>
      {detail ? <span className="grid-detail">{detail}</span> : null}
    </>
  );
  return (
    <td className={`grid-cell tone-${tone}`} title={title}>
      {cell.reportId !== null ? <Link href={`/reports/${cell.reportId}`}>{body}</Link> : body}
    </td>
  );
}

function RateCells({ counts }: { counts: CompletenessCounts }) {
  const { t, language } = useI18n();
  const due = counts.expected - counts.notYetDue;
  if (due === 0) {
    return (
      <td className="num muted" colSpan={2}>
        {t.completeness.notYetDue}
      </td>
    );
  }
  return (
    <>
      <td className="num">{formatRate(counts.sentRate, language)}</td>
      <td className="num">{formatRate(counts.onTimeRate, language)}</td>
    </>
  );
}

/** The year's grid: units × periods, coloured by timeliness, with counts and rates per unit and per period. */
export function GridPage() {
  const { t, language } = useI18n();
  const c = t.completeness;
  const params = useAnalyticsParams();
  const { regimeCode, year } = params;
  const grid = useApi(
    (signal) => (regimeCode ? analyticsApi.grid(regimeCode, year, signal) : new Promise<never>(() => {})),
    [regimeCode, year],
  );
  const data = grid.status === "ready" ? grid.data : grid.status === "loading" ? grid.data : undefined;
  const shortLabel = (code: string) => {
    const month = /^\d{4}-(\d{2})$/.exec(code);
    if (month) return c.monthShort(Number(month[1]));
    return periodLabel(code, t).replace(/\/?\s?\d{4}$/, "");
  };
  return (
    <div className="page analytics-page">
      <BackToOverview />
      <h1 className="page-title">
        {c.pages.grid} {year}
      </h1>
      <FilterBar label={t.reports.filters}>
        <RegimeField params={params} />
        <YearField params={params} />
      </FilterBar>
      {grid.status === "error" ? <ErrorBox error={grid.error} /> : null}
      {!data && grid.status === "loading" ? <Loading /> : null}
      {data ? (
        <section className="panel" aria-label={c.pages.grid}>
          <div className="panel-head">
            <h2>{data.regime.name}</h2>
            <ExportLinks table="grid" query={{ regime: regimeCode, year: String(year) }} />
          </div>
          {data.rows.length === 0 ? (
            <p className="empty">{c.noRows}</p>
          ) : (
            <div className="table-wrap grid-wrap">
              <table className="table completeness-grid" data-testid="completeness-grid">
                <thead>
                  <tr>
                    <th className="sticky-col">{c.unit}</th>
                    {data.periods.map((p) => (
                      <th key={p.code} className="grid-head">
                        <Link
                          href={`${ANALYTICS_PATHS.period}?regime=${encodeURIComponent(regimeCode)}&period=${p.code}`}
                          title={periodLabel(p.code, t)}
                        >
                          {shortLabel(p.code)}
                        </Link>
                      </th>
                    ))}
                    <th className="num">{c.sent}</th>
                    <th className="num">{c.sentRate}</th>
                    <th className="num">{c.onTimeRate}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => {
                    const span = reportingSpan(row.cells);
                    return (
                      <tr key={row.unitCode}>
                        <th scope="row" className="sticky-col" title={row.unitName}>
                          {shortUnitName(row.unitName)}
                          {span ? (
                            <span className="grid-detail">
                              {c.span(
                                periodLabel(data.periods[span.first]!.code, t),
                                periodLabel(data.periods[span.last]!.code, t),
                              )}
                            </span>
                          ) : null}
                        </th>
                        {row.cells.map((cell, i) => (
                          <GridCell key={data.periods[i]!.code} cell={cell} />
                        ))}
                        <td className="num">
                          {row.counts.byState.sent}/{row.counts.expected - row.counts.notYetDue}
                        </td>
                        <RateCells counts={row.counts} />
                      </tr>
                    );
                  })}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" className="sticky-col">
                      {c.sent}
                    </th>
                    {data.periods.map((p) => (
                      <td key={p.code} className="num">
                        {p.counts.expected === p.counts.notYetDue
                          ? "—"
                          : `${p.counts.byState.sent}/${p.counts.expected}`}
                      </td>
                    ))}
                    <td className="num">{data.counts.byState.sent}</td>
                    <td className="num" colSpan={2} />
                  </tr>
                  <tr>
                    <th scope="row" className="sticky-col">
                      {c.sentRate}
                    </th>
                    {data.periods.map((p) => (
                      <td key={p.code} className={`num${p.counts.expected === p.counts.notYetDue ? " muted" : ""}`}>
                        {p.counts.expected === p.counts.notYetDue
                          ? c.notYetDue
                          : formatRate(p.counts.sentRate, language)}
                      </td>
                    ))}
                    <td className="num strong" colSpan={3}>
                      {c.total}: {formatRate(data.counts.sentRate, language) ?? c.notYetDue}
                    </td>
                  </tr>
                  <tr>
                    <th scope="row" className="sticky-col">
                      {c.onTimeRate}
                    </th>
                    {data.periods.map((p) => (
                      <td key={p.code} className={`num${p.counts.expected === p.counts.notYetDue ? " muted" : ""}`}>
                        {p.counts.expected === p.counts.notYetDue
                          ? c.notYetDue
                          : formatRate(p.counts.onTimeRate, language)}
                      </td>
                    ))}
                    <td className="num strong" colSpan={3}>
                      {c.total}: {formatRate(data.counts.onTimeRate, language) ?? c.notYetDue}
                    </td>
                  </tr>
                </tfoot>
              </table>
            </div>
          )}
          <div className="grid-legend" role="note" aria-label={c.legend}>
            <strong>{c.legend}:</strong>
            {LEGEND.map((tone) => (
              <span key={tone} className="legend-item">
                <span className={`legend-swatch tone-${tone}`} aria-hidden="true" />
                {tone === "on-time"
                  ? c.timeliness.on_time
                  : tone === "late"
                    ? c.timeliness.late
                    : tone === "overdue"
                      ? c.timeliness.overdue
                      : tone === "pending"
                        ? `${c.states.draft}, ${c.timeliness.due.toLowerCase()}`
                        : tone === "not-due"
                          ? c.notYetDue
                          : c.notRequired}
              </span>
            ))}
          </div>
          {data.counts.notYetDue > 0 ? <p className="hint">{c.ratesNote(data.counts.notYetDue)}</p> : null}
        </section>
      ) : null}
    </div>
  );
}
