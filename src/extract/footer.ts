import type { SigningAuthority } from "../domain/report.js";
import { fold } from "./section-kind.js";
import type { SourceLine } from "./source-line.js";
import { isAllCaps } from "./text-lines.js";

/** The closing block: "Nơi nhận:" list and the signature (authority, title, name). */
export interface ReportFooter {
  /** Index of the first footer line ("Trên đây ...", "Nơi nhận:" or the signature), or lines.length. */
  start: number;
  recipients: string[];
  signerName: string | null;
  signerTitle: string | null;
  signingAuthority: SigningAuthority | null;
}

const AUTHORITY = /^(KT|TM|Q|TL|TUQ)\s*\.\s*(.*)$/u;
const TITLE_WORDS =
  /^(?:PHÓ |CHÁNH |QUYỀN )?(?:GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG|CHÁNH|BỘ TRƯỞNG|THỨ TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG|BÍ THƯ|THỦ TRƯỞNG|GIÁM ĐỐC SỞ|PHÓ)/u;
const NOT_NAME_START = new Set([
  "Sở",
  "Bộ",
  "Ban",
  "Phòng",
  "Văn",
  "Trung",
  "Ủy",
  "Uỷ",
  "Cục",
  "Như",
  "Lưu",
  "Các",
  "Trang",
  "Đại",
  "Tỉnh",
  "Thường",
  "Báo",
  "Đài",
]);
const NAME = /^\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){1,5}$/u;
const CAPS_NAME = /^\p{Lu}+(?:\s\p{Lu}+){1,5}$/u;

/** Finds where the footer starts after the body and reads recipients and signature from it. */
export function readFooter(lines: readonly SourceLine[], bodyStart: number): ReportFooter {
  const n = lines.length;
  let recipientsAt = -1;
  let closingAt = -1;
  for (let i = n - 1; i >= bodyStart; i--) {
    const text = lines[i]!.text;
    if (!/^[\s*_]*[NnTt]/.test(text)) continue;
    const f = fold(text.slice(0, 20));
    if (recipientsAt < 0 && /^noi nhan\b/.test(f)) recipientsAt = i;
    if (closingAt < 0 && /^tren day\b/.test(f)) closingAt = i;
  }
  let signatureAt = -1;
  for (let i = Math.max(bodyStart, n - 20); i < n; i++) {
    const text = lines[i]!.text.split(/\t|\s{3,}/)[0]!.trim();
    if (isAllCaps(text) && (AUTHORITY.test(text) || TITLE_WORDS.test(text))) {
      signatureAt = i;
      break;
    }
  }
  const candidates = [
    closingAt >= 0 && (recipientsAt < 0 || recipientsAt - closingAt <= 12) ? closingAt : -1,
    recipientsAt,
    signatureAt,
  ].filter((i) => i >= bodyStart);
  const start = candidates.length ? Math.min(...candidates) : n;
  const footer: ReportFooter = { start, recipients: [], signerName: null, signerTitle: null, signingAuthority: null };
  const caps: string[] = [];
  let inRecipients = false;
  for (let i = start; i < n; i++) {
    const line = lines[i]!;
    const cells = line.text
      .split(/\t|\s{3,}/)
      .map((c) => c.trim())
      .filter(Boolean);
    for (let c = 0; c < cells.length; c++) {
      let cell = cells[c]!;
      const head = /^Nơi nhận\s*:?\s*/iu.exec(cell);
      if (head) {
        inRecipients = true;
        cell = cell.slice(head[0].length);
        if (!cell) continue;
      }
      if (/^[-+•–]\s*/.test(cell) && inRecipients) {
        footer.recipients.push(cleanRecipient(cell.replace(/^[-+•–]\s*/, "")));
        continue;
      }
      if (inRecipients && footer.recipients.length && cells.length === 1 && /^[\p{Ll}(]/u.test(cell)) {
        const k = footer.recipients.length - 1;
        footer.recipients[k] = cleanRecipient(`${footer.recipients[k]} ${cell}`);
        continue;
      }
      if (/^\(.*\)$/.test(cell) || /^\[.*\]$/.test(cell)) continue;
      // Recipients typed without dashes still end with ";" or "." ("Như trên;", "Lưu: VT.").
      if (inRecipients && cells.length === 1 && !isAllCaps(cell) && /[;.]$|^Lưu\b/u.test(cell)) {
        footer.recipients.push(cleanRecipient(cell));
        continue;
      }
      if (isAllCaps(cell) && cell.length <= 80 && !CAPS_NAME.test(cell.replace(/\./g, ""))) {
        caps.push(cell);
        continue;
      }
      if (isAllCaps(cell) && (AUTHORITY.test(cell) || TITLE_WORDS.test(cell))) {
        caps.push(cell);
        continue;
      }
      if (isPersonName(cell)) footer.signerName = isAllCaps(cell) ? titleCase(cell) : cell;
    }
  }
  for (const cell of caps) {
    const a = AUTHORITY.exec(cell);
    if (a) {
      footer.signingAuthority = `${a[1]}.` as SigningAuthority;
      if (!footer.signerTitle) footer.signerTitle = officeTitle(a[2]!);
    } else if (TITLE_WORDS.test(cell)) footer.signerTitle = officeTitle(cell);
  }
  return footer;
}

function isPersonName(cell: string): boolean {
  const text = cell.replace(/\s+/g, " ").trim();
  if (!NAME.test(text) && !CAPS_NAME.test(text)) return false;
  if (CAPS_NAME.test(text) && TITLE_WORDS.test(text)) return false;
  return !NOT_NAME_START.has(titleCase(text.split(" ")[0]!));
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(" ")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

/** "PHÓ GIÁM ĐỐC" → "Phó Giám đốc", "CHÁNH VĂN PHÒNG" → "Chánh Văn phòng". */
export function officeTitle(caps: string): string {
  const words = caps.trim().toLowerCase().split(/\s+/);
  const up = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  if (!words[0]) return "";
  words[0] = up(words[0]);
  if (/^(?:Phó|Chánh|Quyền)$/u.test(words[0]) && words[1]) words[1] = up(words[1]);
  return words.join(" ");
}

function cleanRecipient(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/[;,]\s*$/, "")
    .trim();
}
