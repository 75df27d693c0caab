import { useEffect, useState } from "react";
import type { UnitKind } from "../../../contract/units.js";
import { api } from "../api.js";
import { ReportTable } from "../components/report-table.js";
import { Empty, ErrorBox, Loading } from "../components/status.js";
import { formatDate } from "../format.js";
import { useI18n } from "../i18n/index.js";
import { Link } from "../router.js";
import { useApi } from "../use-api.js";
import { DuePanels } from "./due-panels.js";

const UNIT_LIMIT = 200;
const KINDS: UnitKind[] = ["ministry", "people_committee", "department", "division"];

/** Debounces a fast-changing value (typing in a search box). */
function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** Home: the units (searchable without diacritics) and the most recently updated reports. */
export function HomePage() {
  const { t } = useI18n();
  const [q, setQ] = useState("");
  const [kind, setKind] = useState<UnitKind | "">("");
  const search = useDebounced(q.trim(), 200);
  const units = useApi(
    (signal) => api.listUnits({ q: search || undefined, kind: kind || undefined, limit: UNIT_LIMIT }, signal),
    [search, kind],
  );
  const reports = useApi((signal) => api.listReports({ limit: 10 }, signal), []);
  const unitItems = units.status === "ready" ? units.data.items : units.status === "loading" ? units.data?.items : [];
  const namesByCode = new Map((unitItems ?? []).map((u) => [u.code, u.name]));

  return (
    <div className="page">
      <h1 className="page-title">{t.home.title}</h1>
      <DuePanels />
      <div className="grid-home">
        <section className="panel" aria-labelledby="units-title">
          <div className="panel-head">
            <h2 id="units-title">{t.home.units}</h2>
            {unitItems ? <span className="muted">{t.home.unitsCount(unitItems.length)}</span> : null}
          </div>
          <div className="toolbar">
            <input
              type="search"
              className="input grow"
              placeholder={t.home.unitSearch}
              value={q}
              onChange={(e) => setQ(e.target.value)}
              aria-label={t.home.unitSearch}
            />
            <select
              className="input"
              value={kind}
              onChange={(e) => setKind(e.target.value as UnitKind | "")}
              aria-label={t.home.unitKind}
            >
              <option value="">{t.common.all}</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t.unitKinds[k]}
                </option>
              ))}
            </select>
          </div>
          <p className="hint">
            {unitItems && unitItems.length >= UNIT_LIMIT ? t.home.unitsTruncated(UNIT_LIMIT) : t.home.unitsHint}
          </p>
          {units.status === "error" ? <ErrorBox error={units.error} /> : null}
          {!unitItems ? <Loading /> : null}
          {unitItems && unitItems.length === 0 ? <Empty>{t.home.noUnits}</Empty> : null}
          {unitItems && unitItems.length > 0 ? (
            <div className="scroll-box">
              <table className="table" data-testid="units-table">
                <thead>
                  <tr>
                    <th>{t.unit.name}</th>
                    <th>{t.unit.kind}</th>
                  </tr>
                </thead>
                <tbody>
                  {unitItems.map((unit) => {
                    const parent = unit.parentCode ? namesByCode.get(unit.parentCode) : undefined;
                    return (
                      <tr key={unit.code}>
                        <td>
                          <Link href={`/units/${encodeURIComponent(unit.code)}`}>{unit.name}</Link>
                          <div className="muted small">
                            <span className="mono">{unit.code}</span>
                            {parent ? ` · ${parent}` : ""}
                            {unit.validTo ? ` · ${t.unit.validTo(formatDate(unit.validTo))}` : ""}
                          </div>
                        </td>
                        <td className="nowrap">{t.unitKinds[unit.kind]}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
        <section className="panel" aria-labelledby="recent-title">
          <div className="panel-head">
            <h2 id="recent-title">{t.home.recentReports}</h2>
            <Link href="/reports">{t.home.allReports} →</Link>
          </div>
          {reports.status === "error" ? <ErrorBox error={reports.error} /> : null}
          {reports.status === "loading" ? <Loading /> : null}
          {reports.status === "ready" && reports.data.items.length === 0 ? <Empty>{t.home.noReports}</Empty> : null}
          {reports.status === "ready" && reports.data.items.length > 0 ? (
            <ReportTable items={reports.data.items} compact />
          ) : null}
        </section>
      </div>
    </div>
  );
}
