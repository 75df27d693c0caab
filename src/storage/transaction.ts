import type { Kysely, Transaction } from "kysely";
import type { DB } from "./schema.js";

/**
 * Runs `fn` in one transaction and returns its result; when `db` already is a transaction, `fn` joins it (Kysely
 * cannot nest transactions). Commands use it so that a use case, its audit row and its checks commit together.
 *
 * PGlite has a single connection: its transactions are serialised, and while one is open every other query
 * waits for it. Inside `fn` use `trx` only — a query on the outer `db` would wait for the transaction that
 * waits for it, forever. On PostgreSQL transactions run concurrently (READ COMMITTED); conflicting edits are
 * caught by the optimistic version checks of the repositories, not by locks held across requests.
 */
export async function inTransaction<T>(db: Kysely<DB>, fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db as Transaction<DB>);
  return db.transaction().execute(fn);
}
