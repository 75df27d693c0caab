import { UserError } from "../domain/errors.js";
import type { PeriodKind } from "../domain/report.js";

export interface PeriodColumns {
  kind: PeriodKind;
  year: number;
  index: number | null;
}

const PATTERNS: [RegExp, PeriodKind][] = [
  [/^(\d{4})$/, "year"],
  [/^(\d{4})-(0[1-9]|1[0-2])$/, "month"],
  [/^(\d{4})-Q([1-4])$/, "quarter"],
  [/^(\d{4})-H([12])$/, "half"],
  [/^(\d{4})-9M$/, "nine_months"],
  [/^(\d{4})-YTD(0[1-9]|1[0-2])?$/, "ytd"],
  // Anything else starting with a letter, but never a malformed month, quarter or half ("2020-13", "2020-Q5").
  [/^(\d{4})-(?![QH]\d$)[A-Za-z][A-Za-z0-9-]*$/, "other"],
];

/**
 * The columns a report's period is indexed by, from its code ("2020-10", "2020-Q3", "2022-H1", "2022-9M",
 * "2021", "2022-YTD10"; "YYYY-" and a word, e.g. "2025-CD-chuyen-doi-so", is an "other" period of that year).
 */
export function periodColumns(code: string, field = "periodCode"): PeriodColumns {
  for (const [pattern, kind] of PATTERNS) {
    const m = pattern.exec(code);
    if (!m) continue;
    const index = kind === "year" || kind === "nine_months" || kind === "other" || !m[2] ? null : Number(m[2]);
    return { kind, year: Number(m[1]), index };
  }
  throw new UserError(
    "INVALID_PERIOD",
    `Mã kỳ báo cáo "${code}" không hợp lệ (ví dụ hợp lệ: 2025-10, 2025-Q3, 2025-H1, 2025-9M, 2025).`,
    { field },
  );
}
