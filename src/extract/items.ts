import type { ExtractedItem } from "../domain/report.js";
import type { BodyHeading } from "./headings.js";
import { readMarker } from "./line-marker.js";
import { fold } from "./section-kind.js";
import type { SourceLine } from "./source-line.js";

/** Planned tasks, difficulties and recommendations of a report, each an item with its line. */
export interface ReportItems {
  tasks: ExtractedItem[];
  difficulties: ExtractedItem[];
  recommendations: ExtractedItem[];
}

type ItemKind = keyof ReportItems;

const INLINE_INTRO: { kind: ItemKind; re: RegExp }[] = [
  {
    kind: "tasks",
    re: /(?:nhiem vu|phuong huong|giai phap|cong viec|noi dung)(?:[^:.;]{0,80}?)(?:nhu sau|sau day|sau|trong tam|chu yeu|cu the)\s*:/g,
  },
  {
    kind: "difficulties",
    re: /(?:kho khan|han che|ton tai|vuong mac)(?:[^:.;]{0,60}?)(?:nhu sau|sau day|sau|cu the)?\s*:/g,
  },
  {
    kind: "recommendations",
    re: /(?:kien nghi|de xuat|de nghi)(?:[^:.;]{0,60}?)(?:nhu sau|sau day|sau|cu the|mot so noi dung)\s*:/g,
  },
];
const DONE = /\b(?:ket qua|da thuc hien|da trien khai|da hoan thanh|da dat)\b/;

/** Collects the items of task, difficulty and recommendation sections of the body [start, end). */
export function findItems(
  lines: readonly SourceLine[],
  start: number,
  end: number,
  headings: readonly BodyHeading[],
): ReportItems {
  const items: ReportItems = { tasks: [], difficulties: [], recommendations: [] };
  const headingAt = new Map(headings.map((h) => [h.index, h]));
  const covered = new Set(headings.flatMap((h) => (h.lastIndex > h.index ? [h.lastIndex] : [])));
  let section: BodyHeading | null = null;
  let inlineKind: ItemKind | null = null;
  for (let i = start; i < end; i++) {
    const heading = headingAt.get(i);
    if (heading) {
      section = heading;
      inlineKind = null;
      continue;
    }
    if (covered.has(i)) continue;
    const line = lines[i]!;
    const kind = section ? kindOfSection(section) : null;
    const marker = readMarker(line.text);
    if (kind) {
      addLine(items, kind, line, marker);
      continue;
    }
    // Outside a plan section: a paragraph that announces a list ("... một số nhiệm vụ như sau: a; b; c").
    if (inlineKind && marker) {
      addLine(items, inlineKind, line, marker);
      continue;
    }
    inlineKind = null;
    const intro = findIntro(line.text);
    if (intro) {
      const rest = line.text.slice(intro.end).trim();
      if (rest) for (const t of splitList(rest)) push(items[intro.kind], t, line.no);
      else inlineKind = intro.kind;
    }
  }
  return items;
}

function kindOfSection(h: BodyHeading): ItemKind | "notes" | null {
  switch (h.sectionKind) {
    case "tasks":
    case "difficulties":
    case "recommendations":
    case "notes":
      return h.sectionKind;
    default:
      return null;
  }
}

function addLine(
  items: ReportItems,
  kind: ItemKind | "notes",
  line: SourceLine,
  marker: ReturnType<typeof readMarker>,
): void {
  const text = marker ? marker.rest : line.text;
  if (!text) return;
  const target = (t: string): ExtractedItem[] => {
    if (kind !== "notes") return items[kind];
    return /^(?:de xuat|kien nghi|de nghi)/.test(fold(t)) ? items.recommendations : items.difficulties;
  };
  if (marker) {
    const number = marker.kind === "arabic" ? Number(marker.number) : Number.NaN;
    for (const t of splitRunIn(text, number)) push(target(t), t, line.no);
    return;
  }
  // An unnumbered paragraph: an introduction ("... như sau:") is not an item, a ";" list is split.
  if (/:\s*$/.test(text) && text.length < 300) return;
  if (/^(?:tren day|noi nhan)/.test(fold(text))) return;
  for (const t of splitList(text)) push(target(t), t, line.no);
}

/** "...CNTT.4. Tiếp tục ..." — a number run into the previous item starts the next one. */
function splitRunIn(text: string, number: number): string[] {
  if (!Number.isInteger(number)) return [text];
  const out: string[] = [];
  let rest = text;
  let expected = number + 1;
  for (let k = 0; k < 30; k++) {
    const re = new RegExp(`([.;])\\s*${expected}\\s*[.)]\\s+(?=\\p{Lu})`, "u");
    const m = re.exec(rest);
    if (!m) break;
    out.push(rest.slice(0, m.index + 1).trim());
    rest = rest.slice(m.index + m[0].length);
    expected++;
  }
  out.push(rest.trim());
  return out.filter(Boolean);
}

function splitList(text: string): string[] {
  return text
    .replace(/\s*\.\/\.\s*$/, "")
    .split(/;\s*/)
    .map((t) => t.replace(/^[-+•]\s*/, "").trim())
    .filter((t) => t.length > 2);
}

function findIntro(text: string): { kind: ItemKind; end: number } | null {
  if (!text.includes(":")) return null;
  const folded = fold(text);
  for (const { kind, re } of INLINE_INTRO) {
    re.lastIndex = 0;
    const m = re.exec(folded);
    if (!m) continue;
    const sentenceStart = Math.max(folded.lastIndexOf(".", m.index), 0);
    if (DONE.test(folded.slice(sentenceStart, m.index + m[0].length))) continue;
    return { kind, end: m.index + m[0].length };
  }
  return null;
}

function push(list: ExtractedItem[], text: string, line: number): void {
  const t = text
    .replace(/\s+/g, " ")
    .replace(/\s*\.\/\.\s*$/, ".")
    .trim();
  if (t.length > 2) list.push({ text: t, line });
}
