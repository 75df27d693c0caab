#!/usr/bin/env node
// The command-line entry: thin on purpose, everything lives in src/cli (built to dist/src/cli by `npm run build`).
import { existsSync } from "node:fs";

const main = new URL("../dist/src/cli/main.js", import.meta.url);
if (!existsSync(main)) {
  console.error(
    "baocao: chưa build. Chạy `npm install` (hoặc `npm run build`) trước. / Not built: run `npm install` first.",
  );
  process.exit(2);
}
const { run } = await import(main.href);
await run(process.argv);
