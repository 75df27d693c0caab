import { UserError } from "../domain/errors.js";
import { formatPeriodCode, parsePeriodCode } from "../domain/period.js";
import type { PeriodKind } from "../domain/report.js";

export interface PeriodColumns {
  kind: PeriodKind;
  year: number;
  index: number | null;
  /** The canonical code stored ("2020-1" is stored as "2020-01"), so one period never has two codes. */
  code: string;
}

const YTD = /^(\d{4})-YTD(0[1-9]|1[0-2])?$/i;
// A named period of a thematic report; never a malformed month, quarter or half ("2020-13", "2020-Q5").
const OTHER = /^(\d{4})-(?![QH]\d+$)[A-Za-z][A-Za-z0-9-]*$/i;

/**
 * The columns a report's period is indexed by, from its code: the calendar periods of domain/period.ts
 * ("2020-10", "2020-Q3", "2022-H1", "2022-9M", "2021"), a year-to-date "2022-YTD10", or "YYYY-" and a word for
 * other periods ("2025-CD-chuyen-doi-so").
 */
export function periodColumns(code: string, field = "periodCode"): PeriodColumns {
  const trimmed = code.trim();
  const ytd = YTD.exec(trimmed);
  if (ytd) {
    const index = ytd[2] ? Number(ytd[2]) : null;
    return { kind: "ytd", year: Number(ytd[1]), index, code: `${ytd[1]}-YTD${ytd[2] ?? ""}` };
  }
  const other = OTHER.exec(trimmed);
  if (other) {
    return { kind: "other", year: Number(other[1]), index: null, code: trimmed };
  }
  try {
    const period = parsePeriodCode(trimmed, field);
    const index = period.kind === "year" || period.kind === "nine_months" ? null : (period.index ?? null);
    return { kind: period.kind, year: period.year, index, code: formatPeriodCode(period) };
  } catch (error) {
    throw new UserError(
      "INVALID_PERIOD",
      error instanceof Error ? error.message : `Mã kỳ báo cáo "${code}" không hợp lệ.`,
      { field },
    );
  }
}
