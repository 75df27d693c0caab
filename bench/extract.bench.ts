// Extraction throughput on one core: a corpus scaled up from src/extract/fixtures (numbers varied per copy,
// bodies repeated to real report sizes of 10–50 KB). Also the checks on the same corpus. Size: BENCH_REPORTS.
import { readdirSync, readFileSync } from "node:fs";
import { checkReport } from "../src/check/check-report.js";
import { extractText } from "../src/extract/index.js";

const FIXTURES = new URL("../../src/extract/fixtures/", import.meta.url);

function makeRandom(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** A report of 10–50 KB: the fixture's body repeated, every number changed. */
function variant(text: string, rand: () => number): string {
  const lines = text.split("\n");
  const bodyStart = Math.max(
    lines.findIndex((l) => /^(?:\*\*)?(?:I\.?\s|KẾT QUẢ|Phần)/u.test(l)),
    0,
  );
  const footerStart = lines.findIndex((l) => /^Trên đây/u.test(l));
  const body = lines.slice(bodyStart, footerStart > 0 ? footerStart : undefined);
  const out = [...lines.slice(0, bodyStart)];
  const repeats = 4 + Math.floor(rand() * 16);
  for (let k = 0; k < repeats; k++) out.push(...body);
  if (footerStart > 0) out.push(...lines.slice(footerStart));
  return out.join("\n").replace(/\d+/g, (d) => String(Math.floor(rand() * 10 ** Math.min(d.length, 4))));
}

export async function run(): Promise<string> {
  const count = Number(process.env.BENCH_REPORTS ?? 400);
  const rand = makeRandom(42);
  const sources = readdirSync(FIXTURES)
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => readFileSync(new URL(f, FIXTURES), "utf8"));
  const corpus = Array.from({ length: count }, (_, i) => variant(sources[i % sources.length]!, rand));
  const mb = corpus.reduce((a, t) => a + Buffer.byteLength(t), 0) / 1e6;
  for (const t of corpus.slice(0, 20)) extractText(t); // warm-up

  const t0 = process.hrtime.bigint();
  const reports = corpus.map((t) => extractText(t));
  const extractSeconds = Number(process.hrtime.bigint() - t0) / 1e9;

  const c0 = process.hrtime.bigint();
  let findings = 0;
  corpus.forEach((t, i) => {
    findings += checkReport({ lines: t.split("\n"), report: reports[i]! }).length;
  });
  const checkSeconds = Number(process.hrtime.bigint() - c0) / 1e9;

  // Calibration: one regex pass over the same text, to compare machines and load.
  const r0 = process.hrtime.bigint();
  let numbers = 0;
  for (const t of corpus) for (const _ of t.matchAll(/\d[\d.,]*/g)) numbers++;
  const regexSeconds = Number(process.hrtime.bigint() - r0) / 1e9;

  const figures = reports.reduce((a, r) => a + r.figures.length, 0);
  return [
    `| corpus | ${count} reports, ${mb.toFixed(1)} MB, ${figures} figures, ${findings} findings |`,
    "|---|---|",
    `| extraction | ${(mb / extractSeconds).toFixed(1)} MB/s, ${(count / extractSeconds).toFixed(0)} reports/s |`,
    `| checks (no spelling dictionary) | ${(mb / checkSeconds).toFixed(1)} MB/s, ${(count / checkSeconds).toFixed(0)} reports/s |`,
    `| calibration: one regex pass (${numbers} numbers) | ${(mb / regexSeconds).toFixed(0)} MB/s |`,
  ].join("\n");
}
