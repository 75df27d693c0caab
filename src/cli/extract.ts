import type { Command } from "commander";

/** `baocao extract` — not built yet (see the open issues). */
export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("(chưa có) / not available yet")
    .action(() => {
      console.error("baocao extract: chưa được xây dựng / not available yet");
      process.exitCode = 2;
    });
}
