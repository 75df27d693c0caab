import type { Role, User } from "../domain/records.js";
import { appendAudit } from "../storage/audit.js";
import { inTransaction } from "../storage/transaction.js";
import { createUser } from "../storage/users.js";
import { hashPassword } from "./auth/password.js";
import type { AppContext } from "./context.js";

export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
  /** The position printed when the user signs an issued report ("Phó Giám đốc"). */
  jobTitle?: string | null;
  roles: { role: Role; unitCode: string }[];
}

/**
 * Creates a local account with an argon2 password hash and its roles in units given by code (the demo
 * accounts and the administration page use it); ALREADY_EXISTS when the username is taken. Authorizing the
 * caller is the job of the command that exposes it to users (policies/user.ts).
 */
export async function createAccount(
  ctx: AppContext,
  account: NewAccount,
  actorId: number | null = null,
): Promise<User> {
  const passwordHash = await hashPassword(account.password);
  return inTransaction(ctx.database.db, async (trx) => {
    const user = await createUser(trx, {
      username: account.username,
      displayName: account.displayName,
      passwordHash,
      jobTitle: account.jobTitle ?? null,
      roles: account.roles,
    });
    await appendAudit(trx, {
      actorId,
      action: "create-account",
      entity: "user",
      entityId: user.id,
      details: { username: user.username, roles: account.roles },
    });
    return user;
  });
}
