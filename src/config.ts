import { resolve } from "node:path";
import { z } from "zod";

/** The environment, validated once at start: a wrong value stops the app with a message naming the variable. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL phải có dạng postgres://user@host:port/db")
    .optional(),
  BAOCAO_DATA_DIR: z.string().default("./data"),
  BAOCAO_DEMO_PASSWORD: z.string().min(8, "BAOCAO_DEMO_PASSWORD cần ít nhất 8 ký tự").optional(),
  BAOCAO_DB_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .optional(),
  BAOCAO_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demoPassword: string | undefined;
  /** PostgreSQL schema to use instead of public (tests isolate each run in its own schema). */
  dbSchema: string | undefined;
  logLevel: string;
}

/** Reads and validates the environment; throws an Error listing every invalid variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Cấu hình không hợp lệ (biến môi trường):\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(e.BAOCAO_DATA_DIR),
    demoPassword: e.BAOCAO_DEMO_PASSWORD,
    dbSchema: e.BAOCAO_DB_SCHEMA,
    logLevel: e.BAOCAO_LOG_LEVEL,
  };
}
