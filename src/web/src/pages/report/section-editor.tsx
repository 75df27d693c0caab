import { useCallback, useEffect, useRef, useState } from "react";
import type { ReportSection } from "../../../../contract/reports.js";
import { ApiError, api } from "../../api.js";

const AUTOSAVE_MS = 1500;

type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "error"; message: string }
  | { kind: "conflict"; theirs: string; version: number; message: string };

/** "hh:mm" of a save, in the user's local time. */
function clock(at: Date): string {
  return `${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}`;
}

/** What a 409 STALE_VERSION carries: the section as the other person saved it. */
function staleCurrent(error: ApiError): { body: string; version: number } | null {
  const current = (error.details as { current?: { body?: unknown; version?: unknown } } | undefined)?.current;
  if (!current || typeof current.body !== "string" || typeof current.version !== "number") return null;
  return { body: current.body, version: current.version };
}

/**
 * Edits one section's structured text (blank lines between paragraphs, "- " items) with autosave after a pause
 * and on blur; a stale save shows the other person's text beside the user's, whose typing is never dropped.
 */
export function SectionEditor({ reportId, section }: { reportId: number; section: ReportSection }) {
  const [text, setText] = useState(section.body);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const base = useRef(section.version);
  const saved = useRef(section.body);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(text);
  latest.current = text;
  const inFlight = useRef(false);
  const conflict = state.kind === "conflict";
  const rows = Math.min(20, Math.max(5, text.split("\n").length + 1));

  const save = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const body = latest.current;
    if (body === saved.current || inFlight.current) return;
    inFlight.current = true;
    setState({ kind: "saving" });
    try {
      const result = await api.saveSection(reportId, section.id, body, base.current);
      base.current = result.version;
      saved.current = body;
      setState({ kind: "saved", at: new Date() });
    } catch (error) {
      const current = error instanceof ApiError && error.code === "STALE_VERSION" ? staleCurrent(error) : null;
      if (current && error instanceof ApiError) {
        setState({ kind: "conflict", theirs: current.body, version: current.version, message: error.message });
      } else {
        setState({ kind: "error", message: error instanceof Error ? error.message : String(error) });
      }
    } finally {
      inFlight.current = false;
    }
  }, [reportId, section.id]);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const onChange = (value: string) => {
    setText(value);
    if (conflict) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
  };

  const keepMine = () => {
    if (state.kind !== "conflict") return;
    base.current = state.version;
    saved.current = state.theirs;
    setState({ kind: "idle" });
    void save();
  };
  const takeTheirs = () => {
    if (state.kind !== "conflict") return;
    base.current = state.version;
    saved.current = state.theirs;
    setText(state.theirs);
    setState({ kind: "saved", at: new Date() });
  };

  return (
    <div className="section-editor" data-testid={`section-editor-${section.id}`}>
      <div className={conflict ? "editor-conflict" : undefined}>
        <label className="editor-pane">
          {conflict ? <span className="meta-label">Bản của tôi (chưa lưu)</span> : null}
          <textarea
            className="editor-text"
            aria-label={`Nội dung mục ${section.title}`}
            value={text}
            rows={rows}
            onChange={(event) => onChange(event.target.value)}
            onBlur={() => {
              if (!conflict) void save();
            }}
          />
        </label>
        {state.kind === "conflict" ? (
          <div className="editor-pane">
            <span className="meta-label">Bản hiện tại (người khác đã lưu)</span>
            <textarea className="editor-text" readOnly rows={rows} value={state.theirs} aria-label="Bản hiện tại" />
          </div>
        ) : null}
      </div>
      <div className="editor-status muted small" aria-live="polite">
        {state.kind === "saving" ? "Đang lưu…" : null}
        {state.kind === "saved" ? `Đã lưu lúc ${clock(state.at)}` : null}
        {state.kind === "error" ? <span className="error-text">{state.message}</span> : null}
      </div>
      {state.kind === "conflict" ? (
        <div className="alert alert-warn" role="alert">
          <span>{state.message}</span>
          <button type="button" className="button" onClick={keepMine}>
            Dùng bản của tôi
          </button>
          <button type="button" className="button button-quiet" onClick={takeTheirs}>
            Dùng bản hiện tại
          </button>
        </div>
      ) : null}
    </div>
  );
}
