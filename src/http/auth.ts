import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type Authenticated, authenticate } from "../commands/auth/authenticate.js";
import type { AppContext } from "../commands/context.js";
import { UserError } from "../domain/errors.js";

/** The session cookie: http-only, SameSite=Lax, Secure when served over https. */
export const SESSION_COOKIE = "baocao_session";
export const CSRF_HEADER = "x-csrf-token";

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in user, set by the authentication hook on every non-public route. */
    auth: Authenticated | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (health, sign-in). */
    public?: boolean;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Authenticates every route of `api` not marked `config.public` (401 without a valid session) and refuses a
 * state-changing request whose `x-csrf-token` header does not match the session's token (403).
 */
export function registerAuthentication(api: FastifyInstance, ctx: AppContext): void {
  api.decorateRequest("auth", null);
  api.addHook("onRequest", async (request) => {
    if (request.routeOptions.config?.public) return;
    const auth = await authenticate(ctx, request.cookies[SESSION_COOKIE]);
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      const token = Array.isArray(header) ? header[0] : header;
      if (!token || !sameToken(token, auth.csrfToken)) {
        throw new UserError(
          "CSRF_INVALID",
          "Yêu cầu bị từ chối vì thiếu hoặc sai mã chống giả mạo (x-csrf-token); hãy tải lại trang rồi thử lại.",
        );
      }
    }
    request.auth = auth;
  });
}

/** The signed-in user of a request on an authenticated route. */
export function requireAuth(request: FastifyRequest): Authenticated {
  if (!request.auth) {
    throw new UserError(
      "UNAUTHENTICATED",
      "Bạn chưa đăng nhập hoặc phiên đăng nhập đã hết hạn; vui lòng đăng nhập lại.",
    );
  }
  return request.auth;
}

/** Sets the session cookie (Secure when the request came over https). */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, sessionId: string, expires: Date): void {
  reply.setCookie(SESSION_COOKIE, sessionId, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: request.protocol === "https",
    expires,
  });
}

/** Removes the session cookie. */
export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: request.protocol === "https",
  });
}
