import { type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import type { Unit } from "../../../../contract/units.js";
import { foldText } from "../../../../domain/vn-text.js";
import { ApiError, api } from "../../api.js";
import { Empty, ErrorBox, Loading } from "../../components/status.js";
import { formatDate } from "../../format.js";
import { useI18n } from "../../i18n/index.js";
import { useApi } from "../../use-api.js";
import { adminApi } from "./admin-api.js";
import { AdminShell, FieldError } from "./admin-shell.js";

type Errors = Record<string, string>;
type Action = { kind: "add" | "rename" | "end"; unit: Unit };

/** Today in Vietnam (UTC+7) as YYYY-MM-DD. */
function today(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

interface Node {
  unit: Unit;
  children: Node[];
}

/** The units of a day as a forest: provinces → departments → divisions (and the ministry's units). */
function buildTree(units: readonly Unit[]): Node[] {
  const nodes = new Map(units.map((u) => [u.code, { unit: u, children: [] as Node[] }]));
  const roots: Node[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentCode ? nodes.get(node.unit.parentCode) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Keeps the nodes whose own label or a descendant's matches every word of the filter. */
function filterTree(nodes: readonly Node[], words: readonly string[]): Node[] {
  if (words.length === 0) return [...nodes];
  return nodes.flatMap((n) => {
    const label = foldText(`${n.unit.name} ${n.unit.code}`);
    if (words.every((w) => label.includes(w))) return [n];
    const children = filterTree(n.children, words);
    return children.length > 0 ? [{ ...n, children }] : [];
  });
}

/** Units by date: the tree as it stood on a day; add a division, rename from a date, end a unit. */
export function UnitsAdminPage() {
  const { t } = useI18n();
  const [at, setAt] = useState(today());
  const [filter, setFilter] = useState("");
  const [reload, setReload] = useState(0);
  const [action, setAction] = useState<Action | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const units = useApi((signal) => api.listUnits({ at, limit: 2000 }, signal), [at, reload]);
  const tree = useMemo(() => (units.status === "ready" ? buildTree(units.data.items) : []), [units]);
  const words = foldText(filter).split(" ").filter(Boolean);
  const shown = filterTree(tree, words);

  const renderNode = (node: Node, depth: number) => (
    <li key={node.unit.code} className={`unit-node depth-${depth}`} data-code={node.unit.code}>
      <div className="unit-line">
        <span className="badge badge-quiet">{t.unitKinds[node.unit.kind]}</span>
        <span className="unit-name">{node.unit.name}</span>
        <span className="mono small muted">{node.unit.code}</span>
        {node.unit.validTo ? (
          <span className="small muted">{t.admin.units.until(formatDate(node.unit.validTo))}</span>
        ) : null}
        <span className="unit-actions">
          {node.unit.kind === "department" ? (
            <button
              type="button"
              className="button small-button"
              onClick={() => setAction({ kind: "add", unit: node.unit })}
            >
              {t.admin.units.addDivision}
            </button>
          ) : null}
          <button
            type="button"
            className="button small-button"
            onClick={() => setAction({ kind: "rename", unit: node.unit })}
          >
            {t.admin.units.rename}
          </button>
          <button
            type="button"
            className="button small-button"
            onClick={() => setAction({ kind: "end", unit: node.unit })}
          >
            {t.admin.units.end}
          </button>
        </span>
      </div>
      {node.children.length > 0 ? (
        <ul className="unit-tree">{node.children.map((c) => renderNode(c, depth + 1))}</ul>
      ) : null}
    </li>
  );

  return (
    <AdminShell>
      <section className="panel">
        <div className="toolbar">
          <label className="field narrow">
            <span>{t.admin.units.date}</span>
            <input
              type="date"
              className="input"
              name="at"
              value={at}
              onChange={(e) => e.target.value && setAt(e.target.value)}
            />
          </label>
          <button type="button" className="button align-end" onClick={() => setAt(today())}>
            {t.admin.units.today}
          </button>
          <label className="field">
            <span>{t.common.search}</span>
            <input
              type="search"
              className="input"
              value={filter}
              placeholder={t.admin.units.filter}
              aria-label={t.admin.units.filter}
              onChange={(e) => setFilter(e.target.value)}
            />
          </label>
        </div>
        {notice ? (
          <div className="alert alert-info" role="status">
            {notice}
          </div>
        ) : null}
        {action ? (
          <UnitForm
            key={`${action.kind}-${action.unit.code}`}
            action={action}
            at={at}
            onCancel={() => setAction(null)}
            onSaved={(message) => {
              setNotice(message);
              setAction(null);
              setReload((n) => n + 1);
            }}
          />
        ) : null}
        {units.status === "error" ? <ErrorBox error={units.error} /> : null}
        {units.status === "loading" && !units.data ? <Loading /> : null}
        {units.status === "ready" ? (
          <>
            <p className="muted small">{t.admin.units.count(units.data.items.length)}</p>
            {shown.length === 0 ? (
              <Empty>{t.admin.units.empty}</Empty>
            ) : (
              <ul className="unit-tree root" data-testid="units-tree">
                {shown.map((n) => renderNode(n, 0))}
              </ul>
            )}
          </>
        ) : null}
      </section>
    </AdminShell>
  );
}

/** Adds a division, renames a unit from a date, or ends it; messages inline, in Vietnamese. */
function UnitForm({
  action,
  at,
  onCancel,
  onSaved,
}: {
  action: Action;
  at: string;
  onCancel(): void;
  onSaved(message: string): void;
}) {
  const { t } = useI18n();
  const tu = t.admin.units;
  const [code, setCode] = useState(action.kind === "add" ? `${action.unit.code}-` : "");
  const [name, setName] = useState(action.kind === "rename" ? action.unit.name : "");
  const [shortName, setShortName] = useState("");
  const [symbol, setSymbol] = useState(action.kind === "rename" ? (action.unit.symbol ?? "") : "");
  const [date, setDate] = useState(at);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // A block body: Chromium's scrollIntoView may return a promise, which React would take for a cleanup.
    formRef.current?.scrollIntoView({ block: "nearest" });
  }, []);
  const title =
    action.kind === "add"
      ? tu.addTitle(action.unit.name)
      : action.kind === "rename"
        ? tu.renameTitle(action.unit.name)
        : tu.endTitle(action.unit.name);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    if (action.kind === "add" && !/^[A-Z0-9][A-Z0-9-]{1,49}$/.test(code.trim())) found.code = tu.codeInvalid;
    if (action.kind !== "end" && !name.trim()) found.name = tu.nameRequired;
    if (!date) found[action.kind === "end" ? "validTo" : "validFrom"] = tu.dateRequired;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const names = { name: name.trim(), shortName: shortName.trim() || null, symbol: symbol.trim() || null };
    try {
      if (action.kind === "add") {
        const created = await adminApi.addDivision({
          code: code.trim(),
          parentCode: action.unit.code,
          validFrom: date,
          ...names,
        });
        onSaved(`${t.admin.saved} ${created.name} (${created.code})`);
      } else if (action.kind === "rename") {
        const renamed = await adminApi.renameUnit(action.unit.code, { validFrom: date, ...names });
        onSaved(`${t.admin.saved} ${renamed.name} — ${tu.since(formatDate(date))}`);
      } else {
        await adminApi.endUnit(action.unit.code, date);
        onSaved(`${t.admin.saved} ${action.unit.name} — ${tu.until(formatDate(date))}`);
      }
    } catch (error) {
      setErrors(error instanceof ApiError ? { [error.field ?? "_form"]: error.message } : { _form: String(error) });
      setBusy(false);
    }
  };

  const input = (key: string, label: string, value: string, set: (v: string) => void, hint?: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        className="input"
        name={key}
        value={value}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={`unit-${key}-error`}
        onChange={(e) => set(e.target.value)}
      />
      {hint ? <span className="hint">{hint}</span> : null}
      <FieldError id={`unit-${key}-error`} message={errors[key]} />
    </label>
  );
  const dateKey = action.kind === "end" ? "validTo" : "validFrom";
  return (
    <form ref={formRef} className="admin-form" onSubmit={submit} noValidate aria-label={title}>
      <h2 className="panel-title">{title}</h2>
      {errors._form || errors.parentCode ? (
        <div className="alert alert-error" role="alert">
          {errors._form ?? errors.parentCode}
        </div>
      ) : null}
      <div className="form-grid">
        {action.kind === "add" ? input("code", tu.code, code, (v) => setCode(v.toUpperCase()), tu.codeHint) : null}
        {action.kind !== "end" ? input("name", tu.name, name, setName) : null}
        {action.kind !== "end" ? input("shortName", tu.shortName, shortName, setShortName) : null}
        {action.kind !== "end" ? input("symbol", tu.symbol, symbol, setSymbol) : null}
        <label className="field narrow">
          <span>{action.kind === "end" ? tu.validTo : tu.validFrom}</span>
          <input
            type="date"
            className="input"
            name={dateKey}
            value={date}
            aria-invalid={errors[dateKey] ? true : undefined}
            aria-describedby={`unit-${dateKey}-error`}
            onChange={(e) => setDate(e.target.value)}
          />
          {action.kind === "end" ? <span className="hint">{tu.endHint}</span> : null}
          <FieldError id={`unit-${dateKey}-error`} message={errors[dateKey]} />
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
    </form>
  );
}
