import type { User } from "../domain/records.js";
import type { Actor } from "../policies/actor.js";
import { authorizeManageUsers } from "../policies/user.js";
import { findUsers } from "../storage/user-list.js";
import type { AppContext } from "./context.js";
import { createAccount, type NewAccount } from "./create-account.js";

/** The accounts and their roles, for an administrator (FORBIDDEN otherwise). */
export async function listUsers(
  ctx: AppContext,
  actor: Actor,
  page: { limit: number; offset: number },
): Promise<User[]> {
  authorizeManageUsers(actor);
  return findUsers(ctx.database.db, page);
}

/** Creates an account on an administrator's behalf (FORBIDDEN otherwise); the audit row names the administrator. */
export async function registerAccount(ctx: AppContext, actor: Actor, account: NewAccount): Promise<User> {
  authorizeManageUsers(actor);
  return createAccount(ctx, account, actor.userId);
}
