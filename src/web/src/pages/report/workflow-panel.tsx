import { useState } from "react";
import type { ReportDetail } from "../../../../contract/reports.js";
import type { ReportAction } from "../../../../contract/workflow.js";
import { api } from "../../api.js";
import { Empty, ErrorBox, Loading } from "../../components/status.js";
import { formatDate } from "../../format.js";
import { useApi } from "../../use-api.js";

/** The Vietnamese label of each workflow action's button. */
export const ACTION_LABELS: Record<ReportAction, string> = {
  submit: "Nộp phần của phòng",
  compile: "Tổng hợp",
  return: "Trả lại",
  approve: "Phê duyệt",
  issue: "Ban hành",
  send: "Gửi",
  correct: "Tạo bản sửa đổi",
};

const AUDIT_LABELS: Record<string, string> = {
  ...ACTION_LABELS,
  create: "Tạo báo cáo",
  correct: "Đính chính",
  "edit-section": "Sửa nội dung mục",
  "edit-values": "Sửa số liệu",
  "edit-tasks": "Sửa nhiệm vụ",
};

const STATE_LABELS: Record<string, string> = {
  draft: "Dự thảo",
  compiled: "Đã tổng hợp",
  returned: "Bị trả lại",
  approved: "Đã phê duyệt",
  issued: "Đã ban hành",
  sent: "Đã gửi",
};

/** "dd/mm/yyyy hh:mm" in local time. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The data cut-off window and each level's deadline with the days left, for the report's header. */
export function WorkflowDates({ report: r }: { report: ReportDetail }) {
  const w = r.workflow;
  if (!w.window && w.deadlines.length === 0) return null;
  return (
    <div className="workflow-dates" data-testid="workflow-dates">
      {w.window ? (
        <span>
          Thời gian chốt số liệu: {formatDate(w.window.from)} – {formatDate(w.window.to)}
        </span>
      ) : null}
      {w.deadlines.map((d) => (
        <span key={d.level} className={d.daysLeft < 0 ? "badge badge-warn" : "badge badge-quiet"}>
          Hạn gửi {d.levelName}: {formatDate(d.date)} ·{" "}
          {d.daysLeft < 0 ? `quá hạn ${-d.daysLeft} ngày` : d.daysLeft === 0 ? "hôm nay" : `còn ${d.daysLeft} ngày`}
        </span>
      ))}
    </div>
  );
}

/** The buttons of the actions the user may take now; "return" needs a comment. Calls `onDone` with the new id. */
export function WorkflowActions({ report: r, onDone }: { report: ReportDetail; onDone: (id: number) => void }) {
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState<ReportAction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const actions = r.workflow.allowedActions;
  if (actions.length === 0) return null;
  const run = async (action: ReportAction) => {
    if (action === "return" && !comment.trim()) {
      setError("Trả lại cần ghi ý kiến: nhập lý do vào ô ý kiến rồi bấm lại.");
      return;
    }
    setBusy(action);
    setError(null);
    setNotice(null);
    try {
      const result = await api.transition(r.id, action, comment.trim() || undefined);
      setComment("");
      const parts = [`Đã ${ACTION_LABELS[action].toLowerCase()}.`];
      if (result.numberText) parts.push(`Số: ${result.numberText}.`);
      if (result.missingParts.length > 0) parts.push(`Chưa nộp: ${result.missingParts.join(", ")}.`);
      if (result.findings > 0) parts.push(`${result.findings} phát hiện khi kiểm tra.`);
      setNotice(parts.join(" "));
      onDone(result.id);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="panel workflow-actions" aria-label="Thao tác quy trình">
      <label className="field">
        <span>Ý kiến (bắt buộc khi trả lại)</span>
        <textarea value={comment} rows={2} onChange={(event) => setComment(event.target.value)} />
      </label>
      <div className="button-row">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={action === "return" ? "button button-quiet" : "button"}
            disabled={busy !== null}
            onClick={() => void run(action)}
          >
            {busy === action ? "Đang xử lý…" : ACTION_LABELS[action]}
          </button>
        ))}
      </div>
      {error ? (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      ) : null}
      {notice ? (
        <output className="alert alert-info" data-testid="workflow-notice">
          {notice}
        </output>
      ) : null}
    </section>
  );
}

/** Who did what and when on the report, oldest first. */
export function Timeline({ reportId, reload }: { reportId: number; reload: number }) {
  const audit = useApi((signal) => api.getAudit(reportId, signal), [reportId, reload]);
  if (audit.status === "error") return <ErrorBox error={audit.error} />;
  if (audit.status === "loading" && !audit.data) return <Loading />;
  const items = audit.data?.items ?? [];
  return (
    <section className="panel timeline" aria-labelledby="timeline-title" data-testid="timeline">
      <h2 id="timeline-title">Diễn biến</h2>
      {items.length === 0 ? <Empty>Chưa có thao tác nào.</Empty> : null}
      <ol className="item-list">
        {items.map((e) => (
          <li key={e.id}>
            <div>
              <strong>{AUDIT_LABELS[e.action] ?? e.action}</strong>
              {e.fromState || e.toState ? (
                <span className="muted">
                  {" "}
                  · {e.fromState ? (STATE_LABELS[e.fromState] ?? e.fromState) : "—"} →{" "}
                  {e.toState ? (STATE_LABELS[e.toState] ?? e.toState) : "—"}
                </span>
              ) : null}
            </div>
            <div className="muted small">
              {e.actor ?? "hệ thống"} · {formatDateTime(e.at)}
            </div>
            {e.comment ? <blockquote className="quote">{e.comment}</blockquote> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
