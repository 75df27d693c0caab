import type { Finding } from "../domain/report.js";
import { foldText } from "../domain/vn-text.js";
import { lineAt, type ReportText } from "./report-text.js";

/**
 * Function words: repeated next to themselves they are always a typo ("của của"). Other single syllables repeat
 * legitimately across two compounds ("xuất bản bản tin", "học sinh sinh viên") or on purpose ("ngày ngày").
 */
const FUNCTION_WORDS = new Set(
  (
    "của và các những được đã sẽ là có cho với trong tại để về theo đến này một không thì mà nhằm bị do vì nên " +
    "cũng đang sự việc hoặc hay như trên dưới qua ở lại đối nhưng còn"
  ).split(" "),
);

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{N}]+(?:[.,/-][\p{L}\p{N}]+)*/gu;
  for (let m = re.exec(text); m; m = re.exec(text))
    out.push({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

/** Words, phrases, sentences or lines repeated by accident right next to themselves. */
export function checkDuplicateText(text: ReportText): Finding[] {
  const findings: Finding[] = [];
  for (const paragraph of text.paragraphs) {
    const s = paragraph.text;
    const words = wordsOf(s);
    let i = 0;
    while (i < words.length) {
      const n = repeatLengthAt(s, words, i);
      if (n > 0) {
        const start = words[i]!.start;
        const end = words[i + 2 * n - 1]!.end;
        const trailing = /^[,;.]/.test(s.slice(end)) ? 1 : 0;
        const phrase = s.slice(start, words[i + n - 1]!.end);
        // A short repeat is quoted with two words of context on each side, as a reviewer would point at it.
        const context = n <= 2 ? 2 : 0;
        const quoteStart = words[Math.max(0, i - context)]!.start;
        const quoteEnd = context ? words[Math.min(words.length - 1, i + 2 * n - 1 + context)]!.end : end + trailing;
        findings.push({
          kind: "duplicate-text",
          message: `Cụm từ "${phrase}" bị lặp lại liền nhau`,
          quote: s.slice(quoteStart, quoteEnd),
          line: lineAt(paragraph, start),
        });
        i += 2 * n;
      } else i++;
    }
    findings.push(...repeatedYear(s).map((f) => ({ ...f, line: lineAt(paragraph, f.offset) })));
  }
  findings.push(...repeatedLines(text));
  return findings.map(({ kind, message, quote, line }) => ({ kind, message, quote, line }));
}

/** The length n of the longest word sequence starting at i that is immediately repeated, or 0. */
function repeatLengthAt(s: string, words: Word[], i: number): number {
  const maxN = Math.floor((words.length - i) / 2);
  for (let n = Math.min(maxN, 40); n >= 1; n--) {
    let same = true;
    for (let k = 0; k < n && same; k++) same = words[i + k]!.text === words[i + n + k]!.text;
    if (!same) continue;
    const gap = s.slice(words[i + n - 1]!.end, words[i + n]!.start);
    // Short repeats must touch ("của của"); a repeated clause may be separated by a comma.
    if (n < 5 ? !/^\s+$/.test(gap) : !/^[\s,;.]+$/.test(gap)) continue;
    // Inner punctuation must match too: "phòng, chống, phòng" is not a repeat.
    const first = s.slice(words[i]!.start, words[i + n - 1]!.end);
    const second = s.slice(words[i + n]!.start, words[i + 2 * n - 1]!.end);
    if (first.toLowerCase() !== second.toLowerCase()) continue;
    if (n === 1 && !FUNCTION_WORDS.has(words[i]!.text)) continue;
    return n;
  }
  return 0;
}

/** "năm 2020 tại tỉnh Cao Bằng năm 2020": the same year twice in one short phrase. */
function repeatedYear(s: string): { kind: "duplicate-text"; message: string; quote: string; offset: number }[] {
  const out: { kind: "duplicate-text"; message: string; quote: string; offset: number }[] = [];
  const re = /năm ((?:19|20)\d{2})(?!\d)/giu;
  const hits = [...s.matchAll(re)];
  for (let k = 0; k + 1 < hits.length; k++) {
    const a = hits[k]!;
    const b = hits[k + 1]!;
    if (a[1] !== b[1]) continue;
    const between = s.slice(a.index + a[0].length, b.index);
    const wordCount = between.split(/\s+/).filter(Boolean).length;
    if (wordCount === 0 || wordCount > 8) continue;
    if (
      /[,;:()\-–]|(?<!\p{L})(?:và|đến|tới|từ|so với|với|của|trong|cho|theo|hoặc|hay|sang|nhưng)(?!\p{L})/iu.test(
        between,
      )
    )
      continue;
    out.push({
      kind: "duplicate-text",
      message: `"năm ${a[1]}" được viết hai lần trong cùng một cụm từ`,
      quote: s.slice(a.index, b.index + b[0].length),
      offset: a.index,
    });
  }
  return out;
}

/** A line written again one or two lines later (a headline pasted twice). */
function repeatedLines(text: ReportText): Finding[] {
  const out: Finding[] = [];
  const lines = text.lines;
  // Each line is compared with up to three others: fold it once.
  const folded: (string | undefined)[] = new Array(lines.length);
  const foldedAt = (k: number): string => {
    const f = folded[k] ?? foldText(lines[k]!.text);
    folded[k] = f;
    return f;
  };
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]!;
    if (a.text.split(/\s+/).length < 6) continue;
    for (let j = i + 1; j <= i + 3 && j < lines.length; j++) {
      const b = lines[j]!;
      // The same boilerplate under two headings ("- Thực hiện các nhiệm vụ thường xuyên khác.") is deliberate.
      const headingBetween = lines
        .slice(i + 1, j)
        .some((l) => l.isHeading || /^(?:[IVX]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s/u.test(l.text));
      if (!headingBetween && foldedAt(i) === foldedAt(j)) {
        out.push({
          kind: "duplicate-text",
          message: `Dòng ${b.line} lặp lại nguyên văn dòng ${a.line}`,
          quote: b.text,
          line: b.line,
        });
        break;
      }
    }
  }
  return out;
}
