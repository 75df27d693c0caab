import type { ExtractedReport } from "../domain/report.js";
import type { Actor } from "../policies/actor.js";
import { authorizeImport, importScope } from "../policies/imports.js";
import { findUnits, getUnitById } from "../storage/units.js";
import { analyzeReportFile } from "./analyze-report-file.js";
import type { AppContext } from "./context.js";
import { type ImportTarget, proposeImportTarget } from "./import-report.js";

export interface PreviewImportInput {
  actor: Actor;
  fileName: string;
  bytes: Uint8Array;
  spelling?: boolean;
}

/** A unit the user may import for, for the confirmation form. */
export interface ImportableUnit {
  code: string;
  name: string;
}

export interface ImportPreview {
  fileName: string;
  /** The report's text lines; every item's `line` is a 1-based index into them. */
  lines: string[];
  report: Omit<ExtractedReport, "sections">;
  proposed: ImportTarget;
  /** Where the user may store it: the units they act for (every department for an administrator). */
  units: ImportableUnit[];
}

/** Analyzes an uploaded report file for the user to check before importing it; stores nothing. */
export async function previewImport(ctx: AppContext, input: PreviewImportInput): Promise<ImportPreview> {
  authorizeImport(input.actor, null);
  const analyzed = await analyzeReportFile(input.fileName, input.bytes, { spelling: input.spelling ?? true });
  const proposed = await proposeImportTarget(ctx, analyzed);
  const { sections: _sections, ...report } = analyzed.report;
  return {
    fileName: input.fileName,
    lines: analyzed.lines,
    report,
    proposed,
    units: await importableUnits(ctx, input.actor),
  };
}

/** The units the actor may import for, by code. */
export async function importableUnits(ctx: AppContext, actor: Actor): Promise<ImportableUnit[]> {
  const db = ctx.database.db;
  const scope = importScope(actor);
  const units = scope.all
    ? await findUnits(db, { kind: "department", limit: 1000 })
    : await Promise.all(scope.unitIds.map((id) => getUnitById(db, id)));
  return units.map((u) => ({ code: u.code, name: u.name })).sort((a, b) => a.code.localeCompare(b.code));
}
