import { appendAudit } from "../../storage/audit.js";
import { inTransaction } from "../../storage/transaction.js";
import { deleteSession } from "../../storage/users.js";
import type { AppContext } from "../context.js";

/** Ends a session (the cookie stops working at once). */
export async function signOut(ctx: AppContext, session: { sessionId: string; userId: number }): Promise<void> {
  await inTransaction(ctx.database.db, async (trx) => {
    await deleteSession(trx, session.sessionId);
    await appendAudit(trx, {
      actorId: session.userId,
      action: "sign-out",
      entity: "session",
      entityId: session.userId,
    });
  });
}
