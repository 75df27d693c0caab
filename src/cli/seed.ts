import type { Command } from "commander";

/** `baocao seed` — not built yet (see the open issues). */
export function registerSeed(program: Command): void {
  program
    .command("seed")
    .description("(chưa có) / not available yet")
    .action(() => {
      console.error("baocao seed: chưa được xây dựng / not available yet");
      process.exitCode = 2;
    });
}
