import { DOC_TYPE_ABBREVIATIONS } from "../domain/citation.js";
import { readMarker } from "./line-marker.js";
import { fold } from "./section-kind.js";
import type { SourceLine } from "./source-line.js";
import { isAllCaps } from "./text-lines.js";

/** What the header block of a report says (Decree 30 layout), and where the body starts. */
export interface ReportHeader {
  docType: string | null;
  number: string | null;
  title: string | null;
  place: string | null;
  issueYear: number | null;
  issueMonth: number | null;
  issueDay: number | null;
  agency: string | null;
  parentAgency: string | null;
  addressees: string[];
  /** Index of the first body line. */
  bodyStart: number;
}

const TYPE_BY_FOLDED = new Map(Object.entries(DOC_TYPE_ABBREVIATIONS).map(([word, abbr]) => [fold(word), abbr]));
const PLACE_DATE =
  /((?:TP\.\s?)?\p{Lu}[\p{L}.]*(?:[ -]\p{Lu}[\p{L}.]*){0,4})\s*,\s*ngày\s*([\d.…_ ]{0,12}?)\s*tháng\s*([\d.…_ ]{0,6}?)\s*năm\s*(\d{4})/u;
const NUMBER = /^(?:Số|SỐ|số)\s*[:.]?\s*([^\s].*)$/u;
const HEADER_SCAN = 40;

/** Reads number, place and date, type and title, agency and addressees from the top of the report. */
export function readHeader(lines: readonly SourceLine[]): ReportHeader {
  const h: ReportHeader = {
    docType: null,
    number: null,
    title: null,
    place: null,
    issueYear: null,
    issueMonth: null,
    issueDay: null,
    agency: null,
    parentAgency: null,
    addressees: [],
    bodyStart: 0,
  };
  let last = -1;
  const limit = Math.min(lines.length, HEADER_SCAN);
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    if (isBodyStart(line)) break;
    // After the title only the lines right below it can still belong to the header.
    const inHeader = h.docType === null || i <= last + 2;
    for (const cell of line.text.split(/\t|\s{3,}/)) {
      const text = cell.trim();
      if (!text) continue;
      const date = PLACE_DATE.exec(text);
      if (date && h.issueYear === null && inHeader) {
        h.place = date[1]!.trim();
        h.issueDay = dayOrMonth(date[2]!, 31);
        h.issueMonth = dayOrMonth(date[3]!, 12);
        h.issueYear = Number(date[4]);
        last = Math.max(last, i);
        const before = text.slice(0, date.index).trim();
        if (!before) continue;
      }
      const num = NUMBER.exec(text);
      if (num && h.number === null && inHeader && /^\d*\s*\/\s*\p{L}|^\d+\s*$/u.test(num[1]!)) {
        const raw = num[1]!
          .split(/\s*,\s*ngày|\s{2,}/u)[0]!
          .replace(/\s+/g, "")
          .replace(/[.;,]$/, "");
        h.number = raw || null;
        last = Math.max(last, i);
        continue;
      }
      if (/^(?:CỘNG HÒA|CỘNG HOÀ|Độc lập|ĐỘC LẬP)/u.test(text)) {
        last = Math.max(last, i);
        continue;
      }
      if (h.docType === null && i < 30) {
        const type = docTypeOf(text);
        if (type) {
          h.docType = type.abbr;
          last = Math.max(last, i);
          const titleLines: string[] = type.rest ? [type.rest] : [];
          let j = i + 1;
          for (; j < limit && titleLines.length < 4; j++) {
            const next = lines[j]!.text;
            if (!isTitleLine(next, titleLines.length)) break;
            titleLines.push(next.replace(/^V\/v:?\s*/u, ""));
          }
          h.title = titleLines.join(" ").replace(/\s+/g, " ").replace(/[:.]$/, "").trim() || null;
          last = Math.max(last, j - 1);
          i = j - 1;
          break;
        }
      }
      if (h.docType === null && isAllCaps(text) && text.length < 120) {
        if (/^(?:UBND|ỦY BAN|UỶ BAN|BỘ |TỈNH ỦY|BAN )/u.test(text) && h.parentAgency === null) h.parentAgency = text;
        else if (/^(?:SỞ|PHÒNG|TRUNG TÂM|VĂN PHÒNG|CỤC|VỤ)/u.test(text) && h.agency === null) h.agency = text;
        last = Math.max(last, i);
      }
    }
    const greeting = /^Kính gửi\s*:?\s*(.*)$/iu.exec(line.text);
    if (greeting) {
      if (greeting[1]) h.addressees.push(cleanAddressee(greeting[1]));
      let j = i + 1;
      for (; j < limit && /^[-+•]\s*/.test(lines[j]!.text) && lines[j]!.text.length < 150; j++)
        h.addressees.push(cleanAddressee(lines[j]!.text.replace(/^[-+•]\s*/, "")));
      last = j - 1;
      break;
    }
  }
  if (h.docType === null && h.title === null) {
    const first = lines[0];
    if (first && last < 0 && first.text.length <= 200 && !/[.;:]$/.test(first.text) && !readMarker(first.text)) {
      h.title = first.text;
      last = 0;
    }
  }
  h.bodyStart = last + 1;
  return h;
}

function isBodyStart(line: SourceLine): boolean {
  const m = readMarker(line.text);
  return (m !== null && (m.kind === "roman" || m.kind === "part" || m.kind === "upper")) || line.text.length > 250;
}

function docTypeOf(text: string): { abbr: string; rest: string } | null {
  const folded = fold(text)
    .replace(/[*#:]+/g, " ")
    .trim();
  for (const [word, abbr] of TYPE_BY_FOLDED) {
    if (folded === word) return { abbr, rest: "" };
    // "BÁO CÁO KẾT QUẢ ..." on one line: the type word in capitals then the title.
    if (folded.startsWith(`${word} `) && isAllCaps(text.slice(0, word.length))) {
      return { abbr, rest: text.slice(word.length).replace(/^[\s:]+/, "") };
    }
  }
  return null;
}

function isTitleLine(text: string, taken: number): boolean {
  if (!text || text.length > 250 || /^Kính gửi/iu.test(text) || /^(?:Căn cứ|Thực hiện)\b/u.test(text)) return false;
  if (/^[-_=*]{3,}$/.test(text)) return false;
  const m = readMarker(text);
  if (m && m.kind !== "bullet") return false;
  if (taken === 0) return true;
  return /^[\p{Ll}(]/u.test(text) || /^(?:và|V\/v)\b/u.test(text) || isAllCaps(text);
}

function dayOrMonth(raw: string, max: number): number | null {
  const digits = raw.replace(/\D/g, "");
  const n = digits ? Number(digits) : Number.NaN;
  return n >= 1 && n <= max ? n : null;
}

function cleanAddressee(text: string): string {
  return text.replace(/[;,]\s*$/, "").trim();
}
