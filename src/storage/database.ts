import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import lockfile from "proper-lockfile";
import type { DB } from "./schema.js";

export type DatabaseKind = "pglite" | "postgres";

/** One open database: the Kysely instance every repository uses, and how to run scripts and close it. */
export interface Database {
  readonly db: Kysely<DB>;
  readonly kind: DatabaseKind;
  /** Runs a multi-statement SQL script (migrations). */
  execScript(script: string): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the whole data folder as a tarball (tests start from a migrated dump). */
  dump?(): Promise<Blob>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL server URL; when absent the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; "memory://" (or undefined with inMemory) keeps everything in memory. */
  dataDir?: string | undefined;
  /** PostgreSQL schema to work in (created when missing); the default is public. */
  schema?: string | undefined;
  /** PGlite: start from a dump made by `dumpDatabase` (tests start from a migrated schema this way). */
  loadDump?: Blob | undefined;
}

/** A user-facing failure to open storage (already in use, unreachable server), with a Vietnamese message. */
export class StorageUnavailableError extends Error {
  readonly code = "STORAGE_UNAVAILABLE";
}

// int8 (counts, sums), numeric and date come back as numbers and ISO strings on both engines alike.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const parseInt8 = (v: string) => Number(v);
const identity = (v: string) => v;

/** Opens PostgreSQL when `databaseUrl` is set, otherwise PGlite in `dataDir` (locked against a second process). */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.schema) : openPGlite(options);
}

async function openPostgres(url: string, schema: string | undefined): Promise<Database> {
  const searchPath = schema ? `${schema},public` : undefined;
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(searchPath ? { options: `-c search_path=${searchPath}` } : {}),
    types: {
      getTypeParser: ((oid: number, format?: string) => {
        if (oid === INT8 || oid === NUMERIC) return parseInt8;
        if (oid === DATE) return identity;
        return pg.types.getTypeParser(oid, format as "text");
      }) as typeof pg.types.getTypeParser,
    },
  });
  try {
    const client = await pool.connect();
    try {
      if (schema) await client.query(`create schema if not exists ${schema}`);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw new StorageUnavailableError(
      `Không kết nối được máy chủ PostgreSQL (${redactUrl(url)}): ${(error as Error).message}`,
    );
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: "postgres",
    async execScript(script) {
      const client = await pool.connect();
      try {
        await client.query(script);
      } finally {
        client.release();
      }
    },
    async close() {
      await db.destroy();
    },
  };
}

async function openPGlite(options: OpenDatabaseOptions): Promise<Database> {
  const inMemory = !options.dataDir || options.dataDir === "memory://";
  let unlock: (() => Promise<void>) | undefined;
  if (!inMemory) {
    const dir = options.dataDir as string;
    mkdirSync(dir, { recursive: true });
    try {
      unlock = await lockfile.lock(dir, { lockfilePath: join(dir, "baocao.lock"), stale: 15_000, update: 5_000 });
    } catch {
      throw new StorageUnavailableError(
        `Thư mục dữ liệu ${dir} đang được một tiến trình baocao khác sử dụng. ` +
          "Hãy dừng tiến trình đó (hoặc đặt BAOCAO_DATA_DIR khác) rồi chạy lại.",
      );
    }
  }
  const { PGliteDialect } = await import("./pglite-dialect.js");
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(inMemory ? undefined : join(options.dataDir as string, "pgdata"), {
      extensions: { unaccent, pg_trgm },
      parsers: { [INT8]: parseInt8, [NUMERIC]: parseInt8, [DATE]: identity },
      ...(options.loadDump ? { loadDataDir: options.loadDump } : {}),
    });
  } catch (error) {
    await unlock?.();
    throw error;
  }
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: "pglite",
    async execScript(script) {
      await pglite.exec(script);
    },
    async dump() {
      return pglite.dumpDataDir("none");
    },
    async close() {
      await db.destroy();
      await pglite.close();
      await unlock?.();
    },
  };
}

function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
