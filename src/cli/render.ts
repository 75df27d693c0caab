import type { Command } from "commander";

/** `baocao render` — not built yet (see the open issues). */
export function registerRender(program: Command): void {
  program
    .command("render")
    .description("(chưa có) / not available yet")
    .action(() => {
      console.error("baocao render: chưa được xây dựng / not available yet");
      process.exitCode = 2;
    });
}
