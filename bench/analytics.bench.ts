// Analytics at national scale, on PGlite and (with DATABASE_URL or --pg) on the PostgreSQL server in a private
// schema dropped afterwards. BENCH_ANALYTICS_MONTHS (default 120) and BENCH_ANALYTICS_INDICATORS (default 200)
// make quicker runs; BENCH_ANALYTICS_RUNS sets the measured repetitions (default 30).
// Besides wall-clock times it reports CPU time, which a busy shared machine disturbs far less: this process's
// (all of PGlite's work), plus the server's backends serving it when PostgreSQL runs on this machine (Linux).
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { loadavg } from "node:os";
import { sql } from "kysely";
import { consolidateReports } from "../src/commands/consolidate-reports.js";
import type { AppContext } from "../src/commands/context.js";
import { exploreIndicators } from "../src/commands/explore-indicators.js";
import { getCompletenessGrid } from "../src/commands/get-completeness-grid.js";
import type { Config } from "../src/config.js";
import { type Database, openDatabase } from "../src/storage/database.js";
import { migrate } from "../src/storage/migrate.js";
import { BENCH_REGIME, type LoadedData, loadNationalData } from "./analytics-data.js";

const PG_URL =
  process.env.DATABASE_URL ?? (process.argv.includes("--pg") ? "postgres://postgres@127.0.0.1:5432/test" : "");
