import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The demo accounts' password in every browser test (set at the first start of each data folder). */
export const DEMO_PASSWORD = "demo-e2e-2026";

/** A free TCP port on the loopback interface, chosen by the OS. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  /** Stops the server (keeps the data folder, so it can be started again over the same data). */
  stop(): Promise<void>;
}

/** Starts `node bin/baocao.js serve` over `dataDir` on a free port and waits until /api/health answers. */
export async function startServer(dataDir: string): Promise<RunningServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: "127.0.0.1", BAOCAO_DATA_DIR: dataDir };
  // The browser tests always run on the embedded database of their own temporary folder.
  delete env.DATABASE_URL;
  delete env.BAOCAO_DB_SCHEMA;
  env.BAOCAO_LOG_LEVEL = "warn";
  env.BAOCAO_DEMO_PASSWORD = DEMO_PASSWORD;
  const child = spawn(process.execPath, ["bin/baocao.js", "serve"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, child, () => output);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { baseUrl, dataDir, stop: () => stopChild(child) };
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`baocao serve exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`baocao serve did not answer /api/health in time:\n${output()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/** A fresh temporary BAOCAO_DATA_DIR and a way to remove it. */
export function temporaryDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "baocao-e2e-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
