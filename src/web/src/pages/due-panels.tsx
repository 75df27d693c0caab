import type { DueItem, DueResponse } from "../../../contract/due.js";
import { api } from "../api.js";
import { Empty, ErrorBox, Loading } from "../components/status.js";
import { formatDate, periodLabel } from "../format.js";
import { useI18n } from "../i18n/index.js";
import { Link, withQuery } from "../router.js";
import { useApi } from "../use-api.js";

const HOME_LIMIT = 6;

/** Where a due item leads: its report, or the reports page with the create form filled in for it. */
export function dueHref(item: DueItem): string {
  return item.reportId !== null
    ? `/reports/${item.reportId}`
    : withQuery("/reports", { regime: item.regime.code, unit: item.unit.code, period: item.periodCode });
}

/** One report to chase: what, whose, its deadline and the days left or late, linked to the report or its creation. */
function DueRow({ item }: { item: DueItem }) {
  const { t } = useI18n();
  const late = item.bucket === "late";
  return (
    <li className="due-item" data-testid="due-item">
      <div>
        <Link href={dueHref(item)}>
          {item.regime.name} · {periodLabel(item.periodCode, t)}
        </Link>
        <div className="muted small">
          {item.unit.name} · {t.due.states[item.state]}
          {item.reportId === null ? (
            <>
              {" · "}
              <Link href={dueHref(item)} tabIndex={-1} className="nowrap">
                {t.due.create} →
              </Link>
            </>
          ) : null}
        </div>
      </div>
      <div className="due-when">
        <span className={late ? "badge badge-warn" : "badge badge-quiet"}>
          {late ? t.due.daysLate(item.daysLate) : t.due.daysLeft(item.daysLeft)}
        </span>
        <div className="muted small">
          {t.due.deadline} {formatDate(item.deadline)}
        </div>
      </div>
    </li>
  );
}

/** A list of due or late items, or what to say when there are none. */
export function DueList({
  items,
  emptyText,
  limit,
  moreHref,
}: {
  items: DueItem[];
  emptyText: string;
  /** Show at most this many, with a link to the rest. */
  limit?: number;
  moreHref?: string;
}) {
  const { t } = useI18n();
  if (items.length === 0) return <Empty>{emptyText}</Empty>;
  const shown = limit === undefined ? items : items.slice(0, limit);
  return (
    <>
      <ul className="due-list">
        {shown.map((item) => (
          <DueRow key={`${item.regime.code}|${item.unit.code}|${item.periodCode}`} item={item} />
        ))}
      </ul>
      {shown.length < items.length && moreHref ? (
        <p className="small">
          <Link href={moreHref}>{t.due.more(items.length - shown.length)} →</Link>
        </p>
      ) : null}
    </>
  );
}

/** Home page: "Đến hạn tuần này" and "Quá hạn" for the signed-in user's units. */
export function DuePanels() {
  const { t } = useI18n();
  const due = useApi((signal) => api.dueReports("all", signal), []);
  const data: DueResponse | undefined = due.status === "error" ? undefined : due.data;
  const week = data?.items.filter((i) => i.bucket === "week") ?? [];
  const late = data?.items.filter((i) => i.bucket === "late") ?? [];
  return (
    <div className="grid-due">
      <section className="panel" aria-labelledby="due-week-title" data-testid="due-week">
        <div className="panel-head">
          <h2 id="due-week-title">{t.due.weekTitle}</h2>
          {data ? (
            <Link href={withQuery("/reports", { due: "week" })} className="muted">
              {t.due.weekRange(formatDate(data.week.from), formatDate(data.week.to))}
            </Link>
          ) : null}
        </div>
        {due.status === "error" ? <ErrorBox error={due.error} /> : null}
        {!data && due.status === "loading" ? <Loading /> : null}
        {data ? (
          <DueList
            items={week}
            emptyText={t.due.noneWeek}
            limit={HOME_LIMIT}
            moreHref={withQuery("/reports", { due: "week" })}
          />
        ) : null}
      </section>
      <section className="panel" aria-labelledby="due-late-title" data-testid="due-late">
        <div className="panel-head">
          <h2 id="due-late-title">{t.due.lateTitle}</h2>
          {data ? (
            <Link href={withQuery("/reports", { due: "late" })} className="muted">
              {t.due.count(late.length)}
            </Link>
          ) : null}
        </div>
        {due.status === "error" ? <ErrorBox error={due.error} /> : null}
        {!data && due.status === "loading" ? <Loading /> : null}
        {data ? (
          <DueList
            items={late}
            emptyText={t.due.noneLate}
            limit={HOME_LIMIT}
            moreHref={withQuery("/reports", { due: "late" })}
          />
        ) : null}
      </section>
    </div>
  );
}
