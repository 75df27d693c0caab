import type { Finding, FindingKind } from "../domain/report.js";

const KIND_LABELS: Record<FindingKind, string> = {
  arithmetic: "Số học",
  percent: "Tỷ lệ",
  code: "Ký hiệu văn bản",
  "type-mismatch": "Loại văn bản",
  "duplicate-text": "Lặp từ",
  numbering: "Đánh số",
  period: "Kỳ báo cáo",
  spelling: "Chính tả",
  other: "Khác",
};

/** The Vietnamese name of a kind of finding ("arithmetic" → "Số học"). */
export function findingKindLabel(kind: FindingKind): string {
  return KIND_LABELS[kind];
}

/** Findings as Vietnamese text, one block per finding with its line, for the terminal. */
export function formatFindings(findings: readonly Finding[], fileName: string): string {
  if (findings.length === 0) return `${fileName}: không phát hiện vấn đề nào.`;
  const blocks = findings.map(
    (f) => `${fileName}:${f.line}  [${findingKindLabel(f.kind)}] ${f.message}\n    « ${f.quote} »`,
  );
  return `${blocks.join("\n")}\n\n${fileName}: ${findings.length} vấn đề cần xem lại.`;
}
