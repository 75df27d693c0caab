import { useMemo } from "react";
import type { ExplorerResponse } from "../../../../contract/analytics.js";
import type { CalendarPeriodKind } from "../../../../domain/period.js";
import { api, apiGet } from "../../api.js";
import { ErrorBox, Loading } from "../../components/status.js";
import { formatDate, periodLabel } from "../../format.js";
import { useI18n } from "../../i18n/index.js";
import { navigate, useLocation, withQuery } from "../../router.js";
import { useApi } from "../../use-api.js";
import "./explorer.css";
import { ExplorerChart } from "./explorer-chart.js";
import { MultiPicker, PeriodInput } from "./explorer-pickers.js";
import { ExplorerTables, RankingTable } from "./explorer-results.js";
import {
  type ExplorerSelection,
  explorerQuery,
  exportHref,
  parseSelection,
  periodCodes,
  periodOfDate,
  selectionParams,
  shiftPeriodCode,
} from "./explorer-selection.js";
import { chartFocus, chartKindFor, chartOptions, shortUnitName } from "./explorer-view.js";

const BEFORE_MERGER = "2025-06-30";
/** How many periods back the default view starts (about a year). */
const DEFAULT_SPAN: Record<CalendarPeriodKind, number> = { month: 11, quarter: 3, half: 1, nine_months: 0, year: 2 };

const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

/**
 * The receiving level's indicator explorer: indicators × units × periods as a table, a chart (lines over time,
 * bars across units, a ranking with changes of rank), exports, and a print layout. The selection lives in the
 * address, so a view can be shared and the back button steps through earlier views.
 */
