// `npm run bench`: runs every benchmark in this folder and prints its figures (no timing is asserted anywhere).
// Each benchmark module exports `run(): Promise<string>` returning its report in Markdown.
import { readdirSync } from "node:fs";

const only = process.argv[2];
const here = new URL(".", import.meta.url);
const modules = readdirSync(here)
  .filter((f) => f.endsWith(".bench.js"))
  .filter((f) => !only || f.startsWith(only))
  .sort();
if (modules.length === 0) {
  console.error(only ? `Không có benchmark nào tên "${only}".` : "Chưa có benchmark nào.");
  process.exitCode = 2;
}
for (const file of modules) {
  const mod = (await import(new URL(file, here).href)) as { run: () => Promise<string> };
  console.log(`\n## ${file.replace(/\.bench\.js$/, "")}\n`);
  console.log(await mod.run());
}
