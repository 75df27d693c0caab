import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractText } from "./index.js";

const corpus = join(process.cwd(), "..", "shared", "corpus");
const gold = join(corpus, "gold");
const present = existsSync(gold);
if (!present) console.warn(`corpus tests skipped: ${gold} not found`);

interface Gold {
  headings: { number: string | null }[];
  references: { code: string }[];
  tasks: unknown[];
  meta: { period: unknown; province: string | null };
}

describe.skipIf(!present)("shared corpus (../shared/corpus)", () => {
  const names = present ? readdirSync(gold).map((f) => f.replace(/\.json$/, "")) : [];
  it.each(names)("%s: references, outline numbers, tasks, period and province match the annotation", (name) => {
    const expected = JSON.parse(readFileSync(join(gold, `${name}.json`), "utf8")) as Gold;
    const r = extractText(readFileSync(join(corpus, `${name}.txt`), "utf8"));
    expect(r.references.map((x) => x.code)).toEqual(expected.references.map((x) => x.code));
    expect(r.headings.map((h) => h.number)).toEqual(expected.headings.map((h) => h.number));
    expect(r.tasks).toHaveLength(expected.tasks.length);
    expect(r.meta.period).toEqual(expected.meta.period);
    expect(r.meta.province).toBe(expected.meta.province);
  });
});