export function ExplorerPage() {
  const { t, language } = useI18n();
  const x = t.explorer;
  const { path, query } = useLocation();
  const regimes = useApi((signal) => api.listRegimes(signal), []);
  const regimeItems = (regimes.status === "ready" ? regimes.data.items : []).filter((r) => r.frequency !== "once");
  const defaultRegime = regimeItems.find((r) => r.frequency === "month")?.code ?? regimeItems[0]?.code ?? "";
  const urlSelection = parseSelection(query, { regime: defaultRegime });
  const regime = regimeItems.find((r) => r.code === urlSelection.regime);
  const kind: CalendarPeriodKind | null = regime && regime.frequency !== "once" ? regime.frequency : null;

  // Periods not in the address: about the last year of the regime's periods, up to the one before today's.
  const selection: ExplorerSelection = (() => {
    if (!kind || (urlSelection.from && urlSelection.to)) return urlSelection;
    const last = shiftPeriodCode(periodOfDate(todayIso(), urlSelection.by === "year" ? "year" : kind), -1);
    const span = urlSelection.by === "year" ? DEFAULT_SPAN.year : DEFAULT_SPAN[kind];
    return { ...urlSelection, from: urlSelection.from || shiftPeriodCode(last, -span), to: urlSelection.to || last };
  })();

  const update = (patch: Partial<ExplorerSelection>, options: { replace?: boolean } = {}) =>
    navigate(withQuery(path, selectionParams({ ...selection, ...patch })), options);

  const regimeDetail = useApi(
    (signal) => (selection.regime ? api.getRegime(selection.regime, signal) : Promise.resolve(null)),
    [selection.regime],
  );
  const indicators = useApi((signal) => api.listIndicators({}, signal), []);
  const unitKind = regime?.submittingUnitKinds[0] ?? "department";
  const asOfDate = selection.asOf || todayIso();
  const units = useApi(
    (signal) => api.listUnits({ kind: unitKind, at: asOfDate, limit: 2000 }, signal),
    [unitKind, asOfDate],
  );

  const apiQuery = kind ? explorerQuery(selection, kind) : null;
  const queryKey = apiQuery ? new URLSearchParams(apiQuery).toString() : "";
  const result = useApi(
    (signal) =>
      apiQuery
        ? apiGet<ExplorerResponse>("/analytics/indicators", apiQuery, signal)
        : Promise.resolve<ExplorerResponse | null>(null),
    [queryKey],
  );

  const formCodes = new Set(
    regimeDetail.status === "ready" && regimeDetail.data ? regimeDetail.data.indicators.map((i) => i.code) : [],
  );
  const indicatorItems = (indicators.status === "ready" ? indicators.data.items : [])
    .map((i) => ({ code: i.code, name: i.name, detail: i.unitOfMeasure, inForm: formCodes.has(i.code) }))
    // The regime's own form first, then the rest of the catalogue.
    .sort((a, b) => Number(b.inForm) - Number(a.inForm));
  const unitItems = (units.status === "ready" ? units.data.items : []).map((u) => ({
    code: u.code,
    name: u.name,
    detail: null,
  }));
  const periods = kind ? periodCodes(selection, kind) : null;
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 12 }, (_, i) => thisYear + 1 - i).reverse();

  const data = result.status === "ready" ? result.data : result.status === "loading" ? result.data : null;
  const missing = !kind
    ? regimes.status === "ready" && regime
      ? x.onceRegime
      : null
    : periods && "problem" in periods
      ? x.periodProblems[periods.problem]
      : selection.indicators.length === 0
        ? x.chooseIndicator
        : selection.unitMode === "units" && selection.units.length === 0
          ? x.chooseUnits
          : selection.unitMode === "divisions" && !selection.of
            ? x.chooseDepartmentFirst
            : null;

  return (
    <div className="page explorer-page">
      <div className="print-only print-head">
        <strong>{t.product}</strong> — {data?.regime.name ?? selection.regime}
        <br />
        {x.asOfCaption(formatDate(data?.asOf ?? asOfDate))} · {x.printedAt(formatDate(todayIso()))}
      </div>
      <h1 className="page-title">{x.title}</h1>
      <p className="muted no-print">{x.intro}</p>

      <form className="panel explorer-filters no-print" aria-label={x.filters} onSubmit={(e) => e.preventDefault()}>
        <div className="explorer-row">
          <label className="field">
            <span>{x.regime}</span>
            <select
              className="input"
              value={selection.regime}
              onChange={(e) => update({ regime: e.target.value, from: "", to: "" })}
            >
              {regimeItems.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field narrow">
            <span>{x.unitMode}</span>
            <select
              className="input"
              value={selection.unitMode}
              onChange={(e) => update({ unitMode: e.target.value as ExplorerSelection["unitMode"] })}
            >
              <option value="provinces">{x.modeProvinces}</option>
              <option value="units">{x.modeUnits}</option>
              <option value="divisions">{x.modeDivisions}</option>
            </select>
          </label>
          <div className="field">
            <label htmlFor="explorer-as-of">
              <span className="field-label">{x.asOf}</span>
            </label>
            <div className="toolbar">
              <input
                id="explorer-as-of"
                type="date"
                className="input"
                value={asOfDate}
                onChange={(e) => update({ asOf: e.target.value === todayIso() ? "" : e.target.value })}
              />
              <button
                type="button"
                className={`button small-button${selection.asOf ? "" : " pressed"}`}
                aria-pressed={!selection.asOf}
                onClick={() => update({ asOf: "" })}
              >
                {x.asOfToday}
              </button>
              <button
                type="button"
                className={`button small-button${selection.asOf === BEFORE_MERGER ? " pressed" : ""}`}
                aria-pressed={selection.asOf === BEFORE_MERGER}
                onClick={() => update({ asOf: BEFORE_MERGER })}
              >
                {x.asOfBefore}
              </button>
            </div>
          </div>
        </div>

        <div className="explorer-row">
          <MultiPicker
            label={x.indicators}
            placeholder={x.indicatorSearch}
            empty={x.noIndicatorMatch}
            items={indicatorItems}
            selected={selection.indicators}
            onChange={(codes) => update({ indicators: codes })}
            testId="indicator-picker"
          />
          {selection.unitMode === "units" ? (
            <MultiPicker
              label={x.units}
              placeholder={x.unitSearch}
              empty={x.noUnitMatch}
              items={unitItems}
              selected={selection.units}
              onChange={(codes) => update({ units: codes })}
              testId="unit-picker"
            />
          ) : selection.unitMode === "divisions" ? (
            <label className="field">
              <span>{x.department}</span>
              <select className="input" value={selection.of} onChange={(e) => update({ of: e.target.value })}>
                <option value="">{x.chooseDepartment}</option>
                {unitItems.map((u) => (
                  <option key={u.code} value={u.code}>
                    {u.name}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <div className="field">
              <span className="field-label">{x.units}</span>
              <p className="muted small">
                {x.modeProvinces}
                {units.status === "ready" ? ` (${units.data.items.length})` : ""}
              </p>
            </div>
          )}
        </div>

        <div className="explorer-row">
          <label className="field narrow">
            <span>{x.by}</span>
            <select
              className="input"
              value={selection.by}
              onChange={(e) => update({ by: e.target.value as ExplorerSelection["by"], from: "", to: "" })}
            >
              <option value="period">{kind ? t.frequencies[kind] : x.byPeriod}</option>
              <option value="year">{x.byYear}</option>
            </select>
          </label>
          {kind && selection.by === "period" ? (
            <>
              <PeriodInput
                label={x.from}
                kind={kind}
                value={selection.from}
                years={years}
                onChange={(from) => update({ from })}
              />
              <PeriodInput
                label={x.to}
                kind={kind}
                value={selection.to}
                years={years}
                onChange={(to) => update({ to })}
              />
              <label className="field narrow">
                <span>{x.wholeYear}</span>
                <select
                  className="input"
                  value=""
                  onChange={(e) => {
                    const year = Number(e.target.value);
                    if (!year) return;
                    update({ from: periodOfDate(`${year}-01-01`, kind), to: periodOfDate(`${year}-12-31`, kind) });
                  }}
                >
                  <option value="">—</option>
                  {years.map((year) => (
                    <option key={year} value={year}>
                      {year}
                    </option>
                  ))}
                </select>
              </label>
            </>
          ) : null}
          {kind && selection.by === "year" ? (
            <>
              <PeriodInput
                label={x.fromYear}
                kind="year"
                value={selection.from}
                years={years}
                onChange={(from) => update({ from })}
              />
              <PeriodInput
                label={x.toYear}
                kind="year"
                value={selection.to}
                years={years}
                onChange={(to) => update({ to })}
              />
            </>
          ) : null}
          <label className="field narrow">
            <span>{x.disaggregation}</span>
            <select
              className="input"
              value={selection.disaggregation}
              onChange={(e) => update({ disaggregation: e.target.value as ExplorerSelection["disaggregation"] })}
            >
              <option value="total">{x.total}</option>
              <option value="split">{x.split}</option>
            </select>
          </label>
          <label className="field narrow">
            <span>{x.order}</span>
            <select
              className="input"
              value={selection.order}
              onChange={(e) => update({ order: e.target.value as ExplorerSelection["order"] })}
            >
              <option value="desc">{x.orderDesc}</option>
              <option value="asc">{x.orderAsc}</option>
            </select>
          </label>
        </div>
      </form>

      {regimes.status === "error" ? <ErrorBox error={regimes.error} /> : null}
      {missing ? <p className="empty">{missing}</p> : null}
      {!missing && result.status === "error" ? <ErrorBox error={result.error} /> : null}
      {!missing && result.status === "loading" && !data ? <Loading /> : null}
      {!missing && apiQuery && data ? (
        <Results
          response={data}
          selection={selection}
          apiQuery={apiQuery}
          language={language}
          update={(patch) => update(patch, { replace: true })}
        />
      ) : null}
    </div>
  );
}

function Results({
  response,
  selection,
  apiQuery,
  language,
  update,
}: {
  response: ExplorerResponse;
  selection: ExplorerSelection;
  apiQuery: Record<string, string>;
  language: string;
  update: (patch: Partial<ExplorerSelection>) => void;
}) {
  const { t } = useI18n();
  const x = t.explorer;
  const lang = language === "en" ? "en" : "vi";
  const kind = chartKindFor(selection, response);
  const focus = chartFocus(selection, response);
  const indicator = response.indicators.find((i) => i.code === focus.indicatorCode);
  const option = useMemo(
    () =>
      chartOptions(response, kind, { indicatorCode: focus.indicatorCode, periodCode: focus.periodCode }, lang, {
        combined: t.explorer.combined,
        newlyRanked: t.explorer.newlyRanked,
        periodLabel: (code) => periodLabel(code, t),
      }),
    [response, kind, focus.indicatorCode, focus.periodCode, lang, t],
  );
  const ranking = response.rankings.find(
    (r) => r.indicatorCode === focus.indicatorCode && r.periodCode === focus.periodCode,
  );
  const bars =
    kind === "series"
      ? 0
      : kind === "ranking"
        ? (ranking?.entries.filter((e) => e.rank !== null).length ?? 0)
        : response.cells.filter(
            (c) =>
              c.indicatorCode === focus.indicatorCode &&
              c.periodCode === focus.periodCode &&
              c.disaggregation === "" &&
              c.value !== null,
          ).length;
  const withoutValues = kind === "series" ? 0 : response.units.length - bars;
  const height = kind === "series" ? 380 : kind === "ranking" ? Math.max(220, 70 + bars * 26) : 380;
  const focusPeriodLabel = periodLabel(focus.periodCode, t);
  const chartTitle =
    kind === "ranking"
      ? x.ranking(indicator?.name ?? "", focusPeriodLabel)
      : kind === "bars"
        ? `${indicator?.name ?? ""} — ${focusPeriodLabel}`
        : `${indicator?.name ?? ""}${response.units.length === 1 ? ` — ${shortUnitName(response.units[0]!.name)}` : ""}`;
  const anyCombined = response.cells.some(
    (c) =>
      c.indicatorCode === focus.indicatorCode &&
      c.disaggregation === "" &&
      c.isCombined &&
      c.value !== null &&
      (kind === "series" || c.periodCode === focus.periodCode),
  );
  const hasValues = kind === "series" ? response.cells.some((c) => c.value !== null) : bars > 0;

  return (
    <>
      <div className="toolbar explorer-actions no-print">
        <span className="field-label">{x.export}:</span>
        <a className="button" href={exportHref("indicators", apiQuery, "xlsx")} download>
          {x.exportValuesXlsx}
        </a>
        <a className="button" href={exportHref("indicators", apiQuery, "csv")} download>
          {x.exportValuesCsv}
        </a>
        {response.rankings.length > 0 ? (
          <>
            <a className="button" href={exportHref("ranking", apiQuery, "xlsx")} download>
              {x.exportRankingXlsx}
            </a>
            <a className="button" href={exportHref("ranking", apiQuery, "csv")} download>
              {x.exportRankingCsv}
            </a>
          </>
        ) : null}
        <span className="grow" />
        <button type="button" className="button" onClick={() => window.print()}>
          {x.print}
        </button>
      </div>

      <section className="panel explorer-chart-panel" aria-label={x.chart}>
        <div className="panel-head">
          <h2>{chartTitle}</h2>
        </div>
        <div className="toolbar chart-controls no-print">
          <fieldset className="segmented">
            <legend className="visually-hidden">{x.chartKind}</legend>
            {(["series", "bars", "ranking"] as const).map((k) => (
              <button
                key={k}
                type="button"
                className={`button small-button${kind === k ? " pressed" : ""}`}
                aria-pressed={kind === k}
                disabled={k === "ranking" && response.rankings.length === 0}
                onClick={() => update({ chart: k })}
              >
                {{ series: x.chartSeries, bars: x.chartBars, ranking: x.chartRanking }[k]}
              </button>
            ))}
          </fieldset>
          {response.indicators.length > 1 ? (
            <label className="inline-field">
              <span>{x.chartIndicator}</span>
              <select className="input" value={focus.indicatorCode} onChange={(e) => update({ focus: e.target.value })}>
                {response.indicators.map((i) => (
                  <option key={i.code} value={i.code}>
                    {i.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {kind !== "series" && response.periods.length > 1 ? (
            <label className="inline-field">
              <span>{x.chartPeriod}</span>
              <select className="input" value={focus.periodCode} onChange={(e) => update({ at: e.target.value })}>
                {response.periods.map((p) => (
                  <option key={p.code} value={p.code}>
                    {periodLabel(p.code, t)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </div>
        {hasValues ? (
          <ExplorerChart option={option} height={height} label={chartTitle} />
        ) : (
          <p className="empty">{x.noChartData}</p>
        )}
        {hasValues && kind !== "ranking" && anyCombined ? (
          <p className="muted small">{kind === "series" ? x.combinedSeries : x.combinedBars}</p>
        ) : null}
        {withoutValues > 0 ? <p className="muted small">{x.withoutValues(withoutValues)}</p> : null}
        {kind === "ranking" && ranking ? (
          <RankingTable entries={ranking.entries} uom={indicator?.unitOfMeasure ?? null} />
        ) : null}
      </section>

      <ExplorerTables response={response} />
    </>
  );
}
