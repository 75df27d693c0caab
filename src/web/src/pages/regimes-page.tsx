import type { Regime } from "../../../contract/regimes.js";
import { api } from "../api.js";
import { Empty, ErrorBox, Loading } from "../components/status.js";
import { useI18n } from "../i18n/index.js";
import type { Dictionary } from "../i18n/vi.js";
import { Link } from "../router.js";
import { useApi } from "../use-api.js";

/** The cut-off and deadline rules of a regime in words. */
export function describeRules(regime: Regime, t: Dictionary): { cutoff: string; deadlines: string[] } {
  const { startDay, endDay, startInPreviousMonth } = regime.cutoff;
  return {
    cutoff: t.regimes.cutoffText(startDay, endDay, startInPreviousMonth),
    deadlines: regime.deadlines.map((d) =>
      t.regimes.deadlineText(d.day, t.unitKinds[d.level], t.regimes.monthOf(d.monthOffset ?? 0, d.fixedMonth)),
    ),
  };
}

/** Every report regime with its frequency, cut-off and deadlines. */
export function RegimesPage() {
  const { t } = useI18n();
  const regimes = useApi((signal) => api.listRegimes(signal), []);
  return (
    <div className="page">
      <h1 className="page-title">{t.regimes.title}</h1>
      <section className="panel">
        {regimes.status === "error" ? <ErrorBox error={regimes.error} /> : null}
        {regimes.status === "loading" ? <Loading /> : null}
        {regimes.status === "ready" && regimes.data.items.length === 0 ? <Empty>{t.regimes.empty}</Empty> : null}
        {regimes.status === "ready" && regimes.data.items.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th>{t.regimes.name}</th>
                  <th>{t.regimes.frequency}</th>
                  <th>{t.regimes.cutoff}</th>
                  <th>{t.regimes.deadlines}</th>
                </tr>
              </thead>
              <tbody>
                {regimes.data.items.map((regime) => {
                  const rules = describeRules(regime, t);
                  return (
                    <tr key={regime.code}>
                      <td>
                        <Link href={`/regimes/${encodeURIComponent(regime.code)}`}>{regime.name}</Link>
                        <div className="muted small mono">{regime.code}</div>
                      </td>
                      <td className="nowrap">{t.frequencies[regime.frequency]}</td>
                      <td>{rules.cutoff}</td>
                      <td>
                        {rules.deadlines.map((line) => (
                          <div key={line}>{line}</div>
                        ))}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </div>
  );
}
