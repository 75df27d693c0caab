/** Who may manage accounts. */
import { UserError } from "../domain/errors.js";
import { type Actor, hasRole } from "./actor.js";

/** Only an administrator creates accounts and assigns roles; FORBIDDEN otherwise. */
export function authorizeManageUsers(actor: Actor): void {
  if (!hasRole(actor, "admin")) {
    throw new UserError("FORBIDDEN", "Chỉ quản trị viên được tạo tài khoản và phân quyền người dùng.");
  }
}
