import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Finding } from "../domain/report.js";
import { checkReport, emptyExtractedReport } from "./check-report.js";
import { loadVietnameseDictionary } from "./load-vietnamese-dictionary.js";

const corpus = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared/corpus");
const gold = join(corpus, "gold");
const present = existsSync(gold);
if (!present) console.warn(`corpus.test: ${corpus} is absent, the corpus measurement is skipped`);

interface GoldFinding {
  kind: string;
  quote: string;
}

// The scorer's matching rule (shared/tools/score-extract.mjs): same kind, and word overlap of the quotes ≥ 0.3 or a
// shared number of three or more characters.
const words = (s: string) =>
  new Set(
    s
      .normalize("NFC")
      .replace(/\*\*|__|[#*`]/g, "")
      .toLowerCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d")
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
function jaccard(a: string, b: string): number {
  const A = words(a);
  const B = words(b);
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return A.size + B.size - n === 0 ? 1 : n / (A.size + B.size - n);
}
const numbers = (s: string) => new Set((s.match(/\d[\d.,]*\d|\d/g) ?? []).filter((x) => x.length >= 3));
function same(g: GoldFinding, p: Finding): boolean {
  if (g.kind !== p.kind) return false;
  if (jaccard(g.quote, p.quote) >= 0.3) return true;
  const mine = numbers(`${p.quote} ${p.message}`);
  return [...numbers(g.quote)].some((x) => mine.has(x));
}

describe.skipIf(!present)("findings on the shared corpus (scorer's matching rule)", () => {
  it("reaches F1 ≥ 0.80 on the findings column, reported per kind", async () => {
    const dictionary = await loadVietnameseDictionary();
    const perKind = new Map<string, { gold: number; pred: number; hit: number }>();
    const count = (kind: string) => perKind.get(kind) ?? { gold: 0, pred: 0, hit: 0 };
    for (const name of readdirSync(gold).filter((f) => f.endsWith(".json"))) {
      const source = join(corpus, name.replace(/\.json$/, ".txt"));
      if (!existsSync(source)) continue;
      const expected = (JSON.parse(readFileSync(join(gold, name), "utf8")) as { findings: GoldFinding[] }).findings;
      const lines = readFileSync(source, "utf8").split(/\r?\n/);
      const found = checkReport({ lines, report: emptyExtractedReport(), dictionary });
      const used = new Set<number>();
      for (const g of expected) {
        const c = count(g.kind);
        c.gold++;
        const i = found.findIndex((p, k) => !used.has(k) && same(g, p));
        if (i >= 0) {
          used.add(i);
          c.hit++;
        }
        perKind.set(g.kind, c);
      }
      for (const p of found) {
        const c = count(p.kind);
        c.pred++;
        perKind.set(p.kind, c);
      }
    }
    const total = { gold: 0, pred: 0, hit: 0 };
    const rows: string[] = [];
    for (const [kind, c] of [...perKind].sort()) {
      rows.push(`${kind.padEnd(15)} gold ${c.gold}  found ${c.pred}  matched ${c.hit}`);
      if (kind === "spelling") continue;
      total.gold += c.gold;
      total.pred += c.pred;
      total.hit += c.hit;
    }
    const precision = total.pred ? total.hit / total.pred : 1;
    const recall = total.gold ? total.hit / total.gold : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    console.info(
      `${rows.join("\n")}\nfindings (without spelling): P ${precision.toFixed(2)} R ${recall.toFixed(2)} F1 ${f1.toFixed(2)}`,
    );
    expect(f1).toBeGreaterThanOrEqual(0.8);
  });
});
