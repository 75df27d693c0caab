import { UserError } from "../../domain/errors.js";
import type { Actor } from "../../policies/actor.js";
import { extendSession, findSession } from "../../storage/users.js";
import type { AppContext } from "../context.js";
import { loadActor, type SessionUser } from "./session-user.js";
import { SESSION_TTL_MS } from "./sign-in.js";

export interface Authenticated {
  actor: Actor;
  user: SessionUser;
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
}

function unauthenticated(): UserError {
  return new UserError(
    "UNAUTHENTICATED",
    "Bạn chưa đăng nhập hoặc phiên đăng nhập đã hết hạn; vui lòng đăng nhập lại.",
  );
}

/** The user of a session cookie, sliding its expiry; UNAUTHENTICATED when missing, expired or the user is locked. */
export async function authenticate(
  ctx: AppContext,
  sessionId: string | undefined,
  now: Date = new Date(),
): Promise<Authenticated> {
  if (!sessionId) throw unauthenticated();
  const db = ctx.database.db;
  const session = await findSession(db, sessionId, now);
  if (!session) throw unauthenticated();
  const { actor, user } = await loadActor(db, session.userId);
  const active = await db.selectFrom("users").select("is_active").where("id", "=", user.id).executeTakeFirst();
  if (!active?.is_active) throw unauthenticated();
  let expiresAt = session.expiresAt;
  // Slide only past half the lifetime, so most requests do not write.
  if (expiresAt.getTime() - now.getTime() < SESSION_TTL_MS / 2) {
    expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await extendSession(db, session.id, expiresAt);
  }
  return { actor, user, sessionId: session.id, csrfToken: session.csrfToken, expiresAt };
}
