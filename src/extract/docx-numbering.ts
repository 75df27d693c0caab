/**
 * Word's automatic numbering, recomputed: mammoth keeps list levels but drops the "1.", "a)", "I." text that
 * Word draws from word/numbering.xml, and reports number it that way.
 */

interface LevelFormat {
  numFmt: string;
  lvlText: string;
  start: number;
}

/** The list definitions of word/numbering.xml. */
export interface NumberingDefinitions {
  abstractOf: Map<string, string>;
  levels: Map<string, Map<number, LevelFormat>>;
  startOverrides: Map<string, Map<number, number>>;
}

const attr = (xml: string, name: string): string | null => {
  const m = new RegExp(`${name}="([^"]*)"`).exec(xml);
  return m ? m[1]! : null;
};

/** Reads abstract numbering levels and the num → abstractNum map from numbering.xml. */
export function parseNumbering(xml: string | null | undefined): NumberingDefinitions {
  const defs: NumberingDefinitions = { abstractOf: new Map(), levels: new Map(), startOverrides: new Map() };
  if (!xml) return defs;
  for (const m of xml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = attr(m[1]!, "w:abstractNumId");
    if (id === null) continue;
    const levels = new Map<number, LevelFormat>();
    for (const l of m[2]!.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      const ilvl = Number(attr(l[1]!, "w:ilvl") ?? 0);
      const body = l[2]!;
      levels.set(ilvl, {
        numFmt: attr(/<w:numFmt\b[^>]*>/.exec(body)?.[0] ?? "", "w:val") ?? "decimal",
        lvlText: attr(/<w:lvlText\b[^>]*>/.exec(body)?.[0] ?? "", "w:val") ?? `%${ilvl + 1}.`,
        start: Number(attr(/<w:start\b[^>]*>/.exec(body)?.[0] ?? "", "w:val") ?? 1),
      });
    }
    defs.levels.set(id, levels);
  }
  for (const m of xml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const numId = attr(m[1]!, "w:numId");
    const abstractId = attr(/<w:abstractNumId\b[^>]*>/.exec(m[2]!)?.[0] ?? "", "w:val");
    if (numId === null || abstractId === null) continue;
    defs.abstractOf.set(numId, abstractId);
    const overrides = new Map<number, number>();
    for (const o of m[2]!.matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(/<w:startOverride\b[^>]*>/.exec(o[2]!)?.[0] ?? "", "w:val");
      if (start !== null) overrides.set(Number(attr(o[1]!, "w:ilvl") ?? 0), Number(start));
    }
    if (overrides.size) defs.startOverrides.set(numId, overrides);
  }
  return defs;
}

/** The (numId, ilvl) of every paragraph of document.xml in order; null for paragraphs outside a list. */
export function paragraphNumbering(documentXml: string): ({ numId: string; ilvl: number } | null)[] {
  const out: ({ numId: string; ilvl: number } | null)[] = [];
  for (const m of documentXml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const body = m[1] ?? "";
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(body);
    if (!numPr) {
      out.push(null);
      continue;
    }
    const numId = attr(/<w:numId\b[^>]*>/.exec(numPr[1]!)?.[0] ?? "", "w:val");
    const ilvl = Number(attr(/<w:ilvl\b[^>]*>/.exec(numPr[1]!)?.[0] ?? "", "w:val") ?? 0);
    out.push(numId && numId !== "0" ? { numId, ilvl } : null);
  }
  return out;
}

/** Counts list items as Word does and returns the label of each ("1.", "a)", "II."; "-" for bullets). */
export class NumberingCounter {
  private readonly counters = new Map<string, number[]>();
  private readonly seen = new Set<string>();

  constructor(private readonly defs: NumberingDefinitions) {}

  /** The label of the next item of list numId at level ilvl. */
  next(numId: string, ilvl: number): string {
    const abstractId = this.defs.abstractOf.get(numId) ?? numId;
    const levels = this.defs.levels.get(abstractId) ?? new Map<number, LevelFormat>();
    const counts = this.counters.get(abstractId) ?? [];
    if (!this.seen.has(numId)) {
      this.seen.add(numId);
      for (const [level, start] of this.defs.startOverrides.get(numId) ?? []) {
        counts[level] = start - 1;
        counts.length = level + 1;
      }
    }
    const format = levels.get(ilvl) ?? { numFmt: "decimal", lvlText: `%${ilvl + 1}.`, start: 1 };
    counts[ilvl] = (counts[ilvl] ?? format.start - 1) + 1;
    counts.length = ilvl + 1;
    this.counters.set(abstractId, counts);
    if (format.numFmt === "bullet" || format.numFmt === "none") return format.numFmt === "bullet" ? "-" : "";
    return format.lvlText.replace(/%(\d)/g, (_, k: string) => {
      const level = Number(k) - 1;
      const f = levels.get(level) ?? format;
      return formatNumber(counts[level] ?? f.start, f.numFmt);
    });
  }
}

function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case "upperRoman":
      return toRoman(n);
    case "lowerRoman":
      return toRoman(n).toLowerCase();
    case "upperLetter":
      return letter(n).toUpperCase();
    case "lowerLetter":
      return letter(n);
    case "decimalZero":
      return String(n).padStart(2, "0");
    default:
      return String(n);
  }
}

function letter(n: number): string {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  return letters[(n - 1) % 26]!.repeat(Math.floor((n - 1) / 26) + 1);
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}
