import { UserError } from "../domain/errors.js";
import type { Section } from "../domain/records.js";
import type { Actor } from "../policies/actor.js";
import { authorizeSectionEdit } from "../policies/report.js";
import { appendAudit } from "../storage/audit.js";
import { updateSectionBody } from "../storage/report-edits.js";
import { inTransaction } from "../storage/transaction.js";
import type { AppContext } from "./context.js";
import { getVisibleReport } from "./report-access.js";

export interface SaveSectionInput {
  reportId: number;
  sectionId: number;
  text: string;
  baseVersion: number;
}

/** Plain structured text: NFC, Unix line ends, no trailing spaces, at most one blank line between paragraphs. */
export function cleanSectionText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Saves a section's text when nobody saved it since `baseVersion`; STALE_VERSION (409) with the current
 * section otherwise, so nothing is overwritten. Only the section's division (until it submits) and the office
 * edit it. One transaction with its audit row.
 */
export async function saveSection(ctx: AppContext, actor: Actor, input: SaveSectionInput): Promise<Section> {
  return inTransaction(ctx.database.db, async (trx) => {
    const { facts } = await getVisibleReport(trx, actor, input.reportId);
    const section = facts.sections.find((s) => s.id === input.sectionId);
    if (!section) {
      throw new UserError("NOT_FOUND", `Báo cáo số ${input.reportId} không có mục số ${input.sectionId}.`, {
        field: "sectionId",
      });
    }
    authorizeSectionEdit(actor, facts, section);
    const saved = await updateSectionBody(trx, {
      reportId: input.reportId,
      sectionId: input.sectionId,
      body: cleanSectionText(input.text),
      baseVersion: input.baseVersion,
      userId: actor.userId,
    });
    await appendAudit(trx, {
      actorId: actor.userId,
      action: "edit-section",
      entity: "section",
      entityId: saved.id,
      reportId: input.reportId,
      details: { version: saved.version, characters: saved.body.length },
    });
    return saved;
  });
}
