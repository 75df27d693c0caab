import { Fragment, useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { PreviousValues } from "../../../../contract/figures.js";
import type { Indicator } from "../../../../contract/indicators.js";
import type { RegimeDetail } from "../../../../contract/regimes.js";
import type { ReportDetail, ReportValue } from "../../../../contract/reports.js";
import {
  type CellInput,
  conflictingCells,
  derivedValues,
  type FormRow,
  figureKey,
  formRows,
  parseFigureCell,
} from "../../../../domain/figures-form.js";
import { type IndicatorFacts, type ValueFact, valueWarnings } from "../../../../domain/value-warnings.js";
import { formatVnNumber } from "../../../../domain/vn-number.js";
import { ApiError, api } from "../../api.js";
import { ErrorBox, Loading } from "../../components/status.js";
import { formatNumber } from "../../format.js";
import { useI18n } from "../../i18n/index.js";
import { useApi } from "../../use-api.js";

const AUTOSAVE_MS = 1500;

type Provenance = ReportValue["provenance"];

type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "error"; message: string }
  | { kind: "conflict"; cells: Map<string, number | null>; message: string };

/** "hh:mm" of a save, in the user's local time. */
function clock(at: Date): string {
  return `${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}`;
}

/** How a stored figure is written back into its input (Vietnamese notation, every decimal kept). */
const inputText = (value: number | undefined | null) =>
  value === undefined || value === null ? "" : formatVnNumber(value, { maxDecimals: 6 });

/** What a 409 STALE_VERSION on values carries: the report's current version and figures. */
function staleValues(error: ApiError): { version: number; values: ReportValue[] } | null {
  const details = error.details as { currentVersion?: unknown; values?: unknown } | undefined;
  if (typeof details?.currentVersion !== "number" || !Array.isArray(details.values)) return null;
  return { version: details.currentVersion, values: details.values as ReportValue[] };
}

/**
 * The regime's numeric form (biểu mẫu) of a report: loads the form, the catalogue and last period's cumulative
 * figures, then shows the form to fill (or to read, where the user may not edit).
 */
export function FiguresForm({
  report,
  onChanged,
  fallback,
}: {
  report: ReportDetail;
  onChanged: () => void;
  /** What to show when the regime has no form. */
  fallback: React.ReactNode;
}) {
  const regimeCode = report.regime?.code ?? "";
  const regime = useApi((signal) => api.getRegime(regimeCode, signal), [regimeCode]);
  const indicators = useApi((signal) => api.listIndicators({}, signal), []);
  const previous = useApi((signal) => api.previousValues(report.id, signal), [report.id]);
  // Kept here so that the outcome of an import stays on screen when the form is rebuilt from the reloaded report.
  const importState = useState<ImportState>({ kind: "idle" });
  for (const loaded of [regime, indicators, previous]) {
    if (loaded.status === "error") return <ErrorBox error={loaded.error} />;
  }
  if (regime.status !== "ready" || indicators.status !== "ready" || previous.status !== "ready") return <Loading />;
  if (regime.data.indicators.length === 0) return <>{fallback}</>;
  return (
    <FormBody
      key={report.version}
      importState={importState}
      report={report}
      regime={regime.data}
      catalogue={indicators.data.items}
      previous={previous.data}
      onChanged={onChanged}
    />
  );
}

type ImportState =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "done"; count: number }
  | { kind: "failed"; message: string; cells: { cell: string; message: string }[] };

interface FormBodyProps {
  importState: [ImportState, (state: ImportState) => void];
  report: ReportDetail;
  regime: RegimeDetail;
  catalogue: Indicator[];
  previous: PreviousValues;
  onChanged: () => void;
}

