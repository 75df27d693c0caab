import { stripDiacritics } from "../domain/vn-text.js";

/** What a section holds, from its heading: the plan for the next period, difficulties, recommendations. */
export type SectionKind = "tasks" | "difficulties" | "recommendations" | "notes" | "other";

let table: Uint16Array | null = null;
const decoder = new TextDecoder("utf-16le");
let buffer = new Uint16Array(1024);

// One folded UTF-16 unit per unit of the BMP's Latin part, built once: a table lookup is ten times faster than
// normalising every line to NFD and back.
function foldTable(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(0x2000);
  for (let c = 0; c < 0x2000; c++) {
    const ch = String.fromCharCode(c);
    const base = stripDiacritics(ch).toLowerCase();
    const lower = ch.toLowerCase();
    table[c] = base.length === 1 ? base.charCodeAt(0) : lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  return table;
}

/** Lower-cased, diacritics removed, same length as the NFC input (so indexes carry over). */
export function fold(text: string): string {
  const t = foldTable();
  if (buffer.length < text.length) buffer = new Uint16Array(Math.max(text.length, buffer.length * 2));
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    buffer[i] = c < 0x2000 ? t[c]! : c;
  }
  return decoder.decode(buffer.subarray(0, text.length));
}

const RESULTS = /\b(?:ket qua|tinh hinh|danh gia|da thuc hien|da dat|thuc hien nhiem vu|so ket|tong ket)\b/;
const TASKS =
  /^(?:(?:mot so |cac |nhung )?(?:nhiem vu|phuong huong|ke hoach|giai phap|dinh huong|chuong trinh cong tac|trong tam|muc tieu|du kien|cong tac trong tam)\b)|\b(?:phuong huong|nhiem vu (?:trong tam|cong tac|chu yeu|tiep theo|thoi gian toi|ke hoach|va giai phap|\S+ (?:nam|thang|quy))|ke hoach (?:cong tac|thang|quy|nam|\d)|giai phap (?:thuc hien|trong tam|chu yeu))/;
const DIFFICULTIES = /\b(?:ton tai|han che|kho khan|vuong mac|bat cap|yeu kem)\b/;
const RECOMMENDATIONS = /\b(?:de xuat|kien nghi|de nghi)\b/;

const kindCache = new Map<string, SectionKind>();

/** Classifies a heading title; "notes" holds both difficulties and recommendations. */
export function sectionKindOf(title: string): SectionKind {
  let kind = kindCache.get(title);
  if (kind === undefined) {
    if (kindCache.size > 2000) kindCache.clear();
    kind = classifyTitle(title);
    kindCache.set(title, kind);
  }
  return kind;
}

function classifyTitle(title: string): SectionKind {
  const t = fold(title)
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  const difficulties = DIFFICULTIES.test(t);
  const recommendations = RECOMMENDATIONS.test(t);
  if (difficulties && recommendations) return "notes";
  if (recommendations) return "recommendations";
  if (difficulties) return "difficulties";
  if (TASKS.test(t) && !RESULTS.test(t.replace(/\bke hoach\b.*$/, ""))) return "tasks";
  if (/\b(?:phuong huong|nhiem vu)\b/.test(t) && !RESULTS.test(t)) return "tasks";
  return "other";
}
