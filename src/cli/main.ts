import { Command } from "commander";
import { registerCheck } from "./check.js";
import { registerExtract } from "./extract.js";
import { registerImport } from "./import.js";
import { registerRender } from "./render.js";
import { registerSeed } from "./seed.js";
import { registerServe } from "./serve.js";

/** Builds the `baocao` command line; each subcommand lives in its own file. */
export function buildProgram(): Command {
  const program = new Command("baocao")
    .description("baocao — hệ thống thông tin báo cáo ngành thông tin và truyền thông")
    .version("0.1.0")
    .showHelpAfterError();
  registerServe(program);
  registerExtract(program);
  registerCheck(program);
  registerImport(program);
  registerRender(program);
  registerSeed(program);
  return program;
}

/** Runs the CLI with process.argv; sets the exit code (2 for bad input) instead of throwing. */
export async function run(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}