function FormBody({
  importState: [importState, setImportState],
  report,
  regime,
  catalogue,
  previous,
  onChanged,
}: FormBodyProps) {
  const { t, language } = useI18n();
  const f = t.figuresForm;
  const byCode = useMemo(() => new Map(catalogue.map((i) => [i.code, i])), [catalogue]);
  const rows = useMemo(() => formRows(regime.indicators, byCode), [regime.indicators, byCode]);
  const inForm = useMemo(() => new Set(regime.indicators.map((i) => i.code)), [regime.indicators]);
  const editable = useMemo(
    () => new Set(report.workflow.editableIndicatorCodes),
    [report.workflow.editableIndicatorCodes],
  );
  const canType = (row: FormRow) => !row.derived && editable.has(row.indicatorCode);
  const anyEditable = rows.some(canType);
  const partly = anyEditable && rows.some((row) => !row.derived && !canType(row));
  const mySections = useMemo(
    () => new Set(rows.filter((row) => !row.derived && editable.has(row.indicatorCode)).map((row) => row.sectionKey)),
    [rows, editable],
  );
  const [onlyMine, setOnlyMine] = useState(true);

  // What the server holds (the base every edit is compared with), by cell; mutated in place, then re-rendered.
  const stored = useRef(new Map(report.values.map((v) => [figureKey(v.indicatorCode, v.disaggregation), v.value])));
  const provenance = useRef(
    new Map<string, Provenance>(report.values.map((v) => [figureKey(v.indicatorCode, v.disaggregation), v.provenance])),
  );
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(rows.map((row) => [row.key, inputText(stored.current.get(row.key))])),
  );
  const latest = useRef(texts);
  latest.current = texts;
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const conflict = state.kind === "conflict";
  const conflictRef = useRef(conflict);
  conflictRef.current = conflict;
  const base = useRef(report.version);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);
  const again = useRef(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const valueTypeOf = useCallback((code: string) => byCode.get(code)?.valueType ?? "decimal", [byCode]);
  const parsed = useCallback(
    (row: FormRow, text: string | undefined): CellInput => parseFigureCell(text ?? "", valueTypeOf(row.indicatorCode)),
    [valueTypeOf],
  );

  /** The cells whose typed figure differs from the stored one (null: cleared), skipping invalid text. */
  const pendingEdits = useCallback(
    (current: Record<string, string>) => {
      const edits: { row: FormRow; value: number | null }[] = [];
      for (const row of rows) {
        if (row.derived || !editable.has(row.indicatorCode)) continue;
        const cell = parsed(row, current[row.key]);
        const was = stored.current.get(row.key);
        if (cell.kind === "number" && cell.value !== was) edits.push({ row, value: cell.value });
        if (cell.kind === "empty" && was !== undefined) edits.push({ row, value: null });
      }
      return edits;
    },
    [rows, editable, parsed],
  );

  const save = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (conflictRef.current) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const edits = pendingEdits(latest.current);
    if (edits.length === 0) return;
    inFlight.current = true;
    setState({ kind: "saving" });
    try {
      const result = await api.saveValues(report.id, {
        values: edits.map((e) => ({
          indicator: e.row.indicatorCode,
          ...(e.row.disaggregation ? { disaggregation: e.row.disaggregation } : {}),
          value: e.value,
        })),
        baseVersion: base.current,
      });
      base.current = result.version;
      for (const e of edits) {
        if (e.value === null) {
          stored.current.delete(e.row.key);
          provenance.current.delete(e.row.key);
        } else {
          stored.current.set(e.row.key, e.value);
          provenance.current.set(e.row.key, "typed");
        }
      }
      for (const c of result.computed) {
        const key = figureKey(c.indicator);
        if (c.value === null) stored.current.delete(key);
        else stored.current.set(key, c.value);
      }
      setState({ kind: "saved", at: new Date() });
    } catch (error) {
      const current = error instanceof ApiError && error.code === "STALE_VERSION" ? staleValues(error) : null;
      if (current && error instanceof ApiError) {
        const theirs = new Map(current.values.map((v) => [figureKey(v.indicatorCode, v.disaggregation), v.value]));
        const before = stored.current;
        // The user's figures, as typed now (even what was typed while the refused save was on its way).
        const mine = new Map<string, number | null>();
        const keepText = new Set<string>();
        for (const row of rows) {
          if (row.derived || !editable.has(row.indicatorCode)) continue;
          const cell = parsed(row, latest.current[row.key]);
          if (cell.kind === "invalid") keepText.add(row.key);
          else {
            const value = cell.kind === "number" ? cell.value : null;
            if (value !== (before.get(row.key) ?? null)) {
              mine.set(row.key, value);
              keepText.add(row.key);
            }
          }
        }
        const cells = conflictingCells(mine, before, theirs);
        stored.current = theirs;
        provenance.current = new Map(
          current.values.map((v) => [figureKey(v.indicatorCode, v.disaggregation), v.provenance]),
        );
        base.current = current.version;
        // Cells the user did not touch follow what the other person saved.
        setTexts((old) => {
          const next = { ...old };
          for (const row of rows) if (!keepText.has(row.key)) next[row.key] = inputText(theirs.get(row.key));
          return next;
        });
        if (cells.size === 0) {
          setState({ kind: "idle" });
          again.current = true;
        } else {
          setState({ kind: "conflict", cells, message: error.message });
        }
      } else {
        setState({ kind: "error", message: error instanceof Error ? error.message : String(error) });
      }
    } finally {
      inFlight.current = false;
      rerender();
      if (again.current) {
        again.current = false;
        timer.current = setTimeout(() => void save(), 0);
      }
    }
  }, [pendingEdits, report.id, rows, editable, parsed]);

  // Leaving the form (another tab, another page) saves what is waiting for the pause.
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(
    () => () => {
      if (!timer.current) return;
      clearTimeout(timer.current);
      timer.current = null;
      void saveRef.current();
    },
    [],
  );

  const onChange = (key: string, text: string) => {
    setTexts((old) => ({ ...old, [key]: text }));
    if (conflict) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
  };
  const onBlur = (row: FormRow) => {
    // A valid figure is rewritten in the usual notation ("1234567" → "1.234.567").
    const cell = parsed(row, latest.current[row.key]);
    if (cell.kind === "number") {
      const text = inputText(cell.value);
      if (text !== latest.current[row.key]) {
        latest.current = { ...latest.current, [row.key]: text };
        setTexts(latest.current);
      }
    }
    if (!conflict) void save();
  };

  const keepMine = () => {
    if (state.kind !== "conflict") return;
    conflictRef.current = false;
    setState({ kind: "idle" });
    void save();
  };
  const takeTheirs = () => {
    if (state.kind !== "conflict") return;
    const next = { ...latest.current };
    for (const [key, value] of state.cells) next[key] = inputText(value);
    latest.current = next;
    setTexts(next);
    conflictRef.current = false;
    setState({ kind: "saved", at: new Date() });
    void save();
  };

  const importFile = async (file: File) => {
    if (!report.regime) return;
    await save();
    setImportState({ kind: "busy" });
    try {
      const result = await api.importValuesXlsx(file, {
        regime: report.regime.code,
        unit: report.unit.code,
        period: report.periodCode,
      });
      setImportState({ kind: "done", count: result.imported });
      onChanged();
    } catch (error) {
      const cells = error instanceof ApiError ? (error.details as { errors?: unknown } | undefined)?.errors : undefined;
      const list = Array.isArray(cells) ? (cells as { cell: string; message: string }[]) : [];
      const message = error instanceof Error ? error.message : String(error);
      setImportState({ kind: "failed", message: list.length > 0 ? f.importErrors : message, cells: list });
    } finally {
      if (fileInput.current) fileInput.current.value = "";
    }
  };

  // The figures as they stand on screen: typed cells as typed (when valid), the rest as stored, plus computed.
  const current = new Map<string, number>();
  const cellInputs = new Map<string, CellInput>();
  for (const row of rows) {
    if (row.derived) continue;
    if (canType(row)) {
      const cell = parsed(row, texts[row.key]);
      cellInputs.set(row.key, cell);
      if (cell.kind === "number") current.set(row.key, cell.value);
      else if (cell.kind === "invalid" && stored.current.has(row.key))
        current.set(row.key, stored.current.get(row.key)!);
    } else if (stored.current.has(row.key)) current.set(row.key, stored.current.get(row.key)!);
  }
  const totals = new Map([...current].filter(([key]) => key.endsWith("|")).map(([key, v]) => [key.slice(0, -1), v]));
  const formIndicators = regime.indicators.map((i) => byCode.get(i.code)).filter((i): i is Indicator => Boolean(i));
  const derived = derivedValues(formIndicators, totals);
  for (const [code, value] of derived) if (value !== null) current.set(figureKey(code), value);

  const facts = new Map<string, IndicatorFacts>(
    formIndicators.map((i) => [
      i.code,
      {
        code: i.code,
        name: i.name,
        valueType: i.valueType,
        unitOfMeasure: i.unitOfMeasure,
        isCumulative: i.isCumulative,
        numeratorCode: i.numeratorCode,
        denominatorCode: i.denominatorCode,
        categories: new Map(i.disaggregations.map((d) => [d.code, d.name])),
      },
    ]),
  );
  const previousTotals = new Map(previous.values.map((v) => [figureKey(v.indicatorCode, v.disaggregation), v.value]));
  const facts$: ValueFact[] = [...current].map(([key, value]) => {
    const [indicatorCode = "", disaggregation = ""] = key.split("|");
    return { indicatorCode, disaggregation, value };
  });
  const warnings = new Map<string, string[]>();
  for (const w of valueWarnings(facts$, facts, previousTotals)) {
    const key = figureKey(w.indicator, w.disaggregation);
    warnings.set(key, [...(warnings.get(key) ?? []), w.message]);
  }

  const pending = anyEditable ? pendingEdits(texts) : [];
  const invalidCount = [...cellInputs.values()].filter((c) => c.kind === "invalid").length;
  const statusKind =
    state.kind === "saving"
      ? "saving"
      : state.kind === "error"
        ? "error"
        : state.kind === "conflict"
          ? "conflict"
          : pending.length > 0
            ? "dirty"
            : "saved";

  const sectionTitle = (key: string | null) => {
    const section = key ? regime.outline.find((s) => s.key === key) : null;
    return section ? [section.number, section.title].filter(Boolean).join(". ") : f.noSection;
  };
  const withUnit = (value: number, unit: string | null) =>
    `${formatNumber(value, language)}${unit ? (unit === "%" ? "%" : ` ${unit}`) : ""}`;
  const others = report.values.filter((v) => !inForm.has(v.indicatorCode));
  const shown = partly && onlyMine ? rows.filter((row) => mySections.has(row.sectionKey)) : rows;

  return (
    <div className="figures-form" data-testid="figures-form">
      <div className="figures-toolbar">
        {anyEditable ? (
          <div
            className={`figures-status small status-${statusKind}`}
            data-testid="figures-status"
            data-state={statusKind}
            aria-live="polite"
          >
            {statusKind === "saving" ? f.saving : null}
            {statusKind === "dirty" ? f.dirty : null}
            {statusKind === "saved" ? (state.kind === "saved" ? f.saved(clock(state.at)) : f.savedNothing) : null}
            {state.kind === "error" ? <span className="error-text">{f.error(state.message)}</span> : null}
            {state.kind === "conflict" ? <span className="error-text">{f.conflictTitle}</span> : null}
            {invalidCount > 0 ? <span className="error-text"> · {f.invalidCells(invalidCount)}</span> : null}
          </div>
        ) : (
          <div className="muted small">{f.readOnly}</div>
        )}
        <div className="button-row">
          <a
            className="button button-quiet"
            href={`/api/analytics/export/form?regime=${encodeURIComponent(regime.code)}&format=xlsx`}
            download
          >
            {f.downloadTemplate}
          </a>
          {anyEditable ? (
            <label className={`button${importState.kind === "busy" ? " disabled" : ""}`}>
              {importState.kind === "busy" ? f.importing : f.importExcel}
              <input
                ref={fileInput}
                type="file"
                className="visually-hidden"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                disabled={importState.kind === "busy"}
                data-testid="figures-import"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (file) void importFile(file);
                }}
              />
            </label>
          ) : null}
        </div>
      </div>
      {anyEditable ? <p className="muted small figures-hint">{f.hint}</p> : null}
      {partly ? (
        <label className="figures-filter small">
          <input type="checkbox" checked={onlyMine} onChange={(event) => setOnlyMine(event.target.checked)} />
          {f.onlyMine}
        </label>
      ) : null}
      {importState.kind === "done" ? (
        <div className="alert alert-info small" role="status">
          {f.imported(importState.count)}
        </div>
      ) : null}
      {importState.kind === "failed" ? (
        <div className="alert alert-error small" role="alert" data-testid="figures-import-errors">
          <div>{importState.message}</div>
          {importState.cells.length > 0 ? (
            <ul className="import-cell-errors">
              {importState.cells.map((c) => (
                <li key={`${c.cell}-${c.message}`}>
                  <strong>
                    {f.cell} {c.cell}:
                  </strong>{" "}
                  {c.message.replace(/^Ô [A-Z]+\d+: /, "")}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {state.kind === "conflict" ? (
        <div className="alert alert-warn small figures-conflict" role="alert">
          <span>{state.message}</span>
          <div className="button-row">
            <button type="button" className="button" onClick={keepMine}>
              {f.keepMine}
            </button>
            <button type="button" className="button button-quiet" onClick={takeTheirs}>
              {f.takeTheirs}
            </button>
          </div>
        </div>
      ) : null}
      <table className="table table-dense figures-table" data-testid="figures-table">
        <thead>
          <tr>
            <th>{f.indicator}</th>
            <th className="num">{f.value}</th>
            <th>{f.unit}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row, i) => {
            const heading =
              i === 0 || shown[i - 1]?.sectionKey !== row.sectionKey ? sectionTitle(row.sectionKey) : null;
            const typing = canType(row);
            const cell = cellInputs.get(row.key);
            const error =
              cell?.kind === "invalid"
                ? cell.reason === "fraction-in-count"
                  ? f.fractionInCount
                  : f.notANumber
                : null;
            const theirs = state.kind === "conflict" && state.cells.has(row.key) ? state.cells.get(row.key) : undefined;
            const messages = warnings.get(row.key) ?? [];
            const value = row.derived ? (derived.get(row.indicatorCode) ?? null) : (current.get(row.key) ?? null);
            const carried =
              provenance.current.get(row.key) === "carried" && !pending.some((e) => e.row.key === row.key);
            const previousValue = byCode.get(row.indicatorCode)?.isCumulative ? previousTotals.get(row.key) : undefined;
            const name = row.isPart
              ? `${regime.indicators.find((x) => x.code === row.indicatorCode)?.name ?? row.indicatorCode} — ${row.label}`
              : row.label;
            const describedBy = `figure-msg-${row.key.replace(/[^A-Za-z0-9_-]/g, "_")}`;
            const hasMessages = Boolean(error) || messages.length > 0 || theirs !== undefined;
            return (
              <Fragment key={row.key}>
                {heading ? (
                  <tr className="figures-section">
                    <th colSpan={3} scope="colgroup">
                      {heading}
                    </th>
                  </tr>
                ) : null}
                <tr
                  className={[
                    row.isPart ? "sub-row" : "",
                    error ? "figure-invalid" : "",
                    messages.length > 0 ? "figure-warned" : "",
                    theirs !== undefined ? "figure-conflict" : "",
                  ]
                    .filter(Boolean)
                    .join(" ")}
                  data-testid={`figure-${row.key}`}
                >
                  <td className="figure-label">
                    <div>{row.isPart ? `— ${row.label}` : row.label}</div>
                    {carried || row.derived || previousValue !== undefined ? (
                      <div className="figure-notes">
                        {carried ? <span className="badge badge-carried">{f.carried}</span> : null}
                        {row.derived ? <span className="muted small">{f.computed}</span> : null}
                        {previousValue !== undefined ? (
                          <span className="muted small">{f.previous(withUnit(previousValue, row.unitOfMeasure))}</span>
                        ) : null}
                      </div>
                    ) : null}
                  </td>
                  <td className="num figure-value">
                    {typing ? (
                      <input
                        type="text"
                        inputMode="decimal"
                        autoComplete="off"
                        className="figure-input"
                        aria-label={name}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={hasMessages ? describedBy : undefined}
                        value={texts[row.key] ?? ""}
                        onChange={(event) => onChange(row.key, event.target.value)}
                        onBlur={() => onBlur(row)}
                      />
                    ) : value === null ? (
                      <span className="muted">{t.common.none}</span>
                    ) : (
                      <output aria-label={name} className={row.derived ? "figure-computed" : undefined}>
                        {formatNumber(value, language)}
                        {row.unitOfMeasure === "%" ? "%" : ""}
                      </output>
                    )}
                  </td>
                  <td className="uom">{row.unitOfMeasure === "%" ? "%" : (row.unitOfMeasure ?? "")}</td>
                </tr>
                {hasMessages ? (
                  <tr className="figure-messages">
                    <td colSpan={3} id={describedBy}>
                      {error ? (
                        <div className="figure-error" role="alert">
                          {error}
                        </div>
                      ) : null}
                      {theirs !== undefined ? (
                        <div className="figure-theirs">
                          {theirs === null ? f.theirsEmpty : f.theirs(withUnit(theirs, row.unitOfMeasure))}
                        </div>
                      ) : null}
                      {messages.map((m) => (
                        <div key={m} className="figure-warning">
                          {m}
                        </div>
                      ))}
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
          {others.length > 0 ? (
            <tr className="figures-section">
              <th colSpan={3} scope="colgroup">
                {f.otherFigures}
              </th>
            </tr>
          ) : null}
          {others.map((v) => (
            <tr key={`${v.indicatorCode}/${v.disaggregation}`}>
              <td className="figure-label">
                {v.disaggregationName ? `${v.indicatorName} — ${v.disaggregationName}` : v.indicatorName}
                {v.provenance !== "typed" ? <div className="muted small">{t.provenance[v.provenance]}</div> : null}
              </td>
              <td className="num">{formatNumber(v.value, language)}</td>
              <td className="uom">{v.unitOfMeasure ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {partly && !onlyMine ? <p className="muted small">{f.partlyReadOnly}</p> : null}
    </div>
  );
}
