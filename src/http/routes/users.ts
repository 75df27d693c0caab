import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../commands/context.js";
import { getUser, listUsers, registerAccount, resetPassword, updateAccount } from "../../commands/manage-users.js";
import { ErrorResponse } from "../../contract/error.js";
import {
  CreateUserBody,
  ListUsersQuery,
  ResetPasswordBody,
  UpdateUserBody,
  UserIdParams,
  UserList,
  UserSummary,
} from "../../contract/users.js";
import type { User } from "../../domain/records.js";
import { requireAuth } from "../auth.js";

const present = (u: User) => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  isActive: u.isActive,
  roles: u.roles.map((r) => ({ role: r.role, unitCode: r.unitCode })),
});

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

/** Accounts and roles, for administrators: list, create, change, disable, reset the password. */
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
        response: { 201: UserSummary, ...errors },
      },
    },
    async (request, reply) => {
      const user = await registerAccount(ctx, requireAuth(request).actor, request.body);
      reply.status(201);
      return present(user);
    },
  );
  app.get(
    "/users/:id",
    {
      schema: {
        tags: ["administration"],
        summary: "Một người dùng / one user",
        params: UserIdParams,
        response: { 200: UserSummary, ...errors },
      },
    },
    async (request) => present(await getUser(ctx, requireAuth(request).actor, request.params.id)),
  );
  app.patch(
    "/users/:id",
    {
      schema: {
        tags: ["administration"],
        summary: "Sửa họ tên, vai trò; khóa hoặc mở khóa / change, disable or enable a user",
        params: UserIdParams,
        body: UpdateUserBody,
        response: { 200: UserSummary, ...errors },
      },
    },
    async (request) => present(await updateAccount(ctx, requireAuth(request).actor, request.params.id, request.body)),
  );
  app.put(
    "/users/:id/password",
    {
      schema: {
        tags: ["administration"],
        summary: "Đặt lại mật khẩu (kết thúc các phiên) / reset the password",
        params: UserIdParams,
        body: ResetPasswordBody,
        response: { 200: UserSummary, ...errors },
      },
    },
    async (request) =>
      present(await resetPassword(ctx, requireAuth(request).actor, request.params.id, request.body.password)),
  );
}
