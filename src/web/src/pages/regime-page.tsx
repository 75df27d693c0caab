import { api } from "../api.js";
import { ErrorBox, Loading } from "../components/status.js";
import { useI18n } from "../i18n/index.js";
import { Link, withQuery } from "../router.js";
import { useApi } from "../use-api.js";
import { describeRules } from "./regimes-page.js";

/** One regime: its rules, outline template (đề cương) and indicator form (biểu mẫu). */
export function RegimePage({ code }: { code: string }) {
  const { t } = useI18n();
  const regime = useApi((signal) => api.getRegime(code, signal), [code]);
  if (regime.status === "error") return <ErrorBox error={regime.error} />;
  if (regime.status === "loading") return <Loading />;
  const r = regime.data;
  const rules = describeRules(r, t);
  return (
    <div className="page">
      <nav className="breadcrumb">
        <Link href="/regimes">{t.nav.regimes}</Link> › <span>{r.name}</span>
      </nav>
      <header className="panel">
        <h1 className="report-title spaced">{r.name}</h1>
        <dl className="meta-grid">
          <div className="meta-item">
            <dt>{t.regimes.code}</dt>
            <dd className="mono">{r.code}</dd>
          </div>
          <div className="meta-item">
            <dt>{t.regimes.frequency}</dt>
            <dd>{t.frequencies[r.frequency]}</dd>
          </div>
          <div className="meta-item">
            <dt>{t.regimes.cutoff}</dt>
            <dd>{rules.cutoff}</dd>
          </div>
          <div className="meta-item">
            <dt>{t.regimes.deadlines}</dt>
            <dd>
              {rules.deadlines.map((line) => (
                <div key={line}>{line}</div>
              ))}
            </dd>
          </div>
        </dl>
        {r.legalBasis ? (
          <p className="muted">
            {t.regimes.legalBasis}: {r.legalBasis}
          </p>
        ) : null}
        <Link href={withQuery("/reports", { regime: r.code })}>{t.regimes.reportsLink} →</Link>
      </header>
      <div className="grid-report">
        <section className="panel">
          <h2>{t.regimes.outline}</h2>
          <ol className="outline">
            {r.outline.map((s) => (
              <li key={s.key} className={`level-${Math.min(s.level, 4)}`}>
                {s.number ? <span className="section-number">{s.number}</span> : null}
                {s.title}
                {s.divisionField ? (
                  <span className="badge badge-quiet">{t.fields[s.divisionField] ?? s.divisionField}</span>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
        <section className="panel">
          <h2>{t.regimes.form}</h2>
          <table className="table table-dense">
            <tbody>
              {r.indicators.map((i) => (
                <tr key={i.code}>
                  <td>
                    {i.name}
                    {i.isRequired ? <span className="muted small"> ({t.regimes.required})</span> : null}
                  </td>
                  <td className="nowrap muted">{i.unitOfMeasure ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </div>
  );
}
