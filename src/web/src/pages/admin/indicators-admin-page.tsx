import { type FormEvent, useEffect, useRef, useState } from "react";
import type { Indicator } from "../../../../contract/indicators.js";
import { isUserError } from "../../../../domain/errors.js";
import type { Aggregation, ValueType } from "../../../../domain/indicator.js";
import { checkIndicatorParts } from "../../../../domain/indicator-graph.js";
import { ApiError, api } from "../../api.js";
import { Empty, ErrorBox, Loading } from "../../components/status.js";
import { useI18n } from "../../i18n/index.js";
import { useApi } from "../../use-api.js";
import { adminApi } from "./admin-api.js";
import { AdminShell, FieldError } from "./admin-shell.js";

const VALUE_TYPES: ValueType[] = ["integer", "decimal", "percent", "money"];
const AGGREGATIONS: Aggregation[] = ["sum", "last", "average", "ratio", "none"];
type Errors = Record<string, string>;

function serverErrors(error: unknown): Errors {
  if (error instanceof ApiError) return { [error.field ?? "_form"]: error.message };
  return { _form: String(error) };
}

/** The indicator catalogue for administrators: search without diacritics, add, edit, delete or deactivate. */
export function IndicatorsAdminPage() {
  const { t } = useI18n();
  const [q, setQ] = useState("");
  const [search, setSearch] = useState("");
  const [field, setField] = useState("");
  const [active, setActive] = useState("");
  const [reload, setReload] = useState(0);
  const [editing, setEditing] = useState<Indicator | "new" | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const list = useApi(
    (signal) =>
      api.listIndicators(
        { q: search || undefined, field: field || undefined, active: (active || undefined) as "true" | undefined },
        signal,
      ),
    [search, field, active, reload],
  );
  const catalogue = useApi((signal) => api.listIndicators({}, signal), [reload]);
  const done = (message: string) => {
    setNotice(message);
    setEditing(null);
    setReload((n) => n + 1);
  };
  const remove = async (indicator: Indicator) => {
    if (!window.confirm(t.admin.indicators.confirmRemove(indicator.code))) return;
    setActionError(null);
    try {
      const result = await adminApi.removeIndicator(indicator.code);
      done(
        result.outcome === "deleted"
          ? t.admin.indicators.deleted(indicator.code)
          : t.admin.indicators.deactivated(indicator.code),
      );
    } catch (error) {
      setActionError(error instanceof ApiError ? error : new ApiError(0, "CLIENT", String(error)));
    }
  };
  return (
    <AdminShell>
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
            placeholder={t.admin.indicators.search}
            aria-label={t.admin.indicators.search}
            onChange={(e) => setQ(e.target.value)}
          />
          <select
            className="input"
            value={field}
            onChange={(e) => setField(e.target.value)}
            aria-label={t.admin.indicators.field}
          >
            <option value="">{`${t.admin.indicators.field}: ${t.common.all}`}</option>
            {Object.entries(t.fields).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
          <select
            className="input"
            value={active}
            onChange={(e) => setActive(e.target.value)}
            aria-label={t.admin.indicators.status}
          >
            <option value="">{`${t.admin.indicators.status}: ${t.common.all}`}</option>
            <option value="true">{t.admin.indicators.active}</option>
            <option value="false">{t.admin.indicators.inactive}</option>
          </select>
          <button type="submit" className="button">
            {t.common.search}
          </button>
          <button
            type="button"
            className="button primary"
            onClick={() => {
              setNotice(null);
              setEditing("new");
            }}
          >
            {t.admin.indicators.add}
          </button>
        </form>
        {notice ? (
          <div className="alert alert-info" role="status">
            {notice}
          </div>
        ) : null}
        {actionError ? <ErrorBox error={actionError} /> : null}
        {editing ? (
          <IndicatorForm
            key={editing === "new" ? "new" : editing.code}
            indicator={editing === "new" ? null : editing}
            catalogue={catalogue.status === "ready" ? catalogue.data.items : []}
            onCancel={() => setEditing(null)}
            onSaved={(saved) =>
              done(editing === "new" ? t.admin.indicators.created(saved.code) : `${t.admin.saved} ${saved.code}`)
            }
          />
        ) : null}
        {list.status === "error" ? <ErrorBox error={list.error} /> : null}
        {list.status === "loading" && !list.data ? <Loading /> : null}
        {list.status === "ready" && list.data.items.length === 0 ? <Empty>{t.admin.indicators.empty}</Empty> : null}
        {list.status === "ready" && list.data.items.length > 0 ? (
          <div className="table-wrap">
            <table className="table" data-testid="indicators-admin-table">
              <thead>
                <tr>
                  <th>{t.admin.indicators.code}</th>
                  <th>{t.admin.indicators.name}</th>
                  <th>{t.admin.indicators.field}</th>
                  <th>{t.admin.indicators.unitOfMeasure}</th>
                  <th>{t.admin.indicators.status}</th>
                  <th>{t.admin.users.actions}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((i) => (
                  <tr key={i.code} data-code={i.code}>
                    <td className="mono small">{i.code}</td>
                    <td>
                      {i.name}
                      {i.isCumulative ? <span className="badge badge-quiet">{t.indicators.cumulative}</span> : null}
                      {i.formula ? (
                        <div className="muted small mono">
                          {t.admin.indicators.derived}: {i.formula}
                        </div>
                      ) : null}
                      {i.disaggregations.length > 0 ? (
                        <div className="muted small">{i.disaggregations.map((d) => d.name).join(" · ")}</div>
                      ) : null}
                    </td>
                    <td className="nowrap">{i.field ? (t.fields[i.field] ?? i.field) : ""}</td>
                    <td className="nowrap">{i.unitOfMeasure ?? ""}</td>
                    <td>
                      <span className={i.isActive ? "badge badge-quiet" : "badge badge-warn"}>
                        {i.isActive ? t.admin.indicators.active : t.admin.indicators.inactive}
                      </span>
                    </td>
                    <td className="row-actions">
                      <button type="button" className="button small-button" onClick={() => setEditing(i)}>
                        {t.admin.edit}
                      </button>
                      {i.isActive ? (
                        <button type="button" className="button small-button" onClick={() => remove(i)}>
                          {t.admin.indicators.remove}
                        </button>
                      ) : null}
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

interface Category {
  dimension: string;
  code: string;
  name: string;
}

/** Adds (indicator null) or edits an indicator; the formula is checked against the catalogue as one types. */
function IndicatorForm({
  indicator,
  catalogue,
  onCancel,
  onSaved,
}: {
  indicator: Indicator | null;
  catalogue: readonly Indicator[];
  onCancel(): void;
  onSaved(indicator: Indicator): void;
}) {
  const { t } = useI18n();
  const ti = t.admin.indicators;
  const [code, setCode] = useState(indicator?.code ?? "");
  const [name, setName] = useState(indicator?.name ?? "");
  const [field, setField] = useState(indicator?.field ?? "");
  const [unitOfMeasure, setUnitOfMeasure] = useState(indicator?.unitOfMeasure ?? "");
  const [valueType, setValueType] = useState<ValueType>(indicator?.valueType ?? "integer");
  const [aggregationUnits, setAggregationUnits] = useState<Aggregation>(indicator?.aggregationUnits ?? "sum");
  const [aggregationTime, setAggregationTime] = useState<Aggregation>(indicator?.aggregationTime ?? "sum");
  const [isCumulative, setIsCumulative] = useState(indicator?.isCumulative ?? false);
  const [formula, setFormula] = useState(indicator?.formula ?? "");
  const [numeratorCode, setNumeratorCode] = useState(indicator?.numeratorCode ?? "");
  const [denominatorCode, setDenominatorCode] = useState(indicator?.denominatorCode ?? "");
  const [keywords, setKeywords] = useState((indicator?.keywords ?? []).join(", "));
  const [description, setDescription] = useState(indicator?.description ?? "");
  const [categories, setCategories] = useState<Category[]>(indicator?.disaggregations.map((d) => ({ ...d })) ?? []);
  const [isActive, setIsActive] = useState(indicator?.isActive ?? true);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // Opened from a row far down the list: bring the form into view.
  useEffect(() => {
    // A block body: Chromium's scrollIntoView may return a promise, which React would take for a cleanup.
    formRef.current?.scrollIntoView({ block: "nearest" });
  }, []);

  const validate = (): Errors => {
    const found: Errors = {};
    const theCode = code.trim();
    if (!indicator && !/^[A-Z][A-Z0-9_]{1,79}$/.test(theCode)) found.code = ti.codeInvalid;
    if (!name.trim()) found.name = ti.nameRequired;
    try {
      checkIndicatorParts(
        {
          code: theCode,
          formula: formula.trim() || null,
          numeratorCode: numeratorCode.trim() || null,
          denominatorCode: denominatorCode.trim() || null,
        },
        catalogue.filter((i) => i.code !== theCode),
      );
    } catch (error) {
      if (isUserError(error)) found[error.location.field ?? "formula"] = error.message;
    }
    categories.forEach((c, i) => {
      if (!/^[a-z0-9_]{1,50}$/.test(c.code.trim())) found[`disaggregations[${i}].code`] = ti.categoryCodeInvalid;
      else if (!c.dimension.trim() || !c.name.trim()) found[`disaggregations[${i}].code`] = ti.categoryRequired;
    });
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const body = {
      name: name.trim(),
      field: field || null,
      unitOfMeasure: unitOfMeasure.trim() || null,
      valueType,
      aggregationUnits,
      aggregationTime,
      isCumulative,
      formula: formula.trim() || null,
      numeratorCode: numeratorCode.trim() || null,
      denominatorCode: denominatorCode.trim() || null,
      keywords: keywords
        .split(",")
        .map((k) => k.trim())
        .filter(Boolean),
      description: description.trim() || null,
      disaggregations: categories.map((c) => ({
        dimension: c.dimension.trim(),
        code: c.code.trim(),
        name: c.name.trim(),
      })),
    };
    try {
      const saved = indicator
        ? await adminApi.updateIndicator(indicator.code, { ...body, isActive })
        : await adminApi.createIndicator({ ...body, code: code.trim() });
      onSaved(saved);
    } catch (error) {
      setErrors(serverErrors(error));
      setBusy(false);
    }
  };

  const invalid = (key: string) => (errors[key] ? true : undefined);
  const text = (key: string, label: string, value: string, set: (v: string) => void, hint?: string, wide = false) => (
    <label className={wide ? "field wide" : "field"}>
      <span>{label}</span>
      <input
        className="input"
        name={key}
        value={value}
        aria-invalid={invalid(key)}
        aria-describedby={`indicator-${key}-error`}
        onChange={(e) => {
          set(e.target.value);
          setErrors((current) => {
            if (!(key in current)) return current;
            const { [key]: _gone, ...rest } = current;
            return rest;
          });
        }}
      />
      {hint ? <span className="hint">{hint}</span> : null}
      <FieldError id={`indicator-${key}-error`} message={errors[key]} />
    </label>
  );
  const setCategory = (i: number, change: Partial<Category>) =>
    setCategories((rows) => rows.map((c, j) => (j === i ? { ...c, ...change } : c)));

  return (
    <form
      ref={formRef}
      className="admin-form"
      onSubmit={submit}
      noValidate
      aria-label={indicator ? ti.editTitle(indicator.code) : ti.newTitle}
    >
      <h2 className="panel-title">{indicator ? ti.editTitle(indicator.code) : ti.newTitle}</h2>
      {errors._form ? (
        <div className="alert alert-error" role="alert">
          {errors._form}
        </div>
      ) : Object.keys(errors).length > 0 ? (
        <div className="alert alert-error" role="alert">
          {t.admin.fixErrors}
        </div>
      ) : null}
      <div className="form-grid">
        {indicator ? null : text("code", ti.code, code, (v) => setCode(v.toUpperCase()), ti.codeHint)}
        {text("name", ti.name, name, setName, undefined, !indicator)}
        <label className="field">
          <span>{ti.field}</span>
          <select className="input" name="field" value={field} onChange={(e) => setField(e.target.value)}>
            <option value="">{ti.noField}</option>
            {Object.entries(t.fields).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {text("unitOfMeasure", ti.unitOfMeasure, unitOfMeasure, setUnitOfMeasure)}
        <label className="field">
          <span>{ti.valueType}</span>
          <select
            className="input"
            name="valueType"
            value={valueType}
            onChange={(e) => setValueType(e.target.value as ValueType)}
          >
            {VALUE_TYPES.map((v) => (
              <option key={v} value={v}>
                {ti.valueTypes[v]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="form-grid">
        <label className="field">
          <span>{ti.aggregationUnits}</span>
          <select
            className="input"
            name="aggregationUnits"
            value={aggregationUnits}
            onChange={(e) => setAggregationUnits(e.target.value as Aggregation)}
          >
            {AGGREGATIONS.map((a) => (
              <option key={a} value={a}>
                {ti.aggregations[a]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{ti.aggregationTime}</span>
          <select
            className="input"
            name="aggregationTime"
            value={aggregationTime}
            onChange={(e) => setAggregationTime(e.target.value as Aggregation)}
          >
            {AGGREGATIONS.map((a) => (
              <option key={a} value={a}>
                {ti.aggregations[a]}
              </option>
            ))}
          </select>
        </label>
        <label className="field checkbox-field">
          <input type="checkbox" checked={isCumulative} onChange={(e) => setIsCumulative(e.target.checked)} />
          <span>{ti.cumulative}</span>
        </label>
        {indicator ? (
          <label className="field checkbox-field">
            <input type="checkbox" checked={isActive} onChange={(e) => setIsActive(e.target.checked)} />
            <span>{ti.active}</span>
          </label>
        ) : null}
      </div>
      <div className="form-grid">
        {text("formula", ti.formula, formula, setFormula, ti.formulaHint)}
        {text("numeratorCode", ti.numerator, numeratorCode, (v) => setNumeratorCode(v.toUpperCase()))}
        {text("denominatorCode", ti.denominator, denominatorCode, (v) => setDenominatorCode(v.toUpperCase()))}
      </div>
      <div className="form-grid">
        {text("keywords", ti.keywords, keywords, setKeywords, ti.keywordsHint, true)}
        {text("description", ti.description, description, setDescription, undefined, true)}
      </div>
      <fieldset className="role-rows">
        <legend>{ti.disaggregations}</legend>
        {categories.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position.
          <div className="role-row" key={i}>
            <input
              className="input"
              placeholder={ti.dimension}
              aria-label={ti.dimension}
              value={c.dimension}
              onChange={(e) => setCategory(i, { dimension: e.target.value })}
            />
            <input
              className="input"
              placeholder={ti.categoryCode}
              aria-label={ti.categoryCode}
              value={c.code}
              aria-invalid={invalid(`disaggregations[${i}].code`)}
              onChange={(e) => setCategory(i, { code: e.target.value })}
            />
            <input
              className="input grow"
              placeholder={ti.categoryName}
              aria-label={ti.categoryName}
              value={c.name}
              onChange={(e) => setCategory(i, { name: e.target.value })}
            />
            <button
              type="button"
              className="button"
              onClick={() => setCategories((rows) => rows.filter((_, j) => j !== i))}
            >
              {t.admin.remove}
            </button>
            <FieldError id={`category-${i}-error`} message={errors[`disaggregations[${i}].code`]} />
          </div>
        ))}
        <FieldError id="categories-error" message={errors.disaggregations} />
        <button
          type="button"
          className="button"
          onClick={() =>
            setCategories((rows) => [...rows, { dimension: rows.at(-1)?.dimension ?? "", code: "", name: "" }])
          }
        >
          {ti.addCategory}
        </button>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t.admin.saving : t.admin.save}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t.admin.cancel}
        </button>
      </div>
    </form>
  );
}
