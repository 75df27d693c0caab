import type { Kysely } from "kysely";
import type { AuditEvent } from "../domain/records.js";
import type { DB } from "./schema.js";

export interface NewAuditEvent {
  actorId: number | null;
  /** The use case ("create", "submit", "compile", "return", "approve", "issue", "send", "edit-section", ...). */
  action: string;
  /** What was acted on ("report", "section", "values", "user", ...). */
  entity: string;
  entityId?: number | null;
  reportId?: number | null;
  fromState?: string | null;
  toState?: string | null;
  comment?: string | null;
  details?: Record<string, unknown>;
}

/** Appends one row to the audit trail; call it with the command's transaction so it commits with the change. */
export async function appendAudit(trx: Kysely<DB>, event: NewAuditEvent): Promise<number> {
  const row = await trx
    .insertInto("audit_events")
    .values({
      actor_id: event.actorId,
      action: event.action,
      entity: event.entity,
      entity_id: event.entityId ?? null,
      report_id: event.reportId ?? null,
      from_state: event.fromState ?? null,
      to_state: event.toState ?? null,
      comment: event.comment?.normalize("NFC") ?? null,
      details: JSON.stringify(event.details ?? {}),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** A report's audit trail, oldest first, with each actor's display name. */
export async function findAudit(db: Kysely<DB>, reportId: number): Promise<AuditEvent[]> {
  const rows = await db
    .selectFrom("audit_events as a")
    .leftJoin("users as u", "u.id", "a.actor_id")
    .selectAll("a")
    .select("u.display_name")
    .where("a.report_id", "=", reportId)
    .orderBy("a.at")
    .orderBy("a.id")
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    at: new Date(r.at),
    actorId: r.actor_id,
    actorName: r.display_name,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    reportId: r.report_id,
    fromState: r.from_state,
    toState: r.to_state,
    comment: r.comment,
    details: (r.details ?? {}) as Record<string, unknown>,
  }));
}