const RUNS = Number(process.env.BENCH_ANALYTICS_RUNS ?? 30);
const scale = {
  months: Number(process.env.BENCH_ANALYTICS_MONTHS ?? 120),
  indicators: Number(process.env.BENCH_ANALYTICS_INDICATORS ?? 200),
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Timing {
  p50: number;
  p95: number;
  /** Median CPU milliseconds per run, and whether the server's backends are included. */
  cpu: number;
  serverCpu: boolean;
}

/** The process ids of the PostgreSQL backends this process is connected to (local server, Linux), else []. */
async function localBackendPids(database: Database): Promise<number[]> {
  if (database.kind !== "postgres") return [];
  try {
    const inodes = new Set<string>();
    for (const fd of readdirSync("/proc/self/fd")) {
      const link = (() => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`);
        } catch {
          return "";
        }
      })();
      const m = /^socket:\[(\d+)\]$/.exec(link);
      if (m) inodes.add(m[1]!);
    }
    const ports: number[] = [];
    for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
      for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
        const f = line.trim().split(/\s+/);
        if (f.length > 9 && inodes.has(f[9]!)) ports.push(Number.parseInt(f[1]!.split(":")[1]!, 16));
      }
    }
    const rows = await sql<{ pid: number }>`select pid from pg_stat_activity
      where client_port = any(${ports}::int[]) and client_addr is not null
        and client_addr in ('127.0.0.1'::inet, '::1'::inet)`.execute(database.db);
    return rows.rows.map((r) => r.pid);
  } catch {
    return [];
  }
}

/** CPU nanoseconds each of the given processes has run (Linux schedstat); a process gone is left out. */
function processesCpuNs(pids: readonly number[]): Map<number, number> {
  const ns = new Map<number, number>();
  for (const pid of pids) {
    try {
      ns.set(pid, Number(readFileSync(`/proc/${pid}/schedstat`, "utf8").split(" ")[0]));
    } catch {
      // The pool closed that connection.
    }
  }
  return ns;
}

/** CPU milliseconds run between two readings, by the processes present in both. */
function cpuMsBetween(before: Map<number, number>, after: Map<number, number>): number {
  let ns = 0;
  for (const [pid, value] of after) ns += value - (before.get(pid) ?? value);
  return ns / 1e6;
}

async function measure(database: Database, fn: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < 3; i++) await fn();
  const backends = await localBackendPids(database);
  const serverCpu = processesCpuNs(backends).size > 0;
  const times: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c = process.cpuUsage();
    const server = processesCpuNs(backends);
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpus.push((used.user + used.system) / 1000 + cpuMsBetween(server, processesCpuNs(backends)));
  }
  times.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), cpu: percentile(cpus, 50), serverCpu };
}

const config: Config = {
  port: 0,
  host: "127.0.0.1",
  databaseUrl: undefined,
  dataDir: "memory://",
  demoPassword: undefined,
  dbSchema: undefined,
  logLevel: "silent",
};

async function benchOn(database: Database): Promise<{ data: LoadedData; rows: [string, Timing][] }> {
  await migrate(database);
  const data = await loadNationalData(database, scale);
  const ctx: AppContext = { database, config };
  const year = Number(data.lastPeriod.slice(0, 4)) - 1;
  const rows: [string, Timing][] = [];
  rows.push([
    `Completeness grid, ${year} (units × 12 months)`,
    await measure(database, () =>
      getCompletenessGrid(ctx, { actor: null, regimeCode: BENCH_REGIME, year, today: "2026-07-20" }),
    ),
  ]);
  rows.push([
    `DOC_SIGNED_RATE, all 34 provinces, ${data.lastPeriod}, ranked with change`,
    await measure(database, () =>
      exploreIndicators(ctx, {
        actor: null,
        regimeCode: BENCH_REGIME,
        indicatorCodes: ["DOC_SIGNED_RATE"],
        units: { level: "provinces" },
        periodCodes: [data.lastPeriod],
        asOf: "2026-07-01",
      }),
    ),
  ]);
  rows.push([
    `DOC_OUT, ${data.months.length}-month series of today's Vĩnh Long (4 predecessors)`,
    await measure(database, () =>
      exploreIndicators(ctx, {
        actor: null,
        regimeCode: BENCH_REGIME,
        indicatorCodes: ["DOC_OUT"],
        units: { codes: ["SO-86-2025"] },
        periodCodes: data.months,
        asOf: "2026-07-01",
      }),
    ),
  ]);
  rows.push([
    `Consolidated summary for BO-VP, ${data.lastPeriod} (preview, not stored)`,
    await measure(database, () =>
      consolidateReports(ctx, {
        actor: null,
        regimeCode: BENCH_REGIME,
        receivingUnitCode: "BO-VP",
        periodCode: data.lastPeriod,
        store: false,
        today: "2026-07-20",
      }),
    ),
  ]);
  return { data, rows };
}

/** Runs the analytics benchmark on PGlite and, when configured, PostgreSQL; returns a Markdown report. */
export async function run(): Promise<string> {
  const results: [string, Awaited<ReturnType<typeof benchOn>>][] = [];
  // The machine is shared: say how busy it was, since every figure below is wall-clock time.
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(", ");
  const loadBefore = load();
  const pglite = await openDatabase({});
  try {
    results.push(["PGlite (in memory)", await benchOn(pglite)]);
  } finally {
    await pglite.close();
  }
  if (PG_URL) {
    const schema = `bench_${randomBytes(4).toString("hex")}`;
    const pg = await openDatabase({ databaseUrl: PG_URL, schema });
    try {
      results.push([`PostgreSQL (schema ${schema}, dropped after)`, await benchOn(pg)]);
    } finally {
      await sql.raw(`drop schema if exists ${schema} cascade`).execute(pg.db);
      await pg.close();
    }
  }
  const lines: string[] = [`Load average (1, 5, 15 min): ${loadBefore} at the start, ${load()} at the end.`, ""];
  for (const [engine, { data, rows }] of results) {
    lines.push(
      `### ${engine}`,
      "",
      `${data.reports.toLocaleString("en")} reports, ${data.values.toLocaleString("en")} data values, ` +
        `${data.sections.toLocaleString("en")} sections over ${data.months.length} months, loaded in ${data.seconds.toFixed(1)} s. ` +
        `${RUNS} runs after 3 warm-ups.`,
      "",
      `| query | p50 ms | p95 ms | CPU ms p50 (${rows.every(([, t]) => t.serverCpu) ? "this process + its server backends" : "this process"}) |`,
      "|---|---:|---:|---:|",
      ...rows.map(([name, t]) => `| ${name} | ${t.p50.toFixed(1)} | ${t.p95.toFixed(1)} | ${t.cpu.toFixed(1)} |`),
      "",
    );
  }
  return lines.join("\n");
}
