import { UserError } from "../../domain/errors.js";
import { appendAudit } from "../../storage/audit.js";
import { inTransaction } from "../../storage/transaction.js";
import { createSession, deleteExpiredSessions, findUserByUsername } from "../../storage/users.js";
import type { AppContext } from "../context.js";
import { generatePassword, hashPassword, verifyPassword } from "./password.js";
import { loadActor, type SessionUser } from "./session-user.js";

/** How long a session lives without activity (it slides on use, see authenticate). */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

// Verifying against a real hash when the user does not exist keeps the answer time the same either way.
let dummyHash: Promise<string> | undefined;
const unknownUserHash = (): Promise<string> => {
  dummyHash ??= hashPassword(generatePassword());
  return dummyHash;
};

export interface SignInInput {
  username: string;
  password: string;
}

export interface SignedIn {
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
  user: SessionUser;
}

/** Checks a username and password and opens a session; UNAUTHENTICATED (one message for both mistakes) otherwise. */
export async function signIn(ctx: AppContext, input: SignInInput, now: Date = new Date()): Promise<SignedIn> {
  const db = ctx.database.db;
  const account = await findUserByUsername(db, input.username);
  const ok = await verifyPassword(account?.passwordHash ?? (await unknownUserHash()), input.password);
  if (!account || !ok || !account.isActive) {
    throw new UserError(
      "UNAUTHENTICATED",
      account && ok && !account.isActive
        ? "Tài khoản đã bị khóa; liên hệ quản trị viên."
        : "Tên đăng nhập hoặc mật khẩu không đúng.",
      { field: "password" },
    );
  }
  const session = await inTransaction(db, async (trx) => {
    const created = await createSession(trx, {
      userId: account.id,
      expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
    });
    await appendAudit(trx, { actorId: account.id, action: "sign-in", entity: "session", entityId: account.id });
    // Expired sessions are useless; sweeping them at sign-in keeps the table small without a scheduler.
    await deleteExpiredSessions(trx, now);
    return created;
  });
  const { user } = await loadActor(db, account.id);
  return { sessionId: session.id, csrfToken: session.csrfToken, expiresAt: session.expiresAt, user };
}
