import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import type { ImportPreview, ImportResult } from "../../../contract/imports.js";
import type { SessionUser } from "../../../contract/session.js";
import { parsePeriodCode } from "../../../domain/period.js";
import { ApiError, api } from "../api.js";
import { formatNumber, periodLabel } from "../format.js";
import { useI18n } from "../i18n/index.js";
import { Link } from "../router.js";
import { mayImport, useSession } from "../session.js";
import { useApi } from "../use-api.js";

/** Upload a report file: read it, check the recovered structure against its text, confirm unit and period, store. */
export function ImportPage() {
  const { t } = useI18n();
  const { state } = useSession();
  const user = state.status === "signed-in" ? state.user : null;
  return (
    <div className="page import-page">
      <h1 className="page-title">{t.importPage.title}</h1>
      {mayImport(user) && user ? (
        <Importer user={user} />
      ) : (
        <div className="alert alert-error" role="alert">
          {t.importPage.forbidden}
        </div>
      )}
    </div>
  );
}

function Failure({ error }: { error: ApiError | null }) {
  if (!error) return null;
  return (
    <div className="alert alert-error" role="alert">
      <span>{error.message}</span>
    </div>
  );
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, "CLIENT", String((error as Error).message ?? error));
}

function Importer({ user: _user }: { user: SessionUser }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const reset = () => {
    setFile(null);
    setPreview(null);
    setResult(null);
    setError(null);
  };
  const analyze = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    api
      .previewImport(file)
      .then(setPreview, (e: unknown) => setError(asApiError(e)))
      .finally(() => setBusy(false));
  };
  if (result) {
    return (
      <div className="panel import-done" role="status">
        <h2>{result.status === "imported" ? t.importPage.imported : t.importPage.skipped}</h2>
        <p>{result.message}</p>
        <div className="toolbar">
          <Link className="button primary" href={`/reports/${result.reportId}`}>
            {t.importPage.openReport}
          </Link>
          <button className="button" type="button" onClick={reset}>
            {t.importPage.another}
          </button>
        </div>
      </div>
    );
  }
  return (
    <>
      <form className="panel import-choose" onSubmit={analyze}>
        <p className="hint">{t.importPage.intro}</p>
        <div className="toolbar">
          {/* The native file button speaks the browser's language: a label of our own keeps it Vietnamese. */}
          <input
            id="import-file"
            className="visually-hidden"
            type="file"
            name="file"
            accept=".docx,.txt,.md,.markdown"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
              setError(null);
            }}
          />
          <label className="button" htmlFor="import-file">
            {t.importPage.chooseFile}
          </label>
          <span className={file ? "grow mono" : "grow muted"}>{file ? file.name : t.importPage.noFile}</span>
          <button className="button primary" type="submit" disabled={!file || busy}>
            {busy ? t.importPage.analyzing : t.importPage.analyze}
          </button>
        </div>
      </form>
      <Failure error={error} />
      {preview && file ? <PreviewView preview={preview} file={file} onStored={setResult} /> : null}
    </>
  );
}

