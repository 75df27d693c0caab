import { useCallback, useEffect, useRef, useState } from "react";
import type { ReportTask } from "../../../../contract/reports.js";
import { ApiError, api } from "../../api.js";
import { periodLabel } from "../../format.js";
import { useI18n } from "../../i18n/index.js";
import { useApi } from "../../use-api.js";
import {
  bodyOf,
  contentKey,
  type Draft,
  draftOf,
  type Item,
  mergeDrafts,
  newKey,
  type Outcome,
  staleTasks,
} from "./tasks-draft.js";

const AUTOSAVE_MS = 1500;

const OUTCOMES: Outcome[] = ["done", "in_progress", "not_done", "carried_over"];

type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "error"; message: string }
  | { kind: "conflict"; theirs: ReportTask[]; version: number; message: string };

function clock(at: Date): string {
  return `${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}`;
}

/** The divisions of the report's unit, for the "phòng chủ trì" select (none when the unit has none). */
function useDivisions(unitCode: string): { code: string; name: string }[] {
  const unit = useApi((signal) => api.getUnit(unitCode, signal), [unitCode]);
  if (unit.status !== "ready") return [];
  return unit.data.children.filter((c) => c.kind === "division").map((c) => ({ code: c.code, name: c.name }));
}

/**
 * Next period's tasks as items (add, edit, remove, move up and down, leading division) and the outcome with a
 * note of each task carried from the previous report; saved after a pause, on leaving a field, or with the
 * button. A stale save (someone else saved the report meanwhile) shows their tasks beside the user's, who keeps
 * everything typed and chooses which to keep; a stale save that met only figures' edits is retried at once.
 */
