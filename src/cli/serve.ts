import type { Command } from "commander";
import { loadConfig } from "../config.js";

/** `baocao serve` — opens the database, migrates, loads demo data on first start, serves the app. */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("Chạy máy chủ web (PORT, DATABASE_URL, BAOCAO_DATA_DIR) / run the web server")
    .option("-p, --port <port>", "cổng / port (mặc định PORT hoặc 3000)")
    .action(async (opts: { port?: string }) => {
      try {
        const config = loadConfig(opts.port ? { ...process.env, PORT: opts.port } : process.env);
        // Loaded here so that the other subcommands start without loading Fastify.
        const { startServer } = await import("../http/server.js");
        const server = await startServer(config);
        const stop = async () => {
          await server.close();
          process.exit(0);
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      } catch (error) {
        console.error(`baocao: ${(error as Error).message}`);
        process.exitCode = 2;
      }
    });
}
