import { type FormEvent, useEffect, useRef, useState } from "react";
import type { Regime, RegimeDetail } from "../../../../contract/regimes.js";
import { ApiError, api } from "../../api.js";
import { Empty, ErrorBox, Loading } from "../../components/status.js";
import { formatDate } from "../../format.js";
import { useI18n } from "../../i18n/index.js";
import { useApi } from "../../use-api.js";
import { adminApi } from "./admin-api.js";
import { AdminShell, FieldError } from "./admin-shell.js";

type Errors = Record<string, string>;

/** Report regimes: the list, and for one its outline, form and the settings that are safe to edit. */
export function RegimesAdminPage() {
  const { t } = useI18n();
  const [reload, setReload] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const regimes = useApi((signal) => api.listRegimes(signal), [reload]);
  return (
    <AdminShell>
      <section className="panel">
        {notice ? (
          <div className="alert alert-info" role="status">
            {notice}
          </div>
        ) : null}
        {selected ? (
          <RegimeEditor
            key={`${selected}-${reload}`}
            code={selected}
            onCancel={() => setSelected(null)}
            onSaved={(r) => {
              setNotice(`${t.admin.saved} ${r.code}`);
              setSelected(null);
              setReload((n) => n + 1);
            }}
          />
        ) : null}
        {regimes.status === "error" ? <ErrorBox error={regimes.error} /> : null}
        {regimes.status === "loading" && !regimes.data ? <Loading /> : null}
        {regimes.status === "ready" && regimes.data.items.length === 0 ? <Empty>{t.regimes.empty}</Empty> : null}
        {regimes.status === "ready" && regimes.data.items.length > 0 ? (
          <div className="table-wrap">
            <table className="table" data-testid="regimes-admin-table">
              <thead>
                <tr>
                  <th>{t.regimes.code}</th>
                  <th>{t.regimes.name}</th>
                  <th>{t.regimes.frequency}</th>
                  <th>{t.regimes.deadlines}</th>
                  <th>{t.admin.regimes.status}</th>
                  <th>{t.admin.users.actions}</th>
                </tr>
              </thead>
              <tbody>
                {regimes.data.items.map((r: Regime) => (
                  <tr key={r.code} data-code={r.code}>
                    <td className="mono small">{r.code}</td>
                    <td>{r.name}</td>
                    <td className="nowrap">{t.frequencies[r.frequency]}</td>
                    <td className="small">
                      {r.deadlines.map((d) => (
                        <div key={`${d.level}-${d.day}-${(d.frequencies ?? []).join()}`}>
                          {t.regimes.deadlineText(
                            d.day,
                            t.unitKinds[d.level],
                            t.regimes.monthOf(d.monthOffset ?? 0, d.fixedMonth),
                          )}
                        </div>
                      ))}
                    </td>
                    <td>
                      <span className={r.validTo ? "badge badge-warn" : "badge badge-quiet"}>
                        {r.validTo ? t.admin.regimes.ended(formatDate(r.validTo)) : t.admin.regimes.inForce}
                      </span>
                    </td>
                    <td className="row-actions">
                      <button type="button" className="button small-button" onClick={() => setSelected(r.code)}>
                        {t.admin.regimes.edit}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </AdminShell>
  );
}

function RegimeEditor({
  code,
  onCancel,
  onSaved,
}: {
  code: string;
  onCancel(): void;
  onSaved(regime: RegimeDetail): void;
}) {
  const detail = useApi((signal) => api.getRegime(code, signal), [code]);
  const formRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A block body: Chromium's scrollIntoView may return a promise, which React would take for a cleanup.
    formRef.current?.scrollIntoView({ block: "nearest" });
  }, []);
  return (
    <div ref={formRef}>
      {detail.status === "error" ? <ErrorBox error={detail.error} /> : null}
      {detail.status === "loading" ? <Loading /> : null}
      {detail.status === "ready" ? <SettingsForm regime={detail.data} onCancel={onCancel} onSaved={onSaved} /> : null}
    </div>
  );
}

function SettingsForm({
  regime,
  onCancel,
  onSaved,
}: {
  regime: RegimeDetail;
  onCancel(): void;
  onSaved(regime: RegimeDetail): void;
}) {
  const { t } = useI18n();
  const tr = t.admin.regimes;
  const [deadlines, setDeadlines] = useState(regime.deadlines.map((d) => ({ ...d, dayText: String(d.day) })));
  const [validTo, setValidTo] = useState(regime.validTo ?? "");
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    deadlines.forEach((d, i) => {
      const day = Number(d.dayText);
      if (!Number.isInteger(day) || day < 1 || day > 31) found[`deadlines[${i}].day`] = tr.dayInvalid;
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const saved = await adminApi.updateRegimeSettings(regime.code, {
        deadlines: deadlines.map(({ dayText, ...d }) => ({ ...d, day: Number(dayText) })),
        validTo: validTo || null,
      });
      onSaved(saved);
    } catch (error) {
      const field =
        error instanceof ApiError
          ? (error.field ?? "_form").replace(/^deadlines\.(\d+)\.day$/, "deadlines[$1].day")
          : "_form";
      setErrors({ [field]: error instanceof Error ? error.message : String(error) });
      setBusy(false);
    }
  };
  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-label={tr.editTitle(regime.name)}>
      <h2 className="panel-title">{tr.editTitle(regime.name)}</h2>
      {errors._form ? (
        <div className="alert alert-error" role="alert">
          {errors._form}
        </div>
      ) : null}
      <fieldset className="role-rows">
        <legend>{t.regimes.deadlines}</legend>
        {deadlines.map((d, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rules have no identity but their position.
          <div className="role-row" key={i} data-level={d.level}>
            <span className="deadline-level">
              {t.unitKinds[d.level]}
              {d.frequencies ? ` (${d.frequencies.map((f) => t.frequencies[f]).join(", ")})` : ""}
            </span>
            <label className="field narrow">
              <span>{tr.day}</span>
              <input
                className="input"
                name={`deadline-${i}-day`}
                inputMode="numeric"
                value={d.dayText}
                aria-invalid={errors[`deadlines[${i}].day`] ? true : undefined}
                aria-describedby={`deadline-${i}-error`}
                onChange={(e) =>
                  setDeadlines((rows) => rows.map((r, j) => (j === i ? { ...r, dayText: e.target.value } : r)))
                }
              />
            </label>
            <span className="muted small align-end">{t.regimes.monthOf(d.monthOffset ?? 0, d.fixedMonth)}</span>
            <label className="field checkbox-field">
              <input
                type="checkbox"
                checked={d.moveToNextWorkingDay ?? false}
                onChange={(e) =>
                  setDeadlines((rows) =>
                    rows.map((r, j) => (j === i ? { ...r, moveToNextWorkingDay: e.target.checked } : r)),
                  )
                }
              />
              <span>{tr.nextWorkingDay}</span>
            </label>
            <FieldError id={`deadline-${i}-error`} message={errors[`deadlines[${i}].day`]} />
          </div>
        ))}
      </fieldset>
      <div className="form-grid">
        <label className="field narrow">
          <span>{tr.validTo}</span>
          <input
            type="date"
            className="input"
            name="validTo"
            value={validTo}
            aria-invalid={errors.validTo ? true : undefined}
            aria-describedby="regime-validto-error"
            onChange={(e) => setValidTo(e.target.value)}
          />
          <span className="hint">{tr.validToHint}</span>
          <FieldError id="regime-validto-error" message={errors.validTo} />
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t.admin.saving : t.admin.save}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t.admin.cancel}
        </button>
      </div>
      <p className="muted small">{tr.readOnly}</p>
      <div className="grid-admin-regime">
        <div>
          <h3 className="panel-title">{tr.outline}</h3>
          <ul className="outline">
            {regime.outline.map((s) => (
              <li key={s.key} className={`level-${s.level}`}>
                {s.number ? `${s.number}. ` : ""}
                {s.title}
                {s.divisionField ? (
                  <span className="muted small"> — {t.fields[s.divisionField] ?? s.divisionField}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3 className="panel-title">{tr.form}</h3>
          <ul className="outline">
            {regime.indicators.map((i) => (
              <li key={i.code}>
                {i.name}
                {i.unitOfMeasure ? <span className="muted small"> ({i.unitOfMeasure})</span> : null}
                {i.isRequired ? <span className="badge badge-quiet">{t.regimes.required}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </form>
  );
}