export function TasksEditor({
  reportId,
  unitCode,
  version,
  tasks,
  nextPeriodCode,
}: {
  reportId: number;
  unitCode: string;
  version: number;
  tasks: ReportTask[];
  nextPeriodCode: string | null;
}) {
  const { t } = useI18n();
  const te = t.tasksEditor;
  const divisions = useDivisions(unitCode);
  const carried = tasks.filter((task) => task.carriedFromTaskId !== null);
  const [draft, setDraft] = useState<Draft>(() => draftOf(tasks));
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const base = useRef(version);
  const saved = useRef(contentKey(bodyOf(draftOf(tasks), carried, version)));
  const latest = useRef(draft);
  latest.current = draft;
  const carriedRef = useRef(carried);
  carriedRef.current = carried;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);
  const again = useRef(false);
  const conflict = state.kind === "conflict";

  const save = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) {
      // Saved again as soon as the save under way ends, with whatever has been typed by then.
      again.current = true;
      return;
    }
    const body = bodyOf(latest.current, carriedRef.current, base.current);
    const key = contentKey(body);
    if (key === saved.current) return;
    inFlight.current = true;
    let stopped = false;
    setState({ kind: "saving" });
    try {
      let result: { version: number };
      try {
        result = await api.saveTasks(reportId, body);
      } catch (error) {
        const current = error instanceof ApiError && error.code === "STALE_VERSION" ? staleTasks(error.details) : null;
        const theirs = current ? contentKey(bodyOf(draftOf(current.tasks), carriedRef.current, 0)) : null;
        // Someone saved the report (figures, say) but left the tasks as this editor last saw them: no conflict.
        if (!current || theirs !== saved.current) throw error;
        base.current = current.version;
        result = await api.saveTasks(reportId, { ...body, baseVersion: current.version });
      }
      base.current = result.version;
      saved.current = key;
      setState({ kind: "saved", at: new Date() });
    } catch (error) {
      const current = error instanceof ApiError && error.code === "STALE_VERSION" ? staleTasks(error.details) : null;
      stopped = true;
      if (current && error instanceof ApiError) {
        setState({ kind: "conflict", theirs: current.tasks, version: current.version, message: error.message });
      } else {
        setState({ kind: "error", message: error instanceof Error ? error.message : String(error) });
      }
    } finally {
      inFlight.current = false;
    }
    if (again.current && !stopped) {
      again.current = false;
      await save();
    }
  }, [reportId]);

  // Whatever is still waiting for the pause is saved when the editor goes away.
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
        void save();
      }
    },
    [save],
  );

  const change = (next: (d: Draft) => Draft, soon = false) => {
    setDraft((d) => {
      const updated = next(d);
      latest.current = updated;
      return updated;
    });
    if (conflict) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), soon ? 0 : AUTOSAVE_MS);
  };
  const setItem = (key: number, patch: Partial<Item>, soon = false) =>
    change((d) => ({ ...d, items: d.items.map((it) => (it.key === key ? { ...it, ...patch } : it)) }), soon);
  const move = (index: number, by: -1 | 1) =>
    change((d) => {
      const items = [...d.items];
      const [moved] = items.splice(index, 1);
      if (moved) items.splice(index + by, 0, moved);
      return { ...d, items };
    }, true);
  const setOutcome = (taskId: number, patch: Partial<{ status: Outcome; note: string }>, soon = false) =>
    change((d) => {
      const current = d.outcomes[taskId] ?? { status: "planned" as Outcome, note: "" };
      return { ...d, outcomes: { ...d.outcomes, [taskId]: { ...current, ...patch } } };
    }, soon);
  const blur = () => {
    if (!conflict) void save();
  };

  const keepMine = () => {
    if (state.kind !== "conflict") return;
    base.current = state.version;
    saved.current = contentKey(bodyOf(draftOf(state.theirs), carriedRef.current, 0));
    setState({ kind: "idle" });
    void save();
  };
  /** Both: the user's items and outcomes, then the other person's items the user does not have. */
  const mergeBoth = () => {
    if (state.kind !== "conflict") return;
    const theirs = draftOf(state.theirs);
    const merged = mergeDrafts(latest.current, theirs);
    base.current = state.version;
    saved.current = contentKey(bodyOf(theirs, carriedRef.current, 0));
    latest.current = merged;
    setDraft(merged);
    setState({ kind: "idle" });
    void save();
  };
  const takeTheirs = () => {
    if (state.kind !== "conflict") return;
    const theirs = draftOf(state.theirs);
    base.current = state.version;
    saved.current = contentKey(bodyOf(theirs, carriedRef.current, 0));
    latest.current = theirs;
    setDraft(theirs);
    setState({ kind: "saved", at: new Date() });
  };

  const dirty = contentKey(bodyOf(draft, carried, 0)) !== saved.current;
  const hasBlank = draft.items.some((item) => !item.text.trim());

  return (
    <div className="tasks-editor" data-testid="tasks-editor">
      <section aria-labelledby="carried-tasks-title">
        <h3 id="carried-tasks-title" className="tasks-heading">
          {te.carriedTitle}
        </h3>
        {carried.length === 0 ? (
          <p className="muted small">{te.noCarried}</p>
        ) : (
          <>
            <p className="hint">{te.carriedHint}</p>
            <ol className="item-list tasks-list" data-testid="carried-tasks">
              {carried.map((task, i) => {
                const o = draft.outcomes[task.id] ?? { status: task.status, note: "" };
                return (
                  <li key={task.id}>
                    <div>{task.text}</div>
                    <div className="task-row">
                      <label className="field">
                        <span>{te.outcome}</span>
                        <select
                          className="input"
                          aria-label={te.outcomeOf(i + 1)}
                          value={o.status}
                          onChange={(e) => setOutcome(task.id, { status: e.target.value as Outcome }, true)}
                        >
                          <option value="planned">{te.noOutcome}</option>
                          {OUTCOMES.map((s) => (
                            <option key={s} value={s}>
                              {t.taskStatuses[s]}
                            </option>
                          ))}
                        </select>
                      </label>
                      <label className="field grow">
                        <span>{te.note}</span>
                        <input
                          className="input"
                          aria-label={te.noteOf(i + 1)}
                          value={o.note}
                          onChange={(e) => setOutcome(task.id, { note: e.target.value })}
                          onBlur={blur}
                        />
                      </label>
                    </div>
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </section>
      <section aria-labelledby="next-tasks-title">
        <h3 id="next-tasks-title" className="tasks-heading">
          {te.nextTitle}
          {nextPeriodCode ? <span className="muted small"> · {periodLabel(nextPeriodCode, t)}</span> : null}
        </h3>
        <p className="hint">{te.nextHint}</p>
        {draft.items.length === 0 ? <p className="muted small">{te.noNext}</p> : null}
        <ol className="item-list tasks-list" data-testid="next-tasks">
          {draft.items.map((item, i) => (
            <li key={item.key}>
              <textarea
                className="input task-text"
                aria-label={te.taskOf(i + 1)}
                rows={Math.max(2, Math.ceil(item.text.length / 60) + (item.text.match(/\n/g)?.length ?? 0))}
                value={item.text}
                onChange={(e) => setItem(item.key, { text: e.target.value })}
                onBlur={blur}
              />
              <div className="task-row">
                {divisions.length > 0 ? (
                  <select
                    className="input grow"
                    aria-label={te.divisionOf(i + 1)}
                    value={item.division}
                    onChange={(e) => setItem(item.key, { division: e.target.value }, true)}
                  >
                    <option value="">{te.noDivision}</option>
                    {divisions.map((d) => (
                      <option key={d.code} value={d.code}>
                        {d.name}
                      </option>
                    ))}
                    {item.division && !divisions.some((d) => d.code === item.division) ? (
                      <option value={item.division}>{item.division}</option>
                    ) : null}
                  </select>
                ) : (
                  <span className="grow" />
                )}
                <button
                  type="button"
                  className="button button-quiet icon"
                  aria-label={te.up(i + 1)}
                  title={te.up(i + 1)}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button-quiet icon"
                  aria-label={te.down(i + 1)}
                  title={te.down(i + 1)}
                  disabled={i === draft.items.length - 1}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button-quiet icon"
                  aria-label={te.remove(i + 1)}
                  title={te.remove(i + 1)}
                  onClick={() => change((d) => ({ ...d, items: d.items.filter((it) => it.key !== item.key) }), true)}
                >
                  ✕
                </button>
              </div>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button"
          onClick={() =>
            setDraft((d) => {
              const updated = { ...d, items: [...d.items, { key: newKey(), text: "", division: "" }] };
              latest.current = updated;
              return updated;
            })
          }
        >
          + {te.add}
        </button>
      </section>
      {state.kind === "conflict" ? (
        <div className="editor-conflict tasks-conflict">
          <div className="editor-pane">
            <span className="meta-label">{te.conflictMine}</span>
            <TaskSummary draft={draft} carried={carried} />
          </div>
          <div className="editor-pane" data-testid="tasks-theirs">
            <span className="meta-label">{te.conflictTheirs}</span>
            <TaskSummary draft={draftOf(state.theirs)} carried={state.theirs.filter((x) => x.carriedFromTaskId)} />
          </div>
        </div>
      ) : null}
      <div className="tasks-actions">
        {conflict ? null : (
          <button type="button" className="button primary" onClick={blur}>
            {te.save}
          </button>
        )}
        <span className="editor-status muted small" aria-live="polite">
          {state.kind === "saving" ? te.saving : null}
          {state.kind === "saved" && !dirty ? te.savedAt(clock(state.at)) : null}
          {state.kind !== "saving" && state.kind !== "conflict" && dirty ? te.unsaved : null}
          {hasBlank ? ` ${te.emptySkipped}` : null}
          {state.kind === "error" ? <span className="error-text">{state.message}</span> : null}
        </span>
      </div>
      {state.kind === "conflict" ? (
        <div className="alert alert-warn tasks-conflict-alert" role="alert">
          <span>{state.message}</span>
          <button type="button" className="button" onClick={mergeBoth}>
            {te.mergeBoth}
          </button>
          <button type="button" className="button" onClick={keepMine}>
            {te.keepMine}
          </button>
          <button type="button" className="button button-quiet" onClick={takeTheirs}>
            {te.takeTheirs}
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** A read-only view of a draft's tasks, for comparing the two versions of a conflict. */
function TaskSummary({ draft, carried }: { draft: Draft; carried: readonly ReportTask[] }) {
  const { t } = useI18n();
  return (
    <div className="small">
      <ul>
        {carried.flatMap((task) => {
          const o = draft.outcomes[task.id];
          const status = o?.status ?? task.status;
          // Only the outcomes reported so far: the rest read the same on both sides.
          if (status === "planned") return [];
          return [
            <li key={task.id}>
              {task.text.replace(/[.;:]\s*$/, "")}: <strong>{t.taskStatuses[status]}</strong>
              {o?.note ? ` (${o.note})` : ""}
            </li>,
          ];
        })}
      </ul>
      <ol>
        {draft.items
          .filter((item) => item.text.trim())
          .map((item) => (
            <li key={item.key}>
              {item.text}
              {item.division ? <span className="muted"> · {item.division}</span> : null}
            </li>
          ))}
      </ol>
    </div>
  );
}
