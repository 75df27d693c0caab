import { UserError } from "../domain/errors.js";
import { passwordProblem } from "../domain/password-rules.js";
import type { Role, User } from "../domain/records.js";
import type { Actor } from "../policies/actor.js";
import { authorizeManageUsers } from "../policies/user.js";
import { appendAudit } from "../storage/audit.js";
import { inTransaction } from "../storage/transaction.js";
import {
  countActiveAdmins,
  deleteUserSessions,
  replaceUserRoles,
  setPasswordHash,
  setUserActive,
  setUserDisplayName,
} from "../storage/user-admin.js";
import { findUsers, type UserQuery } from "../storage/user-list.js";
import { getUserById } from "../storage/users.js";
import { hashPassword } from "./auth/password.js";
import type { AppContext } from "./context.js";
import { createAccount, type NewAccount } from "./create-account.js";

/** The accounts and their roles, for an administrator (FORBIDDEN otherwise). */
export async function listUsers(ctx: AppContext, actor: Actor, query: UserQuery): Promise<User[]> {
  authorizeManageUsers(actor);
  return findUsers(ctx.database.db, query);
}

/** One account with its roles, for an administrator. */
export async function getUser(ctx: AppContext, actor: Actor, userId: number): Promise<User> {
  authorizeManageUsers(actor);
  return getUserById(ctx.database.db, userId);
}

function checkPassword(password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new UserError("INVALID_INPUT", problem, { field: "password" });
}

/** Creates an account on an administrator's behalf (FORBIDDEN otherwise); the audit row names the administrator. */
export async function registerAccount(ctx: AppContext, actor: Actor, account: NewAccount): Promise<User> {
  authorizeManageUsers(actor);
  checkPassword(account.password, account.username);
  return createAccount(ctx, account, actor.userId);
}

export interface UserChanges {
  displayName?: string | undefined;
  roles?: { role: Role; unitCode: string }[] | undefined;
  isActive?: boolean | undefined;
}

/**
 * Changes an account's full name, roles or whether it may sign in, in one transaction with an audit row per
 * change. Disabling ends the user's sessions. The last active administrator cannot be disabled or lose the
 * role, and nobody disables themselves.
 */
export async function updateAccount(
  ctx: AppContext,
  actor: Actor,
  userId: number,
  changes: UserChanges,
): Promise<User> {
  authorizeManageUsers(actor);
  return inTransaction(ctx.database.db, async (trx) => {
    const before = await getUserById(trx, userId);
    if (changes.isActive === false && userId === actor.userId) {
      throw new UserError("CONFLICT", "Không thể tự khóa tài khoản của chính mình.", { field: "isActive" });
    }
    if (changes.displayName !== undefined && changes.displayName !== before.displayName) {
      await setUserDisplayName(trx, userId, changes.displayName);
      await appendAudit(trx, {
        actorId: actor.userId,
        action: "rename-user",
        entity: "user",
        entityId: userId,
        details: { from: before.displayName, to: changes.displayName.normalize("NFC") },
      });
    }
    if (changes.roles !== undefined) {
      const key = (r: { role: string; unitCode: string }) => `${r.role}@${r.unitCode}`;
      const old = before.roles.map(key).sort().join(",");
      const next = [...new Set(changes.roles.map(key))].sort().join(",");
      if (old !== next) {
        await replaceUserRoles(trx, userId, changes.roles);
        await appendAudit(trx, {
          actorId: actor.userId,
          action: "change-roles",
          entity: "user",
          entityId: userId,
          details: { from: before.roles.map((r) => ({ role: r.role, unitCode: r.unitCode })), to: changes.roles },
        });
      }
    }
    if (changes.isActive !== undefined && changes.isActive !== before.isActive) {
      await setUserActive(trx, userId, changes.isActive);
      const sessionsEnded = changes.isActive ? 0 : await deleteUserSessions(trx, userId);
      await appendAudit(trx, {
        actorId: actor.userId,
        action: changes.isActive ? "enable-user" : "disable-user",
        entity: "user",
        entityId: userId,
        details: { username: before.username, sessionsEnded },
      });
    }
    if (before.roles.some((r) => r.role === "admin") && (await countActiveAdmins(trx)) === 0) {
      throw new UserError("CONFLICT", "Phải còn ít nhất một quản trị viên đang hoạt động.", {
        field: changes.isActive === false ? "isActive" : "roles",
      });
    }
    return getUserById(trx, userId);
  });
}

/** Sets a new password chosen by the administrator and ends the user's sessions. */
export async function resetPassword(ctx: AppContext, actor: Actor, userId: number, password: string): Promise<User> {
  authorizeManageUsers(actor);
  const user = await getUserById(ctx.database.db, userId);
  checkPassword(password, user.username);
  const hash = await hashPassword(password);
  return inTransaction(ctx.database.db, async (trx) => {
    await setPasswordHash(trx, userId, hash);
    const sessionsEnded = await deleteUserSessions(trx, userId);
    await appendAudit(trx, {
      actorId: actor.userId,
      action: "reset-password",
      entity: "user",
      entityId: userId,
      details: { username: user.username, sessionsEnded },
    });
    return getUserById(trx, userId);
  });
}
