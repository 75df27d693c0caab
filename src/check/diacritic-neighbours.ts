import { LEGITIMATE_NEIGHBOURS, SECTOR_COMPOUNDS } from "./sector-compounds.js";

const TONE_MARKS = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);
const VOWEL_MARKS = new Set(["\u0302", "\u0306", "\u031b"]);

interface Syllable {
  /** Letters without any mark, đ as d: "tuyền" → "tuyen". */
  skeleton: string;
  tone: string;
  /** Vowel marks per letter position, and whether the d is crossed. */
  marks: string[];
}

// Reports repeat the same syllables thousands of times; analysing each once keeps the check linear in practice.
const analysed = new Map<string, Syllable>();
const MAX_ANALYSED = 50_000;

function analyse(syllable: string): Syllable {
  const hit = analysed.get(syllable);
  if (hit) return hit;
  if (analysed.size >= MAX_ANALYSED) analysed.clear();
  const result = analyseUncached(syllable);
  analysed.set(syllable, result);
  return result;
}

function analyseUncached(syllable: string): Syllable {
  const letters: string[] = [];
  const marks: string[] = [];
  let tone = "";
  for (const ch of syllable.toLowerCase().normalize("NFD")) {
    if (TONE_MARKS.has(ch)) tone = ch;
    else if (VOWEL_MARKS.has(ch)) marks[letters.length - 1] = `${marks[letters.length - 1] ?? ""}${ch}`;
    else if (ch === "đ") {
      letters.push("d");
      marks[letters.length - 1] = "đ";
    } else letters.push(ch);
  }
  return { skeleton: letters.join(""), tone, marks: letters.map((_, i) => marks[i] ?? "") };
}

/** Number of diacritics (tone, vowel marks, crossed d) two syllables of the same skeleton differ by. */
function diacriticDistance(a: Syllable, b: Syllable): number {
  if (a.skeleton !== b.skeleton) return Number.POSITIVE_INFINITY;
  let d = a.tone === b.tone ? 0 : 1;
  for (let i = 0; i < a.marks.length; i++) if (a.marks[i] !== b.marks[i]) d++;
  return d;
}

function hasDiacritic(s: Syllable): boolean {
  return s.tone !== "" || s.marks.some((m) => m !== "");
}

/** Canonical form, the same for "hóa" and "hoá" (the tone's position is a matter of style). */
function canonical(s: Syllable): string {
  return `${s.skeleton}|${s.tone}|${s.marks.join(",")}`;
}

const compounds = SECTOR_COMPOUNDS.map((w) => w.split(" ").map(analyse) as [Syllable, Syllable]);
const known = new Set(compounds.map(([a, b]) => `${canonical(a)} ${canonical(b)}`));
const allowed = new Set(
  LEGITIMATE_NEIGHBOURS.map((w) =>
    w
      .split(" ")
      .map((x) => canonical(analyse(x)))
      .join(" "),
  ),
);
const bySkeleton = new Map<string, { words: [Syllable, Syllable]; text: string }[]>();
SECTOR_COMPOUNDS.forEach((text, i) => {
  const words = compounds[i]!;
  const key = `${words[0].skeleton} ${words[1].skeleton}`;
  bySkeleton.set(key, [...(bySkeleton.get(key) ?? []), { words, text }]);
});

function isKnown(first: string | undefined, second: string | undefined): boolean {
  return (
    first !== undefined &&
    second !== undefined &&
    known.has(`${canonical(analyse(first))} ${canonical(analyse(second))}`)
  );
}

/** True when the pair has the letters of a sector compound, the only pairs that can be one of its typos. */
export function hasCompoundSkeleton(first: string, second: string): boolean {
  return bySkeleton.has(`${analyse(first).skeleton} ${analyse(second).skeleton}`);
}

/**
 * The sector compound a two-syllable pair is a one-diacritic typo of ("tuyền truyền" → "tuyên truyền"), or null.
 * A pair whose syllables belong to known compounds on either side ("công văn hỏa tốc") straddles two words.
 */
export function compoundMisspeltAs(first: string, second: string, before?: string, after?: string): string | null {
  const a = analyse(first);
  const b = analyse(second);
  // Without a compound of the same letters there is no candidate below: skip the costlier checks.
  if (!bySkeleton.has(`${a.skeleton} ${b.skeleton}`)) return null;
  const key = `${canonical(a)} ${canonical(b)}`;
  if (known.has(key) || allowed.has(key)) return null;
  // Text typed without any diacritics ("co quan") is a different problem from one wrong mark.
  if (!hasDiacritic(a) && !hasDiacritic(b)) return null;
  if (isKnown(before, first) || isKnown(second, after)) return null;
  for (const candidate of bySkeleton.get(`${a.skeleton} ${b.skeleton}`) ?? []) {
    const [x, y] = candidate.words;
    const d1 = diacriticDistance(a, x);
    const d2 = diacriticDistance(b, y);
    if (d1 + d2 === 1) return candidate.text;
  }
  return null;
}
