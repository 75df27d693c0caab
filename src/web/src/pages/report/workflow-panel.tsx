import { useState } from "react";
import type { ReportDetail } from "../../../../contract/reports.js";
import type { ReportAction } from "../../../../contract/workflow.js";
import { api } from "../../api.js";
import { Empty, ErrorBox, Loading } from "../../components/status.js";
import { formatDate } from "../../format.js";
import { useI18n } from "../../i18n/index.js";
import { Link } from "../../router.js";
import { useApi } from "../../use-api.js";

/** "dd/mm/yyyy hh:mm" in local time. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** Whole days from an ISO date to the local day of a timestamp (positive: the timestamp is later). */
function daysAfter(isoDate: string, at: string): number {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const when = new Date(at);
  const day = Date.UTC(when.getFullYear(), when.getMonth(), when.getDate());
  return Math.round((day - Date.UTC(y, m - 1, d)) / 86_400_000);
}

/**
 * The data cut-off window and each level's deadline, for the report's header: the days left while it is being
 * written, whether it was sent on time once sent.
 */
export function WorkflowDates({ report: r }: { report: ReportDetail }) {
  const { t } = useI18n();
  const w = r.workflow;
  if (!w.window && w.deadlines.length === 0) return null;
  return (
    <div className="workflow-dates" data-testid="workflow-dates">
      {w.window ? (
        <span>
          {t.workflow.window}: {formatDate(w.window.from)} – {formatDate(w.window.to)}
        </span>
      ) : null}
      {w.deadlines.map((d) => {
        const late = r.sentAt ? daysAfter(d.date, r.sentAt) : -d.daysLeft;
        const status = r.sentAt
          ? late > 0
            ? t.workflow.sentLate(late)
            : t.workflow.sentOnTime
          : d.daysLeft < 0
            ? t.workflow.overdue(-d.daysLeft)
            : d.daysLeft === 0
              ? t.workflow.today
              : t.workflow.daysLeft(d.daysLeft);
        return (
          <span key={d.level} className={late > 0 ? "badge badge-warn" : "badge badge-quiet"}>
            {t.workflow.deadline(d.levelName, formatDate(d.date))} · {status}
          </span>
        );
      })}
    </div>
  );
}

/** Links between the versions of a corrected report: to the version it corrects, to the correction made of it. */
export function VersionLinks({ report: r }: { report: ReportDetail }) {
  const { t } = useI18n();
  const { previousVersionId, nextVersionId } = r.workflow;
  if (previousVersionId === null && nextVersionId === null) return null;
  return (
    <div className="version-links" data-testid="version-links">
      {nextVersionId !== null ? (
        <div className="alert alert-warn">
          {t.workflow.correctedBy} <Link href={`/reports/${nextVersionId}`}>{t.workflow.openNext}</Link>
        </div>
      ) : null}
      {previousVersionId !== null ? (
        <div className="alert alert-info">
          {t.workflow.correctionOf(r.versionNo)}{" "}
          <Link href={`/reports/${previousVersionId}`}>{t.workflow.openPrevious}</Link>
        </div>
      ) : null}
    </div>
  );
}

/**
 * Why the report came back, at the top of a returned report (or a draft the office returned to the divisions):
 * the last return's comment, who gave it and when.
 */
export function ReturnReason({ report: r, reload }: { report: ReportDetail; reload: number }) {
  const { t } = useI18n();
  const waiting = r.state === "returned" || r.state === "draft";
  const audit = useApi(
    (signal) => (waiting ? api.getAudit(r.id, signal) : Promise.resolve({ items: [] })),
    [r.id, waiting, reload],
  );
  if (!waiting || audit.status !== "ready") return null;
  const moves = audit.data.items.filter((e) => e.fromState !== e.toState && e.toState !== null);
  const last = moves.at(-1);
  if (last?.action !== "return" || last.toState !== r.state || !last.comment) return null;
  return (
    <div className="alert alert-warn return-reason" data-testid="return-reason">
      <strong>{t.workflow.returnedBy(last.actor ?? t.workflow.system, formatDateTime(last.at))}</strong>
      <blockquote className="quote">{last.comment}</blockquote>
    </div>
  );
}

/**
 * The buttons of the actions the user may take now; "return" needs a comment and "correct" a confirmation.
 * Calls `onDone` with the report's id after the action (the new version's id for a correction).
 */
