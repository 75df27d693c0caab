import { useEffect, useState } from "react";

/** The first page: what the server says about itself (replaced by the real app). */
export function App() {
  const [health, setHealth] = useState<string>("Đang tải…");
  useEffect(() => {
    fetch("/api/health")
      .then((r) => r.json())
      .then((h: { database: string; migrationVersion: number }) =>
        setHealth(`Cơ sở dữ liệu: ${h.database}, phiên bản ${h.migrationVersion}`),
      )
      .catch(() => setHealth("Không kết nối được máy chủ"));
  }, []);
  return (
    <main>
      <h1>baocao — Hệ thống thông tin báo cáo</h1>
      <p>{health}</p>
    </main>
  );
}
