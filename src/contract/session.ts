import { z } from "zod";

export const Role = z
  .enum(["specialist", "office", "leader", "receiver", "admin"])
  .meta({ id: "Role", description: "Vai trò: chuyên viên, văn phòng, lãnh đạo, cơ quan nhận, quản trị / role" });

export const SignInBody = z
  .object({
    username: z.string().trim().min(1, "Nhập tên đăng nhập").max(64, "Tên đăng nhập dài quá 64 ký tự"),
    password: z.string().min(1, "Nhập mật khẩu").max(256, "Mật khẩu dài quá 256 ký tự"),
  })
  .meta({ id: "SignInBody" });
export type SignInBody = z.infer<typeof SignInBody>;

export const SessionUser = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    locale: z.enum(["vi", "en"]),
    roles: z.array(
      z.object({ role: Role, unitCode: z.string(), unitName: z.string(), unitKind: z.string() }).meta({
        id: "UserRole",
      }),
    ),
  })
  .meta({ id: "SessionUser" });
export type SessionUser = z.infer<typeof SessionUser>;

/** The signed-in user and the token every state-changing request sends in the `x-csrf-token` header. */
export const SessionResponse = z
  .object({
    user: SessionUser,
    csrfToken: z.string().describe("Gửi lại trong tiêu đề x-csrf-token / send back in the x-csrf-token header"),
    expiresAt: z.string(),
  })
  .meta({ id: "Session" });
export type SessionResponse = z.infer<typeof SessionResponse>;
