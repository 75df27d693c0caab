import type { CompletenessCell } from "../../../../contract/analytics.js";
import { ErrorBox, Loading } from "../../components/status.js";
import { formatDate, periodLabel } from "../../format.js";
import { useI18n } from "../../i18n/index.js";
import { Link } from "../../router.js";
import { useApi } from "../../use-api.js";
import { analyticsApi } from "./analytics-api.js";
import { BackToOverview, FilterBar, RegimeField, useAnalyticsParams } from "./analytics-filters.js";
import { cellTone, splitReminders } from "./completeness-helpers.js";

function ReminderTable({ items, kind }: { items: CompletenessCell[]; kind: "overdue" | "due" }) {
  const { t } = useI18n();
  const c = t.completeness;
  return (
    <div className="table-wrap">
      <table className="table table-dense reminders-table" data-testid={`reminders-${kind}`}>
        <thead>
          <tr>
            <th>{c.unit}</th>
            <th>{c.period}</th>
            <th>{c.deadline}</th>
            <th>{kind === "overdue" ? c.daysLate : c.daysLeft}</th>
            <th>{c.state}</th>
            <th>{c.report}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.unitCode}|${item.periodCode}`}>
              <td>{item.unitName}</td>
              <td className="nowrap">{periodLabel(item.periodCode, t)}</td>
              <td className="nowrap">{formatDate(item.deadline)}</td>
              <td className="nowrap">
                <span className={`tone-text tone-${cellTone(item)}`}>
                  {kind === "overdue" ? c.overdueShort(item.daysLate) : c.daysLeftText(item.daysLeft ?? 0)}
                </span>
              </td>
              <td>
                <span className={`badge cstate-${item.state}`}>{c.states[item.state]}</span>
              </td>
              <td>{item.reportId !== null ? <Link href={`/reports/${item.reportId}`}>{c.openReport}</Link> : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What to chase: reports past their deadline and not sent, and those due within the chosen number of days. */
export function RemindersPage() {
  const { t } = useI18n();
  const c = t.completeness;
  const params = useAnalyticsParams();
  const within = Number(params.query.get("within") ?? 7);
  const withinDays = Number.isInteger(within) && within >= 0 && within <= 90 ? within : 7;
  const { regimeCode } = params;
  const list = useApi(
    (signal) => (regimeCode ? analyticsApi.reminders(regimeCode, withinDays, signal) : new Promise<never>(() => {})),
    [regimeCode, withinDays],
  );
  const data = list.status === "ready" ? list.data : list.status === "loading" ? list.data : undefined;
  const split = data ? splitReminders(data.items) : null;
  return (
    <div className="page analytics-page">
      <BackToOverview />
      <h1 className="page-title">{c.pages.reminders}</h1>
      <FilterBar label={t.reports.filters}>
        <RegimeField params={params} />
        <label className="field narrow">
          <span>{c.withinDays}</span>
          <input
            className="input"
            type="number"
            name="within"
            min={0}
            max={90}
            value={withinDays}
            onChange={(e) => params.set({ within: e.target.value })}
          />
        </label>
      </FilterBar>
      {list.status === "error" ? <ErrorBox error={list.error} /> : null}
      {!data && list.status === "loading" ? <Loading /> : null}
      {split ? (
        <>
          <p className="hint" data-testid="reminders-summary">
            {c.remindersCount(split.overdue.length, split.dueSoon.length)}
          </p>
          {split.overdue.length + split.dueSoon.length === 0 ? <p className="empty">{c.remindersEmpty}</p> : null}
          {split.overdue.length > 0 ? (
            <section className="panel" aria-label={c.lateList}>
              <h2>{c.lateList}</h2>
              <ReminderTable items={split.overdue} kind="overdue" />
            </section>
          ) : null}
          {split.dueSoon.length > 0 ? (
            <section className="panel" aria-label={c.dueSoon}>
              <h2>{c.dueSoon}</h2>
              <ReminderTable items={split.dueSoon} kind="due" />
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