function PreviewView({
  preview,
  file,
  onStored,
}: {
  preview: ImportPreview;
  file: File;
  onStored(result: ImportResult): void;
}) {
  const { t, language } = useI18n();
  const [active, setActive] = useState<number | null>(null);
  const textRef = useRef<HTMLOListElement>(null);
  const r = preview.report;
  useEffect(() => {
    if (active === null) return;
    textRef.current?.querySelector(`[data-line="${active}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [active]);
  const goTo = (line: number) => (
    <button
      type="button"
      className="line-link mono"
      onClick={() => setActive(line)}
      aria-label={t.importPage.goToLine(line)}
    >
      {t.importPage.line(line)}
    </button>
  );
  const date = r.meta.issueYear
    ? [r.meta.issueDay, r.meta.issueMonth, r.meta.issueYear]
        .filter(Boolean)
        .map((n) => String(n).padStart(2, "0"))
        .join("/")
    : null;
  return (
    <div className="grid-import">
      <section className="panel import-text" aria-labelledby="import-text-title">
        <div className="panel-head">
          <h2 id="import-text-title">{t.importPage.text}</h2>
          <span className="muted small">
            {preview.fileName} · {t.importPage.lineCount(preview.lines.length)}
          </span>
        </div>
        <ol className="source-lines" ref={textRef} data-testid="import-lines">
          {preview.lines.map((line, i) => {
            const n = i + 1;
            return (
              <li key={n} data-line={n} className={n === active ? "active" : undefined}>
                <span className="line-no mono" aria-hidden="true">
                  {n}
                </span>
                <span className="line-text">{line || "\u00a0"}</span>
              </li>
            );
          })}
        </ol>
      </section>
      <div className="import-side">
        <ConfirmForm preview={preview} file={file} onStored={onStored} />
        <Part title={t.importPage.meta}>
          <dl className="meta-list">
            <dt>{t.importPage.number}</dt>
            <dd className="mono">{r.meta.number ?? t.common.none}</dd>
            <dt>{t.importPage.date}</dt>
            <dd>{date ?? t.common.none}</dd>
            <dt>{t.importPage.province}</dt>
            <dd>{r.meta.province ?? t.common.none}</dd>
            <dt>{t.importPage.signer}</dt>
            <dd>
              {[r.meta.signingAuthority, r.meta.signerTitle, r.meta.signerName].filter(Boolean).join(" ") ||
                t.common.none}
            </dd>
          </dl>
          {r.meta.title ? <p className="strong">{r.meta.title}</p> : null}
        </Part>
        <Part title={t.importPage.outline} count={r.headings.length} testId="import-outline">
          {r.headings.map((h) => (
            <li key={`h${h.line}`} style={{ paddingLeft: `${(h.level - 1) * 14}px` }}>
              <span>
                {h.number ? `${/[.)]$/.test(h.number) ? h.number : `${h.number}.`} ` : ""}
                {h.title}
              </span>
              {goTo(h.line)}
            </li>
          ))}
        </Part>
        <Part title={t.importPage.figures} count={r.figures.length} testId="import-figures">
          {r.figures.map((f) => (
            <li key={`${f.line}:${f.quote}`}>
              <span>
                <strong>{formatNumber(f.value, language)}</strong>
                {f.unit ? ` ${f.unit}` : ""} <span className="muted">— {f.label}</span>
              </span>
              {goTo(f.line)}
            </li>
          ))}
        </Part>
        <Part title={t.importPage.citations} count={r.references.length} testId="import-citations">
          {r.references.map((c) => (
            <li key={`${c.line}:${c.quote}`}>
              <span>
                {c.type ? `${c.type} ` : ""}
                <span className="mono">{c.code}</span>
                {c.date ? <span className="muted"> ({c.date})</span> : null}
              </span>
              {goTo(c.line)}
            </li>
          ))}
        </Part>
        <Items title={t.importPage.tasks} items={r.tasks} goTo={goTo} testId="import-tasks" />
        <Items title={t.importPage.difficulties} items={r.difficulties} goTo={goTo} />
        <Items title={t.importPage.recommendations} items={r.recommendations} goTo={goTo} />
        <Part title={t.importPage.findings} count={r.findings.length} testId="import-findings">
          {r.findings.map((f) => (
            <li key={`${f.line}:${f.kind}:${f.quote}`} className="finding">
              <span>{f.message}</span>
              {goTo(f.line)}
            </li>
          ))}
        </Part>
      </div>
    </div>
  );
}

function Part({
  title,
  count,
  testId,
  children,
}: {
  title: string;
  count?: number;
  testId?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section className="panel import-part" data-testid={testId}>
      <h2>
        {title}
        {count !== undefined ? <span className="count muted"> ({count})</span> : null}
      </h2>
      {count === 0 ? <p className="muted small">{t.importPage.none}</p> : null}
      {count === undefined ? children : count > 0 ? <ul className="item-list">{children}</ul> : null}
    </section>
  );
}

function Items({
  title,
  items,
  goTo,
  testId,
}: {
  title: string;
  items: { text: string; line: number }[];
  goTo(line: number): ReactNode;
  testId?: string;
}) {
  return (
    <Part title={title} count={items.length} {...(testId ? { testId } : {})}>
      {items.map((item) => (
        <li key={`${item.line}:${item.text}`}>
          <span>{item.text}</span>
          {goTo(item.line)}
        </li>
      ))}
    </Part>
  );
}

function validPeriod(code: string): boolean {
  try {
    parsePeriodCode(code);
    return true;
  } catch {
    return false;
  }
}

function ConfirmForm({
  preview,
  file,
  onStored,
}: {
  preview: ImportPreview;
  file: File;
  onStored(result: ImportResult): void;
}) {
  const { t } = useI18n();
  const regimes = useApi((signal) => api.listRegimes(signal), []);
  const proposedUnit = preview.units.some((u) => u.code === preview.proposed.unitCode)
    ? preview.proposed.unitCode
    : null;
  const [unitCode, setUnitCode] = useState(proposedUnit ?? (preview.units.length === 1 ? preview.units[0]!.code : ""));
  const [periodCode, setPeriodCode] = useState(preview.proposed.periodCode ?? "");
  const [regimeCode, setRegimeCode] = useState(preview.proposed.regimeCode ?? "");
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const periodOk = validPeriod(periodCode);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!unitCode || !periodOk) return;
    setBusy(true);
    setError(null);
    api
      .importReport(file, { unitCode, periodCode: periodCode.trim(), regimeCode: regimeCode || null })
      .then(onStored, (e: unknown) => setError(asApiError(e)))
      .finally(() => setBusy(false));
  };
  return (
    <form className="panel import-confirm" onSubmit={submit} aria-labelledby="confirm-title">
      <h2 id="confirm-title">{t.importPage.confirmTitle}</h2>
      <Failure error={error} />
      <label className="field">
        <span>{t.importPage.unit}</span>
        <select className="input" name="unitCode" value={unitCode} onChange={(e) => setUnitCode(e.target.value)}>
          <option value="">{t.importPage.chooseUnit}</option>
          {preview.units.map((u) => (
            <option key={u.code} value={u.code}>
              {u.name} ({u.code})
            </option>
          ))}
        </select>
        {!unitCode ? <small className="field-error">{t.importPage.unitRequired}</small> : null}
        {!proposedUnit ? <small className="hint">{t.importPage.proposedUnknown}</small> : null}
      </label>
      <label className="field">
        <span>{t.importPage.periodCode}</span>
        <input
          className="input mono"
          name="periodCode"
          value={periodCode}
          aria-invalid={!periodOk}
          onChange={(e) => setPeriodCode(e.target.value)}
        />
        {periodOk ? (
          <small className="hint">{periodLabel(periodCode.trim(), t)}</small>
        ) : (
          <small className="field-error">{t.importPage.periodInvalid}</small>
        )}
        <small className="hint">{t.importPage.periodHint}</small>
      </label>
      <label className="field">
        <span>{t.importPage.regime}</span>
        <select className="input" name="regimeCode" value={regimeCode} onChange={(e) => setRegimeCode(e.target.value)}>
          <option value="">{t.importPage.noRegime}</option>
          {regimes.status === "ready"
            ? regimes.data.items.map((g) => (
                <option key={g.code} value={g.code}>
                  {g.name}
                </option>
              ))
            : null}
        </select>
      </label>
      <button className="button primary" type="submit" disabled={busy || !unitCode || !periodOk}>
        {busy ? t.importPage.saving : t.importPage.confirm}
      </button>
    </form>
  );
}
