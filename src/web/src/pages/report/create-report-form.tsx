import { type FormEvent, useState } from "react";
import type { SessionUser } from "../../../../contract/session.js";
import { api } from "../../api.js";
import { navigate, useLocation } from "../../router.js";
import { useApi } from "../../use-api.js";

/** The units the user may create a report for: those where they are office compiler or leader. */
export function creatorUnits(user: SessionUser): { code: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const r of user.roles) if (r.role === "office" || r.role === "leader") seen.set(r.unitCode, r.unitName);
  return [...seen].map(([code, name]) => ({ code, name }));
}

/** "Tạo báo cáo": regime, the user's department and a period code; opens the new draft. */
export function CreateReportForm({ user }: { user: SessionUser }) {
  const units = creatorUnits(user);
  const regimes = useApi((signal) => api.listRegimes(signal), []);
  // A "Lập báo cáo" link of the due lists opens the reports page with the regime, unit and period filled in.
  const { query } = useLocation();
  const asked = query.get("unit") ?? "";
  const [regime, setRegime] = useState(query.get("regime") ?? "");
  const [unit, setUnit] = useState(units.some((u) => u.code === asked) ? asked : (units[0]?.code ?? ""));
  const [period, setPeriod] = useState(query.get("period") ?? "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (units.length === 0) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const report = await api.createReport({ regime, unit, period: period.trim() });
      navigate(`/reports/${report.id}`);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setBusy(false);
    }
  };
  return (
    <form className="panel filters" aria-label="Tạo báo cáo" onSubmit={(event) => void submit(event)}>
      <label className="field">
        <span>Chế độ báo cáo</span>
        <select className="input" name="regime" value={regime} onChange={(e) => setRegime(e.target.value)} required>
          <option value="">— Chọn —</option>
          {regimes.status === "ready"
            ? regimes.data.items.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.code} — {r.name}
                </option>
              ))
            : null}
        </select>
      </label>
      <label className="field">
        <span>Đơn vị</span>
        <select className="input" name="unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
          {units.map((u) => (
            <option key={u.code} value={u.code}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field narrow">
        <span>Kỳ báo cáo</span>
        <input
          className="input"
          name="period"
          value={period}
          placeholder="2026-11"
          onChange={(e) => setPeriod(e.target.value)}
          required
        />
      </label>
      <div className="field actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Đang tạo…" : "Tạo báo cáo"}
        </button>
      </div>
      {error ? (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      ) : null}
    </form>
  );
}
