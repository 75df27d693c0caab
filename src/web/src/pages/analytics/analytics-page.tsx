import { useState } from "react";
import type { CompletenessGridResponse } from "../../../../contract/analytics.js";
import { formatVnNumber } from "../../../../domain/vn-number.js";
import { ErrorBox, Loading } from "../../components/status.js";
import { useApi } from "../../use-api.js";
import { analyticsApi } from "./analytics-api.js";
import { RankingChart } from "./ranking-chart.js";

const STATE_TEXT = {
  not_started: "Chưa lập",
  draft: "Đang soạn",
  submitted: "Đã trình",
  issued: "Đã ban hành",
  sent: "Đã gửi",
};

function Cell({ cell }: { cell: CompletenessGridResponse["rows"][number]["cells"][number] }) {
  if (!cell) return <td className="muted">—</td>;
  const late = cell.daysLate > 0 ? ` (${cell.daysLate})` : "";
  return (
    <td
      className={`grid-cell grid-${cell.timeliness}`}
      title={`Hạn ${cell.deadline}${cell.sentOn ? `, gửi ${cell.sentOn}` : ""}`}
    >
      {STATE_TEXT[cell.state]}
      {late}
    </td>
  );
}

const rate = (value: number | null) => (value === null ? "—" : `${formatVnNumber(value, { maxDecimals: 1 })}%`);

/** What the receiving level opens each morning: who reported, how late, and where each province ranks. */
export function AnalyticsPage() {
  const [regime, setRegime] = useState("ICT-THANG");
  const [year, setYear] = useState(new Date().getFullYear());
  const [indicator, setIndicator] = useState("DOC_SIGNED_RATE");
  const [period, setPeriod] = useState(() => {
    const d = new Date();
    d.setMonth(d.getMonth() - 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
  });
  const grid = useApi((signal) => analyticsApi.grid(regime, year, signal), [regime, year]);
  const ranking = useApi(
    (signal) => analyticsApi.ranking(regime, indicator, period, signal),
    [regime, indicator, period],
  );
  const rankingData = ranking.status === "ready" ? ranking.data : undefined;
  const entries = rankingData?.rankings[0]?.entries ?? [];
  const unit = rankingData?.indicators[0]?.unitOfMeasure ?? "";
  return (
    <div className="page">
      <h1 className="page-title">Tổng hợp, phân tích</h1>
      <form className="panel filters" onSubmit={(e) => e.preventDefault()} aria-label="Bộ lọc">
        <label>
          Chế độ báo cáo <input value={regime} onChange={(e) => setRegime(e.target.value)} />
        </label>
        <label>
          Năm <input type="number" value={year} onChange={(e) => setYear(Number(e.target.value))} />
        </label>
        <label>
          Chỉ tiêu <input value={indicator} onChange={(e) => setIndicator(e.target.value)} />
        </label>
        <label>
          Kỳ <input value={period} onChange={(e) => setPeriod(e.target.value)} />
        </label>
      </form>

      <section className="panel" aria-label="Tình hình gửi báo cáo">
        <div className="panel-head">
          <h2>Tình hình gửi báo cáo năm {year}</h2>
          <a href={analyticsApi.exportUrl("grid", { regime, year: String(year) })}>Tải Excel</a>
        </div>
        {grid.status === "error" ? <ErrorBox error={grid.error} /> : null}
        {grid.status === "loading" ? <Loading /> : null}
        {grid.status === "ready" ? (
          <div className="table-wrap">
            <table className="table completeness-grid">
              <thead>
                <tr>
                  <th>Đơn vị</th>
                  {grid.data.periods.map((p) => (
                    <th key={p.code}>{p.code.slice(5)}</th>
                  ))}
                  <th>Đã gửi</th>
                  <th>Đúng hạn</th>
                </tr>
              </thead>
              <tbody>
                {grid.data.rows.map((row) => (
                  <tr key={row.unitCode}>
                    <th scope="row">{row.unitName}</th>
                    {row.cells.map((cell, i) => (
                      <Cell key={grid.data.periods[i]!.code} cell={cell} />
                    ))}
                    <td className="num">{rate(row.counts.sentRate)}</td>
                    <td className="num">{rate(row.counts.onTimeRate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      <section className="panel" aria-label="Xếp hạng">
        <div className="panel-head">
          <h2>
            Xếp hạng {rankingData?.indicators[0]?.name ?? indicator} — {period}
          </h2>
          <a
            href={analyticsApi.exportUrl("ranking", {
              regime,
              indicators: indicator,
              periods: period,
              level: "provinces",
            })}
          >
            Tải Excel
          </a>
        </div>
        {ranking.status === "error" ? <ErrorBox error={ranking.error} /> : null}
        {ranking.status === "loading" ? <Loading /> : null}
        {entries.length > 0 ? <RankingChart entries={entries} unit={unit} /> : null}
        {entries.length > 0 ? (
          <table className="table ranking-table">
            <thead>
              <tr>
                <th>Hạng</th>
                <th>Đơn vị</th>
                <th>Giá trị</th>
                <th>So với kỳ trước</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.key}>
                  <td className="num">{e.rank ?? "—"}</td>
                  <td>{e.unitName}</td>
                  <td className="num">{e.value === null ? "—" : formatVnNumber(e.value)}</td>
                  <td className="num">
                    {e.change === null ? "—" : e.change > 0 ? `▲ ${e.change}` : e.change < 0 ? `▼ ${-e.change}` : "="}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </div>
  );
}
