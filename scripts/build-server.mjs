// Transpiles src/ (without the web app and tests) to dist/ with esbuild, file by file, and copies SQL
// migrations; type checking is `npm run typecheck`. Fast enough to run before every start.
import { cpSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { build } from "esbuild";

const root = new URL("..", import.meta.url).pathname;
const src = join(root, "src");
const out = join(root, "dist");

function walk(dir, acc = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (relative(src, p) === "web") continue;
      walk(p, acc);
    } else acc.push(p);
  }
  return acc;
}

const files = walk(src);
const entryPoints = files.filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".d.ts"));
rmSync(out, { recursive: true, force: true });
await build({
  entryPoints,
  outdir: out,
  outbase: src,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: "linked",
  logLevel: "warning",
});
for (const f of files.filter((f) => !f.endsWith(".ts"))) {
  const target = join(out, relative(src, f));
  mkdirSync(join(target, ".."), { recursive: true });
  cpSync(f, target);
}
