import { type FormEvent, useEffect, useState } from "react";
import type { ReportState } from "../../../contract/reports.js";
import { api } from "../api.js";
import { ReportTable } from "../components/report-table.js";
import { Empty, ErrorBox, Loading } from "../components/status.js";
import { useI18n } from "../i18n/index.js";
import { navigate, useLocation, withQuery } from "../router.js";
import { useSession } from "../session.js";
import { useApi } from "../use-api.js";
import { DueList } from "./due-panels.js";
import { CreateReportForm } from "./report/create-report-form.js";

const STATES: ReportState[] = ["draft", "compiled", "returned", "approved", "issued", "sent"];
const PAGE_SIZE = 25;

interface Filters {
  unit: string;
  regime: string;
  period: string;
  state: string;
  /** "week" or "late": the reports still to send instead of the stored ones. */
  due: string;
}

/** Reports filtered by unit, regime, period and state; the filters live in the address so it can be shared. */
export function ReportsPage() {
  const { t } = useI18n();
  const { state: session } = useSession();
  const { query } = useLocation();
  const applied: Filters = {
    unit: query.get("unit") ?? "",
    regime: query.get("regime") ?? "",
    period: query.get("period") ?? "",
    state: query.get("state") ?? "",
    due: query.get("due") ?? "",
  };
  const offset = Math.max(0, Number(query.get("offset") ?? 0) || 0);
  const [draft, setDraft] = useState<Filters>(applied);
  const appliedKey = `${applied.unit}|${applied.regime}|${applied.period}|${applied.state}|${applied.due}`;
  const dueWindow = applied.due === "week" || applied.due === "late" ? applied.due : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset the form when the address changes.
  useEffect(() => setDraft(applied), [appliedKey]);

  const regimes = useApi((signal) => api.listRegimes(signal), []);
  const units = useApi((signal) => api.listUnits({}, signal), []);
  const reports = useApi(
    (signal) =>
      api.listReports(
        {
          unit: applied.unit || undefined,
          regime: applied.regime || undefined,
          period: applied.period || undefined,
          state: (applied.state || undefined) as ReportState | undefined,
          limit: PAGE_SIZE,
          offset,
        },
        signal,
      ),
    [appliedKey, offset],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(withQuery("/reports", { ...draft, unit: draft.unit.trim(), period: draft.period.trim() }));
  };
  const page = (nextOffset: number) => navigate(withQuery("/reports", { ...applied, offset: nextOffset || undefined }));
  const set = (key: keyof Filters) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));

  return (
    <div className="page">
      <h1 className="page-title">{t.reports.title}</h1>
      {session.status === "signed-in" ? <CreateReportForm user={session.user} /> : null}
      <form className="panel filters with-due" onSubmit={submit} aria-label={t.reports.filters}>
        <label className="field">
          <span>{t.reports.unit}</span>
          <input
            className="input"
            list="unit-codes"
            value={draft.unit}
            onChange={set("unit")}
            placeholder={t.reports.unitPlaceholder}
            name="unit"
          />
          <datalist id="unit-codes">
            {units.status === "ready"
              ? units.data.items.map((u) => (
                  <option key={u.code} value={u.code}>
                    {u.name}
                  </option>
                ))
              : null}
          </datalist>
        </label>
        <label className="field">
          <span>{t.reports.regime}</span>
          <select className="input" value={draft.regime} onChange={set("regime")} name="regime">
            <option value="">{t.common.all}</option>
            {regimes.status === "ready"
              ? regimes.data.items.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name}
                  </option>
                ))
              : null}
          </select>
        </label>
        <label className="field narrow">
          <span>{t.reports.period}</span>
          <input
            className="input"
            value={draft.period}
            onChange={set("period")}
            placeholder={t.reports.periodPlaceholder}
            name="period"
          />
        </label>
        <label className="field narrow">
          <span>{t.reports.state}</span>
          <select className="input" value={draft.state} onChange={set("state")} name="state">
            <option value="">{t.common.all}</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {t.states[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="field narrow">
          <span>{t.due.filter}</span>
          <select className="input" value={draft.due} onChange={set("due")} name="due">
            <option value="">{t.due.filterAll}</option>
            <option value="week">{t.due.filterWeek}</option>
            <option value="late">{t.due.filterLate}</option>
          </select>
        </label>
        <div className="field actions">
          <button type="submit" className="button primary">
            {t.reports.apply}
          </button>
          <button type="button" className="button" onClick={() => navigate("/reports")}>
            {t.common.clear}
          </button>
        </div>
      </form>

      {dueWindow ? <DueSection window={dueWindow} filters={applied} /> : null}
      <section className="panel" hidden={dueWindow !== null}>
        {reports.status === "error" ? <ErrorBox error={reports.error} /> : null}
        {reports.status === "loading" && !reports.data ? <Loading /> : null}
        {(() => {
          const data = reports.status === "ready" ? reports.data : reports.status === "loading" ? reports.data : null;
          if (!data) return null;
          if (data.items.length === 0) return <Empty>{t.reports.empty}</Empty>;
          const from = data.offset + 1;
          const to = data.offset + data.items.length;
          return (
            <>
              <div className="panel-head">
                <span className="muted">{t.reports.total(data.total)}</span>
              </div>
              <ReportTable items={data.items} />
              {data.total > data.limit ? (
                <div className="pager">
                  <button
                    type="button"
                    className="button"
                    disabled={data.offset === 0}
                    onClick={() => page(Math.max(0, data.offset - data.limit))}
                  >
                    ← {t.common.previous}
                  </button>
                  <span className="muted">{t.common.pageOf(from, to, data.total)}</span>
                  <button
                    type="button"
                    className="button"
                    disabled={to >= data.total}
                    onClick={() => page(data.offset + data.limit)}
                  >
                    {t.common.next} →
                  </button>
                </div>
              ) : null}
            </>
          );
        })()}
      </section>
    </div>
  );
}

/** The reports still to send this week or already late, narrowed by the unit, regime and period filters. */
function DueSection({ window, filters }: { window: "week" | "late"; filters: Filters }) {
  const { t } = useI18n();
  const due = useApi((signal) => api.dueReports(window, signal), [window]);
  if (due.status === "error") return <ErrorBox error={due.error} />;
  if (!due.data) return <Loading />;
  const period = filters.period.trim();
  const items = due.data.items.filter(
    (i) =>
      (!filters.unit || i.unit.code === filters.unit.trim()) &&
      (!filters.regime || i.regime.code === filters.regime) &&
      (!period || i.periodCode === period),
  );
  return (
    <section className="panel" aria-labelledby="due-list-title" data-testid={`due-${window}`}>
      <div className="panel-head">
        <h2 id="due-list-title">{window === "week" ? t.due.weekTitle : t.due.lateTitle}</h2>
        <span className="muted">{t.due.count(items.length)}</span>
      </div>
      <DueList items={items} emptyText={window === "week" ? t.due.noneWeek : t.due.noneLate} />
    </section>
  );
}
