#!/usr/bin/env node
// Extraction throughput on one core: a corpus scaled up from src/extract/fixtures (numbers, dates and codes
// varied per copy, bodies repeated to real report sizes), run through dist/extract (build first:
// `npm run build:server`). Usage: node bench/extract-bench.mjs [reports=600]
import { readdirSync, readFileSync } from "node:fs";

const { extractText } = await import(new URL("../dist/extract/index.js", import.meta.url).href);
const dir = new URL("../src/extract/fixtures/", import.meta.url);
const sources = readdirSync(dir)
  .filter((f) => /\.(txt|md)$/.test(f))
  .map((f) => readFileSync(new URL(f, dir), "utf8"));
const count = Number(process.argv[2] ?? 600);

let seed = 42;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
// A report of 10–50 KB: the fixture's body sections repeated, every number changed.
function variant(text) {
  const lines = text.split("\n");
  const bodyStart = lines.findIndex((l) => /^(?:\*\*)?(?:I\.?\s|KẾT QUẢ|Phần)/u.test(l));
  const footerStart = lines.findIndex((l) => /^Trên đây/u.test(l));
  const head = lines.slice(0, Math.max(bodyStart, 0));
  const body = lines.slice(Math.max(bodyStart, 0), footerStart > 0 ? footerStart : undefined);
  const foot = footerStart > 0 ? lines.slice(footerStart) : [];
  const repeats = 4 + Math.floor(rand() * 16);
  const out = [...head];
  for (let k = 0; k < repeats; k++) out.push(...body);
  out.push(...foot);
  return out.join("\n").replace(/\d+/g, (d) => String(Math.floor(rand() * 10 ** Math.min(d.length, 4))));
}

const corpus = Array.from({ length: count }, (_, i) => variant(sources[i % sources.length]));
const bytes = corpus.reduce((a, t) => a + Buffer.byteLength(t), 0);
for (const t of corpus.slice(0, 20)) extractText(t); // warm-up
const t0 = process.hrtime.bigint();
let figures = 0;
for (const t of corpus) figures += extractText(t).figures.length;
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const mb = bytes / 1e6;
console.log(
  `extract bench: ${count} reports, ${mb.toFixed(1)} MB (mean ${(bytes / count / 1024).toFixed(1)} KB), ${figures} figures`,
);
console.log(
  `  ${seconds.toFixed(2)} s on one core: ${(mb / seconds).toFixed(1)} MB/s, ${(count / seconds).toFixed(0)} reports/s`,
);
// Calibration: one regex pass over the same corpus, to compare machines (this figure is the ceiling of any
// regex-based reader on the machine that runs the bench).
const c0 = process.hrtime.bigint();
let digits = 0;
for (const t of corpus) for (const _ of t.matchAll(/\d[\d.,]*/g)) digits++;
const cs = Number(process.hrtime.bigint() - c0) / 1e9;
console.log(`  calibration: one regex pass over the corpus runs at ${(mb / cs).toFixed(1)} MB/s (${digits} numbers)`);