export function WorkflowActions({ report: r, onDone }: { report: ReportDetail; onDone: (id: number) => void }) {
  const { t } = useI18n();
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState<ReportAction | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; missing: string[] } | null>(null);
  const actions = r.workflow.allowedActions;
  if (actions.length === 0 && !notice) return null;
  const label = (action: ReportAction) => t.workflow.actions[action];
  const run = async (action: ReportAction) => {
    if (action === "return" && !comment.trim()) {
      setError(t.workflow.returnNeedsComment);
      return;
    }
    if (action === "correct" && !confirming) {
      setConfirming(true);
      setError(null);
      return;
    }
    setConfirming(false);
    setBusy(action);
    setError(null);
    setNotice(null);
    try {
      const result = await api.transition(r.id, action, comment.trim() || undefined);
      setComment("");
      const parts = [t.workflow.done(label(action))];
      if (result.numberText) parts.push(t.workflow.numbered(result.numberText));
      if (result.findings > 0) parts.push(t.workflow.findings(result.findings));
      if (result.missingParts.length > 0) parts.push(t.workflow.missingParts(result.missingParts.length));
      setNotice({ text: parts.join(" "), missing: result.missingParts });
      onDone(result.id);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="panel workflow-actions" aria-label={t.workflow.panel}>
      {actions.length > 0 ? (
        <>
          <label className="field">
            <span>{actions.includes("return") ? t.workflow.commentRequired : t.workflow.commentOptional}</span>
            <textarea value={comment} rows={2} onChange={(event) => setComment(event.target.value)} />
          </label>
          <div className="button-row">
            {actions.map((action) => (
              <button
                key={action}
                type="button"
                className={action === "return" || action === "correct" ? "button button-quiet" : "button"}
                disabled={busy !== null || confirming}
                onClick={() => void run(action)}
              >
                {busy === action ? t.workflow.busy : label(action)}
              </button>
            ))}
          </div>
        </>
      ) : null}
      {confirming ? (
        <div className="alert alert-warn confirm-box" role="alertdialog" aria-labelledby="confirm-correct-title">
          <strong id="confirm-correct-title">{t.workflow.correctTitle}</strong>
          <p>{t.workflow.correctExplain(r.numberText && !r.numberText.startsWith("/") ? r.numberText : null)}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void run("correct")}>
              {t.workflow.correctConfirm}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setConfirming(false)}>
              {t.workflow.cancel}
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      ) : null}
      {notice ? (
        <output className="alert alert-info" data-testid="workflow-notice">
          {notice.text}
          {notice.missing.length > 0 ? (
            <ul className="missing-parts">
              {notice.missing.map((part) => (
                <li key={part}>{part}</li>
              ))}
            </ul>
          ) : null}
        </output>
      ) : null}
    </section>
  );
}

/** Who did what and when on the report, oldest first, with the comments given. */
export function Timeline({ reportId, reload }: { reportId: number; reload: number }) {
  const { t } = useI18n();
  const audit = useApi((signal) => api.getAudit(reportId, signal), [reportId, reload]);
  if (audit.status === "error") return <ErrorBox error={audit.error} />;
  if (audit.status === "loading" && !audit.data) return <Loading />;
  const items = audit.data?.items ?? [];
  const actionLabel = (action: string) =>
    t.workflow.auditActions[action] ?? t.workflow.actions[action as ReportAction] ?? action;
  const stateLabel = (state: string | null) =>
    state ? (t.states[state as keyof typeof t.states] ?? state) : t.common.none;
  return (
    <section className="panel timeline" aria-labelledby="timeline-title" data-testid="timeline">
      <h2 id="timeline-title">{t.workflow.timeline}</h2>
      {items.length === 0 ? <Empty>{t.workflow.noEvents}</Empty> : null}
      <ol className="item-list">
        {items.map((e) => (
          <li key={e.id} className={e.comment ? "has-comment" : undefined}>
            <div>
              <strong>{actionLabel(e.action)}</strong>
              {e.fromState !== e.toState && (e.fromState || e.toState) ? (
                <span className="muted">
                  {" "}
                  · {stateLabel(e.fromState)} → {stateLabel(e.toState)}
                </span>
              ) : null}
            </div>
            <div className="muted small">
              {e.actor ?? t.workflow.system} · {formatDateTime(e.at)}
            </div>
            {e.comment ? <blockquote className="quote">{e.comment}</blockquote> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
