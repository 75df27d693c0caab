import { z } from "zod";
import { Code, PageQuery } from "./common.js";
import { Role } from "./session.js";

export const CreateUserBody = z
  .object({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(
        /^[a-z0-9._-]{2,64}$/,
        "Tên đăng nhập 2–64 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới",
      ),
    displayName: z.string().trim().min(1, "Nhập họ và tên").max(200),
    password: z.string().min(10, "Mật khẩu cần ít nhất 10 ký tự").max(256),
    roles: z.array(z.object({ role: Role, unitCode: Code })).min(1, "Gán ít nhất một vai trò cho người dùng"),
  })
  .meta({ id: "CreateUserBody" });
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UserSummary = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    isActive: z.boolean(),
    roles: z.array(z.object({ role: Role, unitCode: z.string() })),
  })
  .meta({ id: "UserSummary" });

export const UserList = z.object({ items: z.array(UserSummary) }).meta({ id: "UserList" });
export const ListUsersQuery = z.object({ ...PageQuery });
