import type { Kysely } from "kysely";
import type { ReportDetail } from "../domain/records.js";
import type { Actor } from "../policies/actor.js";
import {
  allowedReportActions,
  canEditReportContent,
  canEditValueIn,
  canSeeReport,
  editableSectionIds,
  type TransitionAction,
} from "../policies/report.js";
import { findIndicators } from "../storage/indicators.js";
import { findRegimes, getRegimeById } from "../storage/regimes.js";
import { getReportDetail } from "../storage/report-queries.js";
import { findNextVersionId, getReportAccessFacts } from "../storage/report-workflow.js";
import type { DB } from "../storage/schema.js";
import { getUnitById } from "../storage/units.js";
import type { AppContext } from "./context.js";
import { getVisibleReport, toPolicyFacts } from "./report-access.js";
import { type ReportSchedule, reportSchedule } from "./report-schedule.js";

/** Which report, for whom (NOT_FOUND for a report they may not see). */
export interface GetReportOptions {
  id: number;
  actor: Actor;
}

/** Where the report stands for the acting user. */
export interface ReportWorkflowView extends Omit<ReportSchedule, "ownDeadline"> {
  allowedActions: TransitionAction[];
  editableSectionIds: number[];
  /** Indicators of the regime's form the actor may enter now (the policy of PUT /reports/:id/values). */
  editableIndicatorCodes: string[];
  canEditContent: boolean;
  previousVersionId: number | null;
  /** The correction that replaced this version, when the user may see it. */
  nextVersionId: number | null;
}

/** A report with the names its codes stand for. */
export interface ReportView {
  report: ReportDetail;
  /** Regime names by code. */
  regimeNames: Map<string, string>;
  /** Disaggregation category names keyed "INDICATOR_CODE/category". */
  categoryNames: Map<string, string>;
  workflow: ReportWorkflowView;
}

/** The correction of a report when the actor may see it (a receiver does not see the new draft). */
async function visibleNextVersion(db: Kysely<DB>, actor: Actor, reportId: number): Promise<number | null> {
  const next = await findNextVersionId(db, reportId);
  if (next === null) return null;
  return canSeeReport(actor, toPolicyFacts(await getReportAccessFacts(db, next))) ? next : null;
}

/** One report with sections, values, tasks, citations and findings; NOT_FOUND when there is none. */
export async function getReport(ctx: AppContext, options: GetReportOptions): Promise<ReportView> {
  const db = ctx.database.db;
  const { stored, facts } = await getVisibleReport(db, options.actor, options.id);
  const report = await getReportDetail(db, options.id);
  const codes = [...new Set(report.values.filter((v) => v.disaggregation).map((v) => v.indicatorCode))];
  const [regimes, indicators] = await Promise.all([
    report.regimeCode ? findRegimes(db) : Promise.resolve([]),
    codes.length ? findIndicators(db, { codes }) : Promise.resolve([]),
  ]);
  const categoryNames = new Map<string, string>();
  for (const indicator of indicators) {
    for (const d of indicator.disaggregations) categoryNames.set(`${indicator.code}/${d.code}`, d.name);
  }
  let schedule: Omit<ReportSchedule, "ownDeadline"> = { window: null, deadlines: [] };
  const editableIndicatorCodes: string[] = [];
  if (report.regimeId !== null) {
    const [regime, unit] = await Promise.all([getRegimeById(db, report.regimeId), getUnitById(db, report.unitId)]);
    schedule = await reportSchedule(db, regime, report.periodCode, unit.kind);
    for (const ref of regime.indicators) {
      const section = (ref.sectionKey && stored.sections.find((s) => s.templateKey === ref.sectionKey)) || null;
      if (canEditValueIn(options.actor, facts, section)) editableIndicatorCodes.push(ref.indicatorCode);
    }
  }
  const workflow: ReportWorkflowView = {
    window: schedule.window,
    deadlines: schedule.deadlines,
    allowedActions: allowedReportActions(options.actor, facts),
    editableSectionIds: editableSectionIds(options.actor, facts),
    editableIndicatorCodes,
    canEditContent: canEditReportContent(options.actor, facts),
    previousVersionId: report.previousVersionId,
    nextVersionId: await visibleNextVersion(db, options.actor, report.id),
  };
  return { report, regimeNames: new Map(regimes.map((r) => [r.code, r.name])), categoryNames, workflow };
}
