import type { ExtractedHeading } from "../domain/report.js";
import { type LineMarker, readMarker, romanValue } from "./line-marker.js";
import { type SectionKind, sectionKindOf } from "./section-kind.js";
import type { SourceLine } from "./source-line.js";
import { isAllCaps } from "./text-lines.js";

/** A heading found in the body, with the line index it came from and the kind of section it opens. */
export interface BodyHeading extends ExtractedHeading {
  index: number;
  /** Last line index the heading covers ("Phần thứ nhất" + its title line take two). */
  lastIndex: number;
  /** Own kind or the nearest enclosing kind that is not "other". */
  sectionKind: SectionKind;
}

// Outline kinds from the top of a document down; a document's levels are the ranks of the kinds it uses.
const RANK = ["part", "upper", "caps", "roman", "arabic1", "arabic2", "arabic3", "arabic4", "letter"] as const;
type RankKey = (typeof RANK)[number];

interface Candidate {
  index: number;
  lastIndex?: number;
  number: string | null;
  title: string;
  key: RankKey | "label";
}

const PART_ALONE = /^((?:Phần|PHẦN)\s+(?:thứ|THỨ)\s+\p{L}+|(?:Phần|PHẦN)\s+(?:[IVXLC]{1,5}|\d{1,2}|[A-Z]))\s*[.:]?$/u;
const TABLE_ROW = /\S(?:\t| {3,})[\d.,%]+(?:\s|$)/;
const TASK_LIKE: ReadonlySet<SectionKind> = new Set(["tasks", "difficulties", "recommendations", "notes"]);

/** Finds the headings of the body lines [start, end) and gives each its level and section kind. */
export function findHeadings(lines: readonly SourceLine[], start: number, end: number): BodyHeading[] {
  const found: Candidate[] = [];
  const lastNumber = new Map<string, number>();
  let context: SectionKind = "other";
  const stack: { key: RankKey | "label"; kind: SectionKind }[] = [];
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    const marker = readMarker(line.text);
    const prevIsHeading = found.length > 0 && found[found.length - 1]!.index === i - 1;
    // "Phần thứ nhất" alone on its line names the part; its title is the next line.
    const part = PART_ALONE.exec(line.text);
    if (part && i + 1 < end && lines[i + 1]!.text.length <= 200) {
      found.push({
        index: i,
        lastIndex: i + 1,
        number: part[1]!.replace(/\s+/g, " "),
        title: lines[i + 1]!.text,
        key: "part",
      });
      stack.length = 0;
      stack.push({ key: "part", kind: sectionKindOf(lines[i + 1]!.text) });
      context = stack[0]!.kind;
      lastNumber.clear();
      i++;
      continue;
    }
    const candidate = classify(lines, i, end, marker, context, lastNumber, prevIsHeading);
    if (!candidate) continue;
    found.push(candidate);
    if (candidate.key !== "label" && candidate.number !== null) {
      const key = `${candidate.key}`;
      lastNumber.set(key, numericValue(candidate));
      // A new parent restarts the numbering of the kinds below it.
      for (const k of RANK.slice(RANK.indexOf(candidate.key) + 1)) lastNumber.delete(k);
    }
    while (stack.length && rankOf(stack[stack.length - 1]!.key) >= rankOf(candidate.key) && candidate.key !== "label")
      stack.pop();
    if (candidate.key === "label") {
      while (stack.length && stack[stack.length - 1]!.key === "label") stack.pop();
    }
    stack.push({ key: candidate.key, kind: sectionKindOf(candidate.title) });
    context = "other";
    for (let s = stack.length - 1; s >= 0; s--) {
      if (stack[s]!.kind !== "other") {
        context = stack[s]!.kind;
        break;
      }
    }
  }
  return assignLevels(lines, found);
}

function rankOf(key: RankKey | "label"): number {
  return key === "label" ? RANK.length : RANK.indexOf(key);
}

