// Transpiles src/ (without the web app and tests) and bench/ to dist/src and dist/bench with esbuild, file by
// file, and copies SQL migrations; type checking is `npm run typecheck`. Fast enough to run before every start.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { build } from "esbuild";

const root = new URL("..", import.meta.url).pathname;
const src = join(root, "src");
const bench = join(root, "bench");
const out = join(root, "dist");

function walk(dir, acc = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (relative(src, p) === "web" || name === "out" || name === "node_modules") continue;
      walk(p, acc);
    } else acc.push(p);
  }
  return acc;
}

const files = [...walk(src), ...(existsSync(bench) ? walk(bench) : [])];
const entryPoints = files.filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".d.ts"));
for (const dir of ["src", "bench"]) rmSync(join(out, dir), { recursive: true, force: true });
await build({
  entryPoints,
  outdir: out,
  outbase: root,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: "linked",
  logLevel: "warning",
});
for (const f of files.filter((f) => !f.endsWith(".ts"))) {
  const target = join(out, relative(root, f));
  mkdirSync(join(target, ".."), { recursive: true });
  cpSync(f, target);
}
