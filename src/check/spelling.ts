import type { Finding } from "../domain/report.js";
import { compoundMisspeltAs, hasCompoundSkeleton } from "./diacritic-neighbours.js";
import { lineAt, type Paragraph, type ReportText } from "./report-text.js";

/** What the spelling check needs of a dictionary: whether a syllable is Vietnamese. */
export interface SyllableDictionary {
  has(syllable: string): boolean;
}

/** Misspellings seen in the sector's reports, with the right form. */
const KNOWN_MISSPELLINGS: readonly [RegExp, string][] = [
  [/tuyền truyền/giu, "tuyên truyền"],
  [/tuyên chuyền/giu, "tuyên truyền"],
  [/đơn đốc/giu, "đôn đốc"],
  [/cảm nang/giu, "cẩm nang"],
  [/Công (Dịch vụ công|dịch vụ công|thông tin điện tử|Thông tin điện tử|TTĐT)/gu, "Cổng $1"],
  [/kinh kế(?= - | xã hội|-)/giu, "kinh tế"],
  [/sọng song/giu, "song song"],
  [/trên địa (?=tỉnh|huyện|xã|thành phố|thị xã|phường)/giu, "trên địa bàn"],
  [/địa bàng/giu, "địa bàn"],
  [/tình dịch bệnh/giu, "tình hình dịch bệnh"],
  [/triễn khai/giu, "triển khai"],
  [/giám xát/giu, "giám sát"],
  [/(?<!\p{L})(?:sử lý|xữ lý)/giu, "xử lý"],
  [/hổ trợ/giu, "hỗ trợ"],
  [/hướng dẩn/giu, "hướng dẫn"],
  [/lảnh đạo/giu, "lãnh đạo"],
  [/điều hàng(?!\p{L})/giu, "điều hành"],
  [/(?:cở sở|cơ sỡ)/giu, "cơ sở"],
  [/Thông tin và Truyền thống/gu, "Thông tin và Truyền thông"],
  [/chuyển đổi sổ(?!\p{L})/giu, "chuyển đổi số"],
  [/(?<!\p{L})hợp(?=, học| trực tuyến| giao ban)|(?<=(?:cuộc|phòng|buổi) )hợp(?!\p{L})/gu, "họp"],
  [/chương của (?=Đài|Báo|đài)/gu, "chương trình của"],
  [/thông tín(?!\p{L})/giu, "thông tin"],
  [/viển thông/giu, "viễn thông"],
  [/(?<!\p{L})sát nhập/giu, "sáp nhập"],
  [/(?<!\p{L})bàng giao/giu, "bàn giao"],
  [/(?<!\p{L})dử liệu/giu, "dữ liệu"],
  [/chất lương(?!\p{L})/giu, "chất lượng"],
  [/(?<!\p{L})hộ trợ/giu, "hỗ trợ"],
  [/(?<!\p{L})kiểm ta(?!\p{L})/giu, "kiểm tra"],
];

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const VOWELS = "aăâeêioôơuưy";

/**
 * Misspelt syllables and phrases: a list of the sector's known misspellings, and (with a dictionary) lowercase
 * syllables with Vietnamese diacritics that are not Vietnamese. Names, abbreviations, codes and English words
 * (capitalised or plain ASCII) are left alone.
 */
