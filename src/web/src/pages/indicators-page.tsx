import { useState } from "react";
import { api } from "../api.js";
import { Empty, ErrorBox, Loading } from "../components/status.js";
import { useI18n } from "../i18n/index.js";
import { useApi } from "../use-api.js";

/** The indicator catalogue, searchable without diacritics. */
export function IndicatorsPage() {
  const { t } = useI18n();
  const [q, setQ] = useState("");
  const [search, setSearch] = useState("");
  const [field, setField] = useState("");
  const indicators = useApi(
    (signal) => api.listIndicators({ q: search || undefined, field: field || undefined }, signal),
    [search, field],
  );
  return (
    <div className="page">
      <h1 className="page-title">{t.indicators.title}</h1>
      <section className="panel">
        <form
          className="toolbar"
          onSubmit={(e) => {
            e.preventDefault();
            setSearch(q.trim());
          }}
        >
          <input
            type="search"
            className="input grow"
            value={q}
            placeholder={t.indicators.search}
            aria-label={t.indicators.search}
            onChange={(e) => setQ(e.target.value)}
          />
          <select
            className="input"
            value={field}
            onChange={(e) => setField(e.target.value)}
            aria-label={t.indicators.field}
          >
            <option value="">{t.common.all}</option>
            {Object.entries(t.fields).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
          <button type="submit" className="button primary">
            {t.common.search}
          </button>
        </form>
        {indicators.status === "error" ? <ErrorBox error={indicators.error} /> : null}
        {indicators.status === "loading" ? <Loading /> : null}
        {indicators.status === "ready" && indicators.data.items.length === 0 ? (
          <Empty>{t.indicators.empty}</Empty>
        ) : null}
        {indicators.status === "ready" && indicators.data.items.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th>{t.indicators.name}</th>
                  <th>{t.indicators.field}</th>
                  <th>{t.indicators.unitOfMeasure}</th>
                  <th>{t.indicators.code}</th>
                </tr>
              </thead>
              <tbody>
                {indicators.data.items.map((i) => (
                  <tr key={i.code}>
                    <td>
                      {i.name}
                      {i.isCumulative ? <span className="badge badge-quiet">{t.indicators.cumulative}</span> : null}
                      {i.disaggregations.length > 0 ? (
                        <div className="muted small">{i.disaggregations.map((d) => d.name).join(" · ")}</div>
                      ) : null}
                    </td>
                    <td className="nowrap">{i.field ? (t.fields[i.field] ?? i.field) : ""}</td>
                    <td className="nowrap">{i.unitOfMeasure ?? ""}</td>
                    <td className="mono small">{i.code}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </div>
  );
}
