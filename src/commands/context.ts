import type { Config } from "../config.js";
import { type Database, openDatabase } from "../storage/database.js";
import { migrate } from "../storage/migrate.js";

/** What every command runs with: the open database (or a transaction of it) and, when known, who acts. */
export interface AppContext {
  readonly database: Database;
  readonly config: Config;
}

/** Opens the configured database and applies pending migrations. */
export async function openAppContext(config: Config): Promise<AppContext & { appliedMigrations: string[] }> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    schema: config.dbSchema,
  });
  try {
    const { applied } = await migrate(database);
    return { database, config, appliedMigrations: applied };
  } catch (error) {
    await database.close();
    throw error;
  }
}
