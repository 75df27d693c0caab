import type { UnitDetail } from "../../../contract/units.js";
import { api } from "../api.js";
import { ReportTable } from "../components/report-table.js";
import { Empty, ErrorBox, Loading } from "../components/status.js";
import { formatDate } from "../format.js";
import { useI18n } from "../i18n/index.js";
import { Link, withQuery } from "../router.js";
import { useApi } from "../use-api.js";

/** One unit: its names over time, parent and children, what it continues and became, and its reports. */
export function UnitPage({ code }: { code: string }) {
  const { t } = useI18n();
  const unit = useApi((signal) => api.getUnit(code, signal), [code]);
  const reports = useApi((signal) => api.listReports({ unit: code, limit: 10 }, signal), [code]);
  if (unit.status === "error") return <ErrorBox error={unit.error} />;
  if (unit.status === "loading") return <Loading />;
  const u = unit.data;
  const unitLink = (c: string) => <Link href={`/units/${encodeURIComponent(c)}`}>{c}</Link>;
  return (
    <div className="page">
      <nav className="breadcrumb">
        <Link href="/">{t.nav.home}</Link> › <span>{u.name}</span>
      </nav>
      <header className="panel">
        <h1 className="report-title spaced">{u.name}</h1>
        <dl className="meta-grid">
          <Meta label={t.unit.code} value={<span className="mono">{u.code}</span>} />
          <Meta label={t.unit.kind} value={t.unitKinds[u.kind]} />
          <Meta label={t.unit.validity} value={validity(u, t.unit.validityText)} />
          {u.parentCode ? <Meta label={t.unit.parent} value={unitLink(u.parentCode)} /> : null}
          {u.symbol ? <Meta label={t.unit.symbol} value={<span className="mono">{u.symbol}</span>} /> : null}
        </dl>
      </header>
      <div className="grid-report">
        <section className="panel">
          <div className="panel-head">
            <h2>{t.unit.reports}</h2>
            <Link href={withQuery("/reports", { unit: u.code })}>{t.home.allReports} →</Link>
          </div>
          {reports.status === "error" ? <ErrorBox error={reports.error} /> : null}
          {reports.status === "loading" ? <Loading /> : null}
          {reports.status === "ready" && reports.data.items.length === 0 ? <Empty>{t.home.noReports}</Empty> : null}
          {reports.status === "ready" && reports.data.items.length > 0 ? (
            <ReportTable items={reports.data.items} compact />
          ) : null}
        </section>
        <aside className="panel">
          <h2>{t.unit.names}</h2>
          <ul className="item-list">
            {u.names.map((n) => (
              <li key={n.validFrom}>
                <div>{n.name}</div>
                <div className="muted small">{validity(n, t.unit.validityText)}</div>
              </li>
            ))}
          </ul>
          {u.predecessors.length > 0 || u.successors.length > 0 ? <h2>{t.unit.successions}</h2> : null}
          <ul className="item-list">
            {u.predecessors.map((s) => (
              <li key={`from-${s.fromCode}`}>
                {t.unit.continues} {unitLink(s.fromCode)}
                <div className="muted small">
                  {t.successionKinds[s.kind]} · {formatDate(s.effectiveDate)}
                </div>
              </li>
            ))}
            {u.successors.map((s) => (
              <li key={`to-${s.toCode}`}>
                {t.unit.becomes} {unitLink(s.toCode)}
                <div className="muted small">
                  {t.successionKinds[s.kind]} · {formatDate(s.effectiveDate)}
                </div>
              </li>
            ))}
          </ul>
          {u.children.length > 0 ? <h2>{t.unit.children}</h2> : null}
          <ul className="item-list">
            {u.children.map((c) => (
              <li key={c.code}>
                <Link href={`/units/${encodeURIComponent(c.code)}`}>{c.name}</Link>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </div>
  );
}

function Meta({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div className="meta-item">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function validity(
  range: Pick<UnitDetail, "validFrom" | "validTo">,
  text: (from: string, to: string | null) => string,
): string {
  return text(formatDate(range.validFrom), range.validTo ? formatDate(range.validTo) : null);
}
