import type { Command } from "commander";

/** `baocao check` — not built yet (see the open issues). */
export function registerCheck(program: Command): void {
  program
    .command("check")
    .description("(chưa có) / not available yet")
    .action(() => {
      console.error("baocao check: chưa được xây dựng / not available yet");
      process.exitCode = 2;
    });
}
