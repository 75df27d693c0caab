import { Extension, type JSONContent } from "@tiptap/core";
import { closeHistory } from "@tiptap/pm/history";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ReportSection } from "../../../../contract/reports.js";
import { ApiError, api } from "../../api.js";
import { SectionBody } from "../../components/section-body.js";
import { useI18n } from "../../i18n/index.js";
import { clipboardToBlocks } from "../../rich-text/clipboard.js";
import { blocksToHtml, docToText, textToDoc } from "../../rich-text/editor-doc.js";
import { mergeAdditions } from "../../rich-text/merge.js";
import { normalizeStructuredText } from "../../rich-text/structured-text.js";

const AUTOSAVE_MS = 1500;

type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date; note?: "tookTheirs" | "merged" }
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

/** Ctrl+Alt+0 makes the selected items paragraphs again (the toolbar's "Đoạn văn"). */
const ParagraphShortcut = Extension.create({
  name: "paragraphShortcut",
  addKeyboardShortcuts() {
    return { "Mod-Alt-0": () => this.editor.commands.clearNodes() };
  },
});

/** Only what the storage format keeps: paragraphs, bulleted lists (two levels), undo. */
const EXTENSIONS = [
  StarterKit.configure({
    blockquote: false,
    bold: false,
    code: false,
    codeBlock: false,
    hardBreak: false,
    heading: false,
    horizontalRule: false,
    italic: false,
    link: false,
    orderedList: false,
    strike: false,
    underline: false,
    trailingNode: false,
  }),
  ParagraphShortcut,
];

/**
 * Edits one section's structured text (blank lines between paragraphs, "- " items, "+ " sub-items) in a
 * rich-text editor, with autosave after a pause and on blur. A paste keeps only paragraphs and lists. A stale
 * save shows the other person's text beside the user's, whose text is never dropped: keep it, merge both, or
 * take theirs (undo brings the user's back).
 */
