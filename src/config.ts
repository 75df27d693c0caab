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
  BAOCAO_TRUST_PROXY: z
    .string()
    .trim()
    .regex(
      /^(?:true|false|[\w.:/-]+(?:\s*,\s*[\w.:/-]+)*)?$/i,
      "BAOCAO_TRUST_PROXY phải là true, false hoặc danh sách địa chỉ/dải IP của proxy, cách nhau bởi dấu phẩy (ví dụ 127.0.0.1,10.0.0.0/8)",
    )
    .optional(),
});

/** Fastify's trustProxy from BAOCAO_TRUST_PROXY: true/false, or the proxies' addresses and ranges. */
function parseTrustProxy(value: string | undefined): boolean | string[] {
  const v = value?.trim() ?? "";
  if (v === "" || /^false$/i.test(v)) return false;
  if (/^true$/i.test(v)) return true;
  return v.split(",").map((s) => s.trim());
}

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demoPassword: string | undefined;
  /** PostgreSQL schema to use instead of public (tests isolate each run in its own schema). */
  dbSchema: string | undefined;
  logLevel: string;
  /**
   * Whom to believe about the client behind a reverse proxy (X-Forwarded-Proto/-For): false (default), true
   * (any proxy), or the proxies' addresses and ranges. A request made over https then gets a Secure cookie.
   */
  trustProxy?: boolean | string[];
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
    trustProxy: parseTrustProxy(e.BAOCAO_TRUST_PROXY),
  };
}
