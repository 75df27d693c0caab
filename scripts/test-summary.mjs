// Prints vitest JSON results, per run and in total, as the plain closing line CI reads
// ("N passed, N failed, N skipped").
import { readFileSync } from "node:fs";
import { basename } from "node:path";

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  const r = JSON.parse(readFileSync(file, "utf8"));
  const s = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(`  ${basename(file, ".json")}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${s} skipped`);
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += s;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