export function RichSectionEditor({ reportId, section }: { reportId: number; section: ReportSection }) {
  const { t } = useI18n();
  const initial = useMemo(() => normalizeStructuredText(section.body), [section.body]);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const [dirty, setDirty] = useState(false);
  const base = useRef(section.version);
  /** The text the server has, as far as this editor knows (the stored form). */
  const saved = useRef(initial);
  const latest = useRef(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);
  const conflict = useRef(false);
  conflict.current = state.kind === "conflict";
  const pasting = useRef(false);
  const label = useRef("");
  label.current = t.editor.label(section.title);

  const save = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const body = latest.current;
    if (body === saved.current || inFlight.current || conflict.current) return;
    inFlight.current = true;
    setState({ kind: "saving" });
    let again = false;
    try {
      const result = await api.saveSection(reportId, section.id, body, base.current);
      base.current = result.version;
      saved.current = body;
      setState({ kind: "saved", at: new Date() });
      again = latest.current !== body;
    } catch (error) {
      const current = error instanceof ApiError && error.code === "STALE_VERSION" ? staleCurrent(error) : null;
      if (current && error instanceof ApiError) {
        conflict.current = true;
        setState({
          kind: "conflict",
          theirs: normalizeStructuredText(current.body),
          version: current.version,
          message: error.message,
        });
      } else {
        setState({ kind: "error", message: error instanceof Error ? error.message : String(error) });
      }
    } finally {
      inFlight.current = false;
      setDirty(latest.current !== saved.current);
    }
    // Typing went on while the save was in flight: save that too, after the usual pause.
    if (again) timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
  }, [reportId, section.id]);
  const saveRef = useRef(save);
  saveRef.current = save;

  const changed = useCallback((text: string) => {
    latest.current = text;
    setDirty(text !== saved.current);
    if (conflict.current) return;
    if (timer.current) clearTimeout(timer.current);
    if (text !== saved.current) timer.current = setTimeout(() => void saveRef.current(), AUTOSAVE_MS);
  }, []);

  const editorProps = useMemo(
    () => ({
      attributes: () => ({
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": label.current,
        class: "rich-text-content",
        spellcheck: "true",
        lang: "vi",
      }),
      handlePaste: (view: { pasteHTML(html: string, event?: ClipboardEvent): boolean }, event: ClipboardEvent) => {
        // Word, web pages and plain text all arrive as clean paragraphs and lists; the editor's own paste then
        // fits them where the cursor is (inside a paragraph, text joins it).
        if (pasting.current || !event.clipboardData) return false;
        const blocks = clipboardToBlocks(
          event.clipboardData.getData("text/html"),
          event.clipboardData.getData("text/plain"),
        );
        if (blocks.length === 0) return false;
        pasting.current = true;
        try {
          view.pasteHTML(blocksToHtml(blocks), event);
        } finally {
          pasting.current = false;
        }
        return true;
      },
    }),
    [],
  );

  const content = useMemo(() => textToDoc(initial) as JSONContent, [initial]);
  const editor = useEditor({
    extensions: EXTENSIONS,
    content,
    editorProps,
    onUpdate: ({ editor: e }) => changed(docToText(e.getJSON())),
    onBlur: () => void saveRef.current(),
  });

  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      list: e?.isActive("bulletList") ?? false,
      canUndo: e?.can().undo() ?? false,
      canRedo: e?.can().redo() ?? false,
    }),
  });

  // Leaving the page saves what waits for the pause; closing the tab with unsaved text asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (latest.current !== saved.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      if (timer.current) void saveRef.current();
    };
  }, []);

  /** Replaces the text as one step of its own in the history, so Undo brings back exactly what was there. */
  const setText = (text: string) => {
    if (editor) {
      editor
        .chain()
        .command(({ tr }) => {
          closeHistory(tr);
          return true;
        })
        .setContent(textToDoc(text) as JSONContent, { emitUpdate: false })
        .run();
      editor.view.dispatch(closeHistory(editor.state.tr));
    }
    latest.current = text;
  };

  const resolve = (next: "mine" | "merge" | "theirs") => {
    if (state.kind !== "conflict") return;
    const mine = latest.current;
    const startedFrom = saved.current;
    base.current = state.version;
    saved.current = state.theirs;
    conflict.current = false;
    if (next === "theirs") {
      setText(state.theirs);
      setDirty(false);
      setState({ kind: "saved", at: new Date(), note: "tookTheirs" });
      return;
    }
    if (next === "merge") setText(mergeAdditions(startedFrom, mine, state.theirs));
    setState({ kind: "idle" });
    void save().then(() => {
      if (next === "merge") setState((s) => (s.kind === "saved" ? { ...s, note: "merged" } : s));
    });
  };

  const shortcut = (keys: string) => t.editor.shortcut(keys);
  const inConflict = state.kind === "conflict";
  return (
    <div className="section-editor" data-testid={`section-editor-${section.id}`}>
      <div className={inConflict ? "editor-conflict" : undefined}>
        <div className="editor-pane">
          {inConflict ? <span className="meta-label">{t.editor.mine}</span> : null}
          <div className="rich-text">
            <div
              className="rich-text-toolbar"
              role="toolbar"
              aria-label={t.editor.toolbar(section.title)}
              onKeyDown={moveInToolbar}
            >
              <ToolButton
                first
                label={t.editor.paragraph}
                hint={shortcut("Ctrl+Alt+0")}
                keys="Control+Alt+0"
                pressed={!active?.list}
                onClick={() => editor?.chain().focus().clearNodes().run()}
              />
              <ToolButton
                label={t.editor.list}
                hint={`${shortcut("Ctrl+Shift+8")} · ${t.editor.listIndent}`}
                keys="Control+Shift+8"
                pressed={active?.list ?? false}
                onClick={() => editor?.chain().focus().toggleBulletList().run()}
              />
              <span className="rich-text-toolbar-gap" />
              <ToolButton
                label={t.editor.undo}
                hint={shortcut("Ctrl+Z")}
                keys="Control+Z"
                disabled={!active?.canUndo}
                onClick={() => editor?.chain().focus().undo().run()}
              />
              <ToolButton
                label={t.editor.redo}
                hint={shortcut("Ctrl+Shift+Z")}
                keys="Control+Shift+Z"
                disabled={!active?.canRedo}
                onClick={() => editor?.chain().focus().redo().run()}
              />
            </div>
            <EditorContent editor={editor} className="rich-text-body" />
          </div>
        </div>
        {state.kind === "conflict" ? (
          <div className="editor-pane">
            <span className="meta-label">{t.editor.theirs}</span>
            <section className="rich-text-theirs" aria-label={t.editor.theirsLabel}>
              <SectionBody body={state.theirs} emptyText={t.report.emptySection} />
            </section>
          </div>
        ) : null}
      </div>
      <div className="editor-status muted small" aria-live="polite">
        {state.kind === "saving" ? t.editor.saving : null}
        {state.kind === "saved" ? t.editor.saved(clock(state.at)) : null}
        {state.kind === "saved" && state.note ? ` — ${t.editor[state.note]}` : null}
        {state.kind === "idle" && dirty ? t.editor.unsaved : null}
        {state.kind === "error" ? <span className="error-text">{state.message}</span> : null}
      </div>
      {state.kind === "conflict" ? (
        <div className="alert alert-warn" role="alert">
          <span>{state.message}</span>
          <button type="button" className="button" onClick={() => resolve("mine")}>
            {t.editor.keepMine}
          </button>
          <button type="button" className="button" title={t.editor.mergeHint} onClick={() => resolve("merge")}>
            {t.editor.merge}
          </button>
          <button type="button" className="button button-quiet" onClick={() => resolve("theirs")}>
            {t.editor.takeTheirs}
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** Arrow keys, Home and End move between a toolbar's enabled buttons (the ARIA toolbar pattern). */
function moveInToolbar(event: KeyboardEvent<HTMLDivElement>) {
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>("button:not(:disabled)")];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next =
    event.key === "ArrowRight"
      ? (at + 1) % buttons.length
      : event.key === "ArrowLeft"
        ? (at - 1 + buttons.length) % buttons.length
        : event.key === "Home"
          ? 0
          : event.key === "End"
            ? buttons.length - 1
            : null;
  if (next === null || at < 0) return;
  event.preventDefault();
  buttons[next]?.focus();
}

/** A toolbar button that keeps the editor's selection (it acts on mouse down, before the editor loses focus). */
function ToolButton(props: {
  /** The toolbar's one Tab stop; the arrow keys reach the others. */
  first?: boolean;
  label: string;
  hint: string;
  keys: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className="rich-text-button"
      tabIndex={props.first ? 0 : -1}
      title={props.hint}
      aria-keyshortcuts={props.keys}
      aria-pressed={props.pressed}
      disabled={props.disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={props.onClick}
    >
      {props.label}
    </button>
  );
}
