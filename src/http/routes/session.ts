import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { signIn } from "../../commands/auth/sign-in.js";
import { signOut } from "../../commands/auth/sign-out.js";
import type { AppContext } from "../../commands/context.js";
import { ErrorResponse } from "../../contract/error.js";
import { SessionResponse, SignInBody } from "../../contract/session.js";
import { UserError } from "../../domain/errors.js";
import { clearSessionCookie, requireAuth, setSessionCookie } from "../auth.js";

/** Sign-in attempts allowed per address and username in the window. */
export const SIGN_IN_LIMIT = { max: 10, timeWindow: 5 * 60 * 1000 };

function signInKey(request: FastifyRequest): string {
  const body = request.body as { username?: unknown } | undefined;
  const username = typeof body?.username === "string" ? body.username.trim().toLowerCase() : "";
  return `${request.ip}|${username}`;
}

/** POST, GET and DELETE /session: sign in (rate limited), who am I, sign out. */
export async function registerSessionRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  await api.register(rateLimit, { global: false });
  const app = api.withTypeProvider<ZodTypeProvider>();
  app.post(
    "/session",
    {
      config: {
        public: true,
        rateLimit: {
          ...SIGN_IN_LIMIT,
          hook: "preHandler",
          keyGenerator: signInKey,
          errorResponseBuilder: (_request, context) =>
            new UserError(
              "RATE_LIMITED",
              `Đăng nhập sai quá nhiều lần; vui lòng thử lại sau ${Math.ceil(context.ttl / 60000)} phút.`,
            ),
        },
      },
      schema: {
        tags: ["session"],
        summary: "Đăng nhập / sign in",
        description: "Đặt cookie phiên (httpOnly, SameSite=Lax) và trả về người dùng cùng mã csrfToken.",
        body: SignInBody,
        response: { 200: SessionResponse, 400: ErrorResponse, 401: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      const signedIn = await signIn(ctx, request.body);
      setSessionCookie(request, reply, signedIn.sessionId, signedIn.expiresAt);
      return { user: signedIn.user, csrfToken: signedIn.csrfToken, expiresAt: signedIn.expiresAt.toISOString() };
    },
  );
  app.get(
    "/session",
    {
      schema: {
        tags: ["session"],
        summary: "Phiên đăng nhập hiện tại / current session",
        response: { 200: SessionResponse, 401: ErrorResponse },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      return { user: auth.user, csrfToken: auth.csrfToken, expiresAt: auth.expiresAt.toISOString() };
    },
  );
  app.delete(
    "/session",
    {
      schema: {
        tags: ["session"],
        summary: "Đăng xuất / sign out",
        response: { 204: z.null().describe("Đã đăng xuất / signed out"), 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      await signOut(ctx, { sessionId: auth.sessionId, userId: auth.user.id });
      clearSessionCookie(request, reply);
      return reply.status(204).send(null);
    },
  );
}
