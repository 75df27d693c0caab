import { type Kysely, sql } from "kysely";
import type { ReportOrigin, ReportState } from "../domain/report.js";
import type { DB } from "./schema.js";

/** Where one unit's current report of a regime and period stands. */
export interface ReportProgressRow {
  reportId: number;
  unitId: number;
  periodCode: string;
  state: ReportState;
  origin: ReportOrigin;
  /** A division has submitted its part (only looked up for drafts). */
  hasSubmittedPart: boolean;
  sentAt: Date | null;
  issuedOn: string | null;
}

/**
 * The current reports of `regimeId` for the given periods and units, in one indexed query
 * (reports_current_uq: regime, unit, period); submitted parts are only looked for in drafts.
 */
export async function findReportProgress(
  db: Kysely<DB>,
  query: { regimeId: number; periodCodes: readonly string[]; unitIds: readonly number[] },
): Promise<ReportProgressRow[]> {
  if (query.periodCodes.length === 0 || query.unitIds.length === 0) return [];
  const rows = await sql<{
    id: number;
    unit_id: number;
    period_code: string;
    state: string;
    origin: string;
    has_submitted_part: boolean;
    sent_at: Date | null;
    issued_on: string | null;
  }>`select r.id, r.unit_id, r.period_code, r.state, r.origin, r.sent_at, r.issued_on,
      case when r.state = 'draft' then exists (
        select 1 from report_sections s where s.report_id = r.id and s.submitted_at is not null
      ) else false end as has_submitted_part
    from reports r
    where r.regime_id = ${query.regimeId} and r.is_current
      and r.unit_id = any(${[...query.unitIds]}::int[])
      and r.period_code = any(${[...query.periodCodes]}::text[])`.execute(db);
  return rows.rows.map((r) => ({
    reportId: r.id,
    unitId: r.unit_id,
    periodCode: r.period_code,
    state: r.state as ReportState,
    origin: r.origin as ReportOrigin,
    hasSubmittedPart: r.has_submitted_part,
    sentAt: r.sent_at === null ? null : new Date(r.sent_at),
    issuedOn: r.issued_on,
  }));
}
