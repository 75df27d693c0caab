import { parsePeriodCode } from "../domain/period.js";
import type { Actor } from "../policies/actor.js";
import { authorizeImport } from "../policies/imports.js";
import { getUnitByCode } from "../storage/units.js";
import type { AppContext } from "./context.js";
import { type ImportReportResult, importReport } from "./import-report.js";

export interface UploadReportInput {
  actor: Actor;
  fileName: string;
  bytes: Uint8Array;
  unitCode: string;
  periodCode: string;
  /** A regime code; null or absent stores the report outside any regime. */
  regimeCode?: string | null | undefined;
  spelling?: boolean;
}

/**
 * Imports an uploaded report file for a unit the user acts for (FORBIDDEN otherwise), with the unit and period
 * the user confirmed; the same bytes uploaded again are skipped.
 */
export async function uploadReport(ctx: AppContext, input: UploadReportInput): Promise<ImportReportResult> {
  const unit = await getUnitByCode(ctx.database.db, input.unitCode);
  authorizeImport(input.actor, unit);
  parsePeriodCode(input.periodCode, "periodCode");
  return importReport(ctx, {
    fileName: input.fileName,
    bytes: input.bytes,
    unitCode: unit.code,
    periodCode: input.periodCode,
    regimeCode: input.regimeCode ?? null,
    actorId: input.actor.userId,
    ...(input.spelling === undefined ? {} : { spelling: input.spelling }),
  });
}
