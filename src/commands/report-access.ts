import type { Kysely } from "kysely";
import type { Actor } from "../policies/actor.js";
import { authorizeSeeReport, type ReportFacts } from "../policies/report.js";
import { getReportAccessFacts, type ReportAccessFacts } from "../storage/report-workflow.js";
import type { DB } from "../storage/schema.js";

/** What the policies decide on, from the stored facts. */
export function toPolicyFacts(facts: ReportAccessFacts): ReportFacts {
  return {
    id: facts.id,
    unitId: facts.unitId,
    provinceCode: facts.provinceCode,
    state: facts.state,
    origin: facts.origin,
    isCurrent: facts.isCurrent,
    receiverUnitIds: facts.receiverUnitIds,
    sections: facts.sections,
  };
}

/** A report's facts when the actor may see it; NOT_FOUND otherwise (as if it did not exist). */
export async function getVisibleReport(
  db: Kysely<DB>,
  actor: Actor,
  id: number,
): Promise<{ stored: ReportAccessFacts; facts: ReportFacts }> {
  const stored = await getReportAccessFacts(db, id);
  const facts = toPolicyFacts(stored);
  authorizeSeeReport(actor, facts);
  return { stored, facts };
}
