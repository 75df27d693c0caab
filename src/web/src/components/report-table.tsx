import type { ReportSummary } from "../../../contract/reports.js";
import { formatDate, periodLabel } from "../format.js";
import { useI18n } from "../i18n/index.js";
import { Link } from "../router.js";
import { StateBadge } from "./status.js";

/** Reports as a table: number, title, unit, period, state and dates; each row opens the report. */
export function ReportTable({ items, compact = false }: { items: ReportSummary[]; compact?: boolean }) {
  const { t } = useI18n();
  // "/BC-STTTT" is a report whose number is left blank until it is issued.
  const numbered = (r: ReportSummary) => (r.numberText && !r.numberText.startsWith("/") ? r.numberText : null);
  return (
    <div className="table-wrap">
      <table className="table" data-testid="reports-table">
        <thead>
          <tr>
            <th>{t.reports.reportTitle}</th>
            <th>{t.reports.unit}</th>
            <th>{t.reports.period}</th>
            {compact ? null : <th>{t.reports.number}</th>}
            {compact ? null : <th>{t.reports.regime}</th>}
            <th>{t.reports.state}</th>
            <th className="nowrap">{t.reports.issuedOn}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={`/reports/${r.id}`} className="report-link">
                  {r.title || t.reports.untitled}
                </Link>
                {compact && numbered(r) ? <div className="muted small">{numbered(r)}</div> : null}
              </td>
              <td>{r.unit.name}</td>
              <td className="nowrap">{periodLabel(r.periodCode, t)}</td>
              {compact ? null : (
                <td className="nowrap mono">{numbered(r) ?? <span className="muted">{t.reports.noNumber}</span>}</td>
              )}
              {compact ? null : <td>{r.regime?.name ?? t.common.none}</td>}
              <td>
                <StateBadge state={r.state} />
              </td>
              <td className="nowrap">{formatDate(r.issuedOn) || t.common.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
