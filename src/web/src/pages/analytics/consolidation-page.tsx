import { useState } from "react";
import type { ConsolidationResponse } from "../../../../contract/analytics.js";
import { ApiError } from "../../api.js";
import { ErrorBox } from "../../components/status.js";
import { formatDate } from "../../format.js";
import { useI18n } from "../../i18n/index.js";
import { Link, navigate } from "../../router.js";
import { useSession } from "../../session.js";
import { analyticsApi } from "./analytics-api.js";
import {
  BackToOverview,
  FilterBar,
  PeriodField,
  RegimeField,
  useAnalyticsParams,
  YearField,
} from "./analytics-filters.js";
import { CountsStrip } from "./completeness-page.js";

type Busy = "preview" | "create" | "regenerate" | null;

function Prose({ text }: { text: string }) {
  return <div className="prose consolidation-prose">{text}</div>;
}

function Preview({ result }: { result: ConsolidationResponse }) {
  const { t } = useI18n();
  const c = t.completeness;
  const section = (key: string) => result.sections.find((s) => s.templateKey === key);
  const figures = section("so-lieu");
  const difficulties = section("kho-khan");
  const recommendations = section("kien-nghi");
  const byUnit = new Map<string, ConsolidationResponse["highlights"]>();
  for (const h of result.highlights) byUnit.set(h.unitName, [...(byUnit.get(h.unitName) ?? []), h]);
  return (
    <div className="consolidation-preview" data-testid="consolidation-preview">
      <section className="panel">
        <h2>{result.title}</h2>
        <CountsStrip counts={result.counts} />
      </section>
      <section className="panel">
        <h2>{c.keyFigures}</h2>
        {figures?.body ? (
          <div className="scroll-box figures-box">
            <Prose text={figures.body} />
          </div>
        ) : (
          <p className="empty">—</p>
        )}
      </section>
      <div className="grid-two">
        <section className="panel" aria-label={c.lateUnits}>
          <h2>{c.lateUnits}</h2>
          {result.late.length === 0 ? (
            <p className="muted">{c.noneLate}</p>
          ) : (
            <ul className="plain-list">
              {result.late.map((cell) => (
                <li key={cell.unitCode}>
                  {cell.reportId !== null ? (
                    <Link href={`/reports/${cell.reportId}`}>{cell.unitName}</Link>
                  ) : (
                    cell.unitName
                  )}{" "}
                  <span className="tone-text tone-late">
                    {c.daysLateShort(cell.daysLate)} ({c.sentOn.toLowerCase()} {formatDate(cell.sentOn)})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel" aria-label={c.missingUnits}>
          <h2>{c.missingUnits}</h2>
          {result.missing.length === 0 ? (
            <p className="muted">{c.noneMissing}</p>
          ) : (
            <ul className="plain-list">
              {result.missing.map((cell) => (
                <li key={cell.unitCode}>
                  {cell.unitName} <span className="badge">{c.states[cell.state]}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <div className="grid-two">
        <section className="panel">
          <h2>{difficulties?.title ?? t.report.difficulties}</h2>
          {difficulties?.body ? <Prose text={difficulties.body} /> : <p className="muted">—</p>}
        </section>
        <section className="panel">
          <h2>{recommendations?.title ?? t.report.recommendations}</h2>
          {recommendations?.body ? <Prose text={recommendations.body} /> : <p className="muted">—</p>}
        </section>
      </div>
      <section className="panel" aria-label={c.highlights}>
        <h2>{c.highlights}</h2>
        {byUnit.size === 0 ? <p className="muted">—</p> : null}
        {[...byUnit.entries()].map(([unitName, items]) => (
          <div key={unitName} className="highlight-unit">
            <h3>{unitName}</h3>
            <ul className="plain-list">
              {items.map((h) => (
                <li key={h.sectionId}>
                  {h.text}{" "}
                  <Link href={h.link} className="small">
                    {c.source}: “{h.sectionTitle}”
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  );
}

/**
 * The receiving unit's consolidated report for a period: a preview built live from the subordinates' sent
 * reports, then a draft of the unit's own report (or its regeneration), opened in the normal report page.
 */
export function ConsolidationPage() {
  const { t } = useI18n();
  const c = t.completeness;
  const params = useAnalyticsParams();
  const { state } = useSession();
  const user = state.status === "signed-in" ? state.user : null;
  const receivingKinds = new Set<string>(params.regime?.receivingUnitKinds ?? []);
  const units = [
    ...new Map(
      (user?.roles ?? [])
        .filter((r) => receivingKinds.has(r.unitKind) && r.role !== "specialist")
        .map((r) => [r.unitCode, r.unitName]),
    ).entries(),
  ];
  const unit = params.query.get("unit") ?? units[0]?.[0] ?? "";
  const [result, setResult] = useState<ConsolidationResponse | null>(null);
  const [resultKey, setResultKey] = useState("");
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const key = `${params.regimeCode}|${unit}|${params.period}`;
  const shown = resultKey === key ? result : null;

  const run = async (kind: Exclude<Busy, null>, baseVersion?: number) => {
    setBusy(kind);
    setError(null);
    setNotice(null);
    try {
      const response = await analyticsApi.consolidate({
        regime: params.regimeCode,
        unit,
        period: params.period,
        preview: kind === "preview",
        ...(baseVersion !== undefined ? { baseVersion } : {}),
      });
      if (kind !== "preview" && response.reportId !== null) {
        navigate(`/reports/${response.reportId}`);
        return;
      }
      setResult(response);
      setResultKey(key);
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : new ApiError(0, "CLIENT", String(caught));
      if (kind === "regenerate" && apiError.code === "STALE_VERSION") {
        setBusy(null);
        await run("preview");
        setNotice(c.staleDraft);
        return;
      }
      setError(apiError);
    } finally {
      setBusy(null);
    }
  };

  const existing = shown?.existing ?? null;
  return (
    <div className="page analytics-page">
      <BackToOverview />
      <h1 className="page-title">{c.pages.consolidation}</h1>
      <FilterBar label={t.reports.filters}>
        <RegimeField params={params} />
        <YearField params={params} />
        <PeriodField params={params} />
        <label className="field">
          <span>{c.receivingUnit}</span>
          <select
            className="input"
            name="unit"
            value={unit}
            onChange={(e) => params.set({ unit: e.target.value })}
            disabled={units.length === 0}
          >
            {units.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <div className="field actions">
          <button
            type="button"
            className="button"
            disabled={busy !== null || !unit || !params.period}
            onClick={() => run("preview")}
          >
            {busy === "preview" ? c.working : c.preview}
          </button>
        </div>
      </FilterBar>
      {units.length === 0 && user ? <p className="alert alert-info">{c.noReceivingUnit}</p> : null}
      {error ? <ErrorBox error={error} /> : null}
      {notice ? (
        <p className="alert alert-warn" role="status">
          {notice}
        </p>
      ) : null}
      {!shown && units.length > 0 ? <p className="hint">{c.choosePreview}</p> : null}
      {shown ? (
        <div className="panel consolidation-actions no-print">
          {existing === null ? (
            <button type="button" className="button primary" disabled={busy !== null} onClick={() => run("create")}>
              {busy === "create" ? c.working : c.create}
            </button>
          ) : existing.canRegenerate ? (
            <>
              <span>{c.existingDraft(existing.reportId)}</span>
              <Link className="button" href={`/reports/${existing.reportId}`}>
                {c.openReport}
              </Link>
              <button
                type="button"
                className="button primary"
                disabled={busy !== null}
                onClick={() => {
                  if (window.confirm(c.regenerateConfirm)) void run("regenerate", existing.version);
                }}
              >
                {busy === "regenerate" ? c.working : c.regenerate}
              </button>
            </>
          ) : (
            <>
              <span>{c.existingOther(existing.reportId)}</span>
              <Link className="button" href={`/reports/${existing.reportId}`}>
                {c.openReport}
              </Link>
            </>
          )}
        </div>
      ) : null}
      {shown ? <Preview result={shown} /> : null}
    </div>
  );
}
