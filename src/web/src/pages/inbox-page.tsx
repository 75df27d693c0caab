import { api } from "../api.js";
import { ReportTable } from "../components/report-table.js";
import { Empty, ErrorBox, Loading } from "../components/status.js";
import { useApi } from "../use-api.js";

/** The receiving level's inbox: reports sent to it, newest first. */
export function InboxPage() {
  const inbox = useApi((signal) => api.inbox(signal), []);
  return (
    <div className="page">
      <h1 className="page-title">Hộp thư đến</h1>
      {inbox.status === "error" ? <ErrorBox error={inbox.error} /> : null}
      {inbox.status === "loading" ? <Loading /> : null}
      {inbox.status === "ready" ? (
        inbox.data.items.length === 0 ? (
          <Empty>Chưa có báo cáo nào được gửi đến.</Empty>
        ) : (
          <ReportTable items={inbox.data.items} />
        )
      ) : null}
    </div>
  );
}
