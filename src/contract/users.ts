import { z } from "zod";
import { Code, PageQuery, SearchText } from "./common.js";
import { Role } from "./session.js";

const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{2,64}$/, "Tên đăng nhập 2–64 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới");
const DisplayName = z.string().trim().min(1, "Nhập họ và tên").max(200, "Họ và tên dài quá 200 ký tự");
const Password = z.string().min(10, "Mật khẩu cần ít nhất 10 ký tự").max(256, "Mật khẩu dài quá 256 ký tự");
const RoleAssignment = z.object({ role: Role, unitCode: Code }).meta({ id: "RoleAssignment" });

export const CreateUserBody = z
  .object({
    username: Username,
    displayName: DisplayName,
    password: Password,
    roles: z.array(RoleAssignment).min(1, "Gán ít nhất một vai trò cho người dùng"),
  })
  .meta({ id: "CreateUserBody" });
export type CreateUserBody = z.infer<typeof CreateUserBody>;

/** What an administrator may change of an account; absent fields stay as they are. */
export const UpdateUserBody = z
  .object({
    displayName: DisplayName.optional(),
    roles: z.array(RoleAssignment).min(1, "Gán ít nhất một vai trò cho người dùng").optional(),
    isActive: z.boolean().optional().describe("false: khóa tài khoản và kết thúc các phiên / disable"),
  })
  .meta({ id: "UpdateUserBody" });
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const ResetPasswordBody = z.object({ password: Password }).meta({ id: "ResetPasswordBody" });
export type ResetPasswordBody = z.infer<typeof ResetPasswordBody>;

export const UserIdParams = z.object({ id: z.coerce.number().int().positive() });

export const UserSummary = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    isActive: z.boolean(),
    roles: z.array(z.object({ role: Role, unitCode: z.string() })),
  })
  .meta({ id: "UserSummary" });
export type UserSummary = z.infer<typeof UserSummary>;

export const UserList = z.object({ items: z.array(UserSummary) }).meta({ id: "UserList" });
export type UserList = z.infer<typeof UserList>;

export const ListUsersQuery = z.object({
  q: SearchText.optional().describe("Tên đăng nhập hoặc họ tên, không phân biệt dấu / search ignoring diacritics"),
  role: Role.optional(),
  active: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional()
    .describe("Chỉ tài khoản đang hoạt động (true) hoặc đã khóa (false)"),
  ...PageQuery,
});
export type ListUsersQuery = z.input<typeof ListUsersQuery>;
