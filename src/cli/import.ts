import type { Command } from "commander";

/** `baocao import` — not built yet (see the open issues). */
export function registerImport(program: Command): void {
  program
    .command("import")
    .description("(chưa có) / not available yet")
    .action(() => {
      console.error("baocao import: chưa được xây dựng / not available yet");
      process.exitCode = 2;
    });
}