export function checkSpelling(text: ReportText, dictionary?: SyllableDictionary): Finding[] {
  const out: Finding[] = [];
  for (const p of text.paragraphs) {
    const covered: [number, number][] = [];
    for (const [re, right] of KNOWN_MISSPELLINGS) {
      re.lastIndex = 0;
      for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
        const end = m.index + Math.max(m[0].length, 1);
        const quote = withContext(p.text, m.index, m.index + m[0].length, 1, 2);
        const groups = m;
        const corrected = right.replace(/\$(\d)/g, (_, i: string) => groups[Number(i)] ?? "");
        out.push({
          kind: "spelling",
          message: `"${m[0].trim()}" viết sai, đúng là "${corrected}"`,
          quote,
          line: lineAt(p, m.index),
        });
        covered.push([m.index, end]);
      }
    }
    out.push(...diacriticTypos(p, covered));
    if (!dictionary) continue;
    const re = /(?<![\p{L}\d@./_-])\p{Ll}{2,}(?![\p{L}\d@/_-])/gu;
    for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
      const word = m[0];
      if (/^[a-z]+$/.test(word) || word.length > 7) continue;
      // "trđ", "vnđ": abbreviations have no vowel.
      if (!/[aăâeêioôơuưy]/u.test(word.normalize("NFD").replace(TONES, "").normalize("NFC"))) continue;
      if (covered.some(([a, b]) => m!.index < b && m!.index + word.length > a)) continue;
      if (isVietnamese(word, dictionary)) continue;
      out.push({
        kind: "spelling",
        message: `"${word}" không phải là một âm tiết tiếng Việt`,
        quote: withContext(p.text, m.index, m.index + word.length, 2),
        line: lineAt(p, m.index),
      });
    }
  }
  return out;
}

/** True when the syllable, or the same syllable with its tone mark on another vowel ("hóa"/"hoá"), is known. */
function isVietnamese(word: string, dictionary: SyllableDictionary): boolean {
  if (dictionary.has(word)) return true;
  const decomposed = word.normalize("NFD");
  const tone = decomposed.match(TONES)?.[0];
  if (!tone) return false;
  const bare = decomposed.replace(TONES, "").normalize("NFC");
  for (let i = 0; i < bare.length; i++) {
    if (!VOWELS.includes(bare[i]!)) continue;
    const variant = `${bare.slice(0, i + 1)}${tone}${bare.slice(i + 1)}`.normalize("NFC");
    if (variant !== word && dictionary.has(variant)) return true;
  }
  return false;
}

/** The span with a few words of context on each side: what a reviewer would quote. */
function withContext(text: string, start: number, end: number, words: number, after = 0): string {
  let s = start;
  for (let k = 0; k < words; k++) {
    const prev = text.lastIndexOf(" ", s - 2);
    if (prev < 0) {
      s = 0;
      break;
    }
    s = prev + 1;
  }
  let e = end;
  for (let k = 0; k < after; k++) {
    const next = /^[\s,;:.()]*[^\s,;:.()]+/u.exec(text.slice(e));
    if (!next) break;
    e += next[0].length;
  }
  return text.slice(s, e).replace(/^[,;:(\s]+|[,;:.)\s]+$/g, "");
}

/** "cảm nang", "đơn đốc": two real syllables one diacritic away from a compound of the sector. */
function diacriticTypos(p: Paragraph, covered: [number, number][]): Finding[] {
  const out: Finding[] = [];
  const re = /(?<![\p{L}\d])(\p{L}+) (\p{Ll}+)(?![\p{L}\d])/gu;
  for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
    const start = m.index;
    const end = start + m[0].length;
    // Overlapping pairs: look again from the second syllable.
    re.lastIndex = start + m[1]!.length + 1;
    if (!hasCompoundSkeleton(m[1]!, m[2]!)) continue;
    if (covered.some(([a, b]) => start < b && end > a)) continue;
    const before = /(\p{L}+)\s+$/u.exec(p.text.slice(Math.max(0, start - 12), start))?.[1];
    const after = /^\s+(\p{L}+)/u.exec(p.text.slice(end, end + 12))?.[1];
    const right = compoundMisspeltAs(m[1]!, m[2]!, before, after);
    if (!right) continue;
    covered.push([start, end]);
    out.push({
      kind: "spelling",
      message: `"${m[0]}" viết sai, đúng là "${right}"`,
      quote: withContext(p.text, start, end, 1, 2),
      line: lineAt(p, start),
    });
  }
  return out;
}
