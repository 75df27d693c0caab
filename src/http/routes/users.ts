import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../commands/context.js";
import { listUsers, registerAccount } from "../../commands/manage-users.js";
import { ErrorResponse } from "../../contract/error.js";
import { CreateUserBody, ListUsersQuery, UserList, UserSummary } from "../../contract/users.js";
import type { User } from "../../domain/records.js";
import { requireAuth } from "../auth.js";

const present = (u: User) => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  isActive: u.isActive,
  roles: u.roles.map((r) => ({ role: r.role, unitCode: r.unitCode })),
});

/** GET and POST /users: accounts and roles, for administrators. */
export function registerUserRoutes(api: FastifyInstance, ctx: AppContext): void {
  const app = api.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/users",
    {
      schema: {
        tags: ["administration"],
        summary: "Danh sách người dùng và vai trò / users",
        querystring: ListUsersQuery,
        response: { 200: UserList, 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request) => ({ items: (await listUsers(ctx, requireAuth(request).actor, request.query)).map(present) }),
  );
  app.post(
    "/users",
    {
      schema: {
        tags: ["administration"],
        summary: "Tạo tài khoản (mật khẩu băm argon2) / create an account",
        body: CreateUserBody,
        response: { 201: UserSummary, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request, reply) => {
      const user = await registerAccount(ctx, requireAuth(request).actor, request.body);
      reply.status(201);
      return present(user);
    },
  );
}