function numericValue(c: Candidate): number {
  if (c.key === "roman") return romanValue(c.number ?? "");
  const last = c.number?.split(".").pop() ?? "";
  if (/^\d+$/.test(last)) return Number(last);
  return last.length === 1 ? last.charCodeAt(0) - 96 : 0;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function classify(
  lines: readonly SourceLine[],
  i: number,
  end: number,
  marker: LineMarker | null,
  context: SectionKind,
  lastNumber: Map<string, number>,
  prevIsHeading: boolean,
): Candidate | null {
  const line = lines[i]!;
  const emphasised = line.headingLevel > 0 || line.bold;
  // Table rows (Markdown pipes, tab or wide-space columns) are data, not outline.
  if (line.text.startsWith("|") || TABLE_ROW.test(line.text)) return null;
  // Fast path: an unmarked, unemphasised line ending a sentence is prose.
  if (!emphasised && (!marker || marker.kind === "bullet") && /[.;,]$/.test(line.text)) return null;
  if (marker && marker.kind !== "bullet") {
    const title = marker.rest;
    if (!title || title.length > 250) return null;
    const key: RankKey =
      marker.kind === "arabic" ? (`arabic${Math.min(marker.depth, 4)}` as RankKey) : (marker.kind as RankKey);
    const number = marker.number;
    if (!marker.punctuated && !emphasised && !followsSequence(key, number, lastNumber)) return null;
    if (emphasised) return { index: i, number, title, key };
    if (/:\s+\S/.test(title) && !isAllCaps(title)) return null;
    const endsSentence = /[.;,]$/.test(title) && !/\.\/\.$/.test(title);
    if (marker.kind === "part" || marker.kind === "upper") {
      return title.length <= 200 && (!endsSentence || isAllCaps(title)) ? { index: i, number, title, key } : null;
    }
    if (marker.kind === "roman") {
      return title.length <= 200 && (!endsSentence || isAllCaps(title)) ? { index: i, number, title, key } : null;
    }
    const short = title.length <= 150 && wordCount(title) <= 25 && !endsSentence;
    if (!short) return null;
    if (TASK_LIKE.has(context) && (marker.kind === "letter" || marker.depth === 1)) {
      return title.endsWith(":") || introducesList(lines, i, end) ? { index: i, number, title, key } : null;
    }
    return { index: i, number, title, key };
  }
  const text = marker?.kind === "bullet" ? marker.rest : line.text;
  const words = wordCount(text);
  if (!text || /^\d/.test(text)) return null;
  const hasNext = i + 1 < end && !readMarkerIsHeadingLike(lines[i + 1]!);
  if (
    emphasised &&
    !marker &&
    text.length <= 200 &&
    !/[.;,]$/.test(text) &&
    (!/:\s+\S/.test(text) || isAllCaps(text))
  ) {
    return { index: i, number: null, title: text, key: isAllCaps(text) && words >= 2 ? "caps" : "label" };
  }
  if (!marker && isAllCaps(text) && words >= 2 && words <= 20 && !/[.;]$/.test(text)) {
    return { index: i, number: null, title: text, key: "caps" };
  }
  if (!hasNext || !/^[\p{Lu}"“]/u.test(text)) return null;
  if (marker?.kind === "bullet") {
    const soft = marker.bullet !== "-" && marker.bullet !== "–";
    if (text.endsWith(":") && words <= (soft ? 15 : 10) && (soft || line.italic || isBulletLine(lines[i + 1]!)))
      return { index: i, number: null, title: text, key: "label" };
    return null;
  }
  if (text.endsWith(":") && words <= 10 && !/:\s/.test(text))
    return { index: i, number: null, title: text, key: "label" };
  if (line.italic && words <= 15 && !/[.;,]$/.test(text)) return { index: i, number: null, title: text, key: "label" };
  const prev = lines[i - 1];
  const startsBlock =
    !prev || prevIsHeading || /[.;:!?]$|\.\/\.$/.test(prev.text) || prev.headingLevel > 0 || prev.bold;
  if (words <= 8 && !/[.;:,!?…]$/.test(text) && startsBlock && !/\d/.test(text) && isContentLine(lines[i + 1]!)) {
    return { index: i, number: null, title: text, key: "label" };
  }
  return null;
}

function followsSequence(key: RankKey, number: string | null, lastNumber: Map<string, number>): boolean {
  if (number === null) return false;
  const last = number.split(".").pop() ?? "";
  const value = key === "roman" ? romanValue(number) : /^\d+$/.test(last) ? Number(last) : 0;
  const prev = lastNumber.get(key);
  return prev === undefined ? value === 1 : value === prev + 1;
}

function isBulletLine(line: SourceLine): boolean {
  return readMarker(line.text)?.kind === "bullet";
}

function readMarkerIsHeadingLike(line: SourceLine): boolean {
  const m = readMarker(line.text);
  return (m !== null && (m.kind === "roman" || m.kind === "part" || m.kind === "upper")) || line.headingLevel > 0;
}

function isContentLine(line: SourceLine): boolean {
  return line.text.length > 40 || isBulletLine(line);
}

function introducesList(lines: readonly SourceLine[], i: number, end: number): boolean {
  if (i + 1 >= end) return false;
  const next = readMarker(lines[i + 1]!.text);
  // "1. Lĩnh vực bưu chính" over a plain paragraph names a group of tasks.
  if (!next) return wordCount(readMarker(lines[i]!.text)?.rest ?? "") <= 10 && lines[i + 1]!.text.length > 40;
  if (next.kind === "bullet" || next.kind === "letter") return true;
  const own = readMarker(lines[i]!.text);
  return next.kind === "arabic" && own !== null && next.depth > own.depth;
}

function assignLevels(lines: readonly SourceLine[], found: Candidate[]): BodyHeading[] {
  const present = RANK.filter((k) => found.some((c) => c.key === k));
  const out: BodyHeading[] = [];
  let lastLevel = 0;
  const kinds: SectionKind[] = [];
  for (const c of found) {
    const level = c.key === "label" ? lastLevel + 1 : present.indexOf(c.key) + 1;
    if (c.key !== "label") lastLevel = level;
    kinds.length = level;
    kinds[level - 1] = sectionKindOf(c.title);
    let sectionKind: SectionKind = "other";
    for (let l = level - 1; l >= 0; l--) {
      const k = kinds[l];
      if (k && k !== "other") {
        sectionKind = k;
        break;
      }
    }
    out.push({
      number: c.number,
      title: c.title,
      level,
      line: lines[c.index]!.no,
      index: c.index,
      lastIndex: c.lastIndex ?? c.index,
      sectionKind,
    });
  }
  return out;
}
