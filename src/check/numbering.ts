import type { Finding } from "../domain/report.js";
import type { ReportText } from "./report-text.js";

const ROMAN = /^(X{0,3}(?:IX|IV|V?I{0,3}))\s*[.)]\s+\S|^(X{0,3}(?:IX|IV|V?I{0,3}))\s*[-–]\s+\p{Lu}/u;
const UPPER_LETTER = /^([A-HJ-UWYZĐ])\s*[.)]\s+\p{Lu}/u;
const DOTTED = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+\S/u;
const ARABIC = /^(\d{1,2})\s*[.)]\s+\S/u;
const LETTER = /^([a-hk-yđ])\s*\)\s+\S|^([a-hk-yđ])\.\s+\p{Lu}/u;

/** Vietnamese list letters; "đ" is optional between d and e, so it counts as a half step. */
const LETTERS = "abcdeghiklmnopqrstuvxy";

/** Headings and list items out of sequence, repeated, skipped, or a number run into the item before it. */
export function checkNumbering(text: ReportText): Finding[] {
  const findings: Finding[] = [];
  const last = new Map<string, number>();
  // A list restarted at 1 is nested in the one before it; the outer list may then resume ("4, 1, 2, 5").
  const outer = new Map<string, number[]>();
  const skippedTo = new Map<string, number>();
  const reset = (prefixes: string[]) => {
    for (const key of [...last.keys()]) {
      if (prefixes.some((p) => key.startsWith(p))) {
        last.delete(key);
        outer.delete(key);
      }
    }
  };
  const step = (key: string, value: number, label: (v: number) => string, line: number, quote: string) => {
    const prev = last.get(key);
    last.set(key, value);
    if (prev === undefined || value === prev + 1) return;
    const stack = outer.get(key) ?? [];
    if (value === 1) {
      outer.set(key, [...stack, prev]);
      return;
    }
    const resumed = stack.findLastIndex((v) => value === v + 1);
    if (resumed >= 0) {
      outer.set(key, stack.slice(0, resumed));
      return;
    }
    let message: string | null = null;
    const from = [prev, ...[...stack].reverse()].find((v) => value > v + 1 && value <= v + 3);
    // "I, III, III, IV": the repeat after a flagged skip is the same mistake, already reported.
    if (value === prev) message = skippedTo.get(key) === prev ? null : `Số thứ tự ${label(value)} bị lặp lại`;
    else if (from !== undefined) {
      const missing = Array.from({ length: value - from - 1 }, (_, k) => label(from + 1 + k)).join(", ");
      message = `Số thứ tự nhảy từ ${label(from)} sang ${label(value)} (thiếu ${missing})`;
    } else if (value < prev && !key.endsWith(":p"))
      message = `Số thứ tự ${label(value)} đứng sau ${label(prev)}, không theo thứ tự`;
    if (message) findings.push({ kind: "numbering", message, quote, line });
    if (from !== undefined) skippedTo.set(key, value);
  };

  for (const l of text.lines) {
    const t = l.text;
    const quote = t.length > 90 ? `${t.slice(0, 90).replace(/\s+\S*$/, "")}` : t;
    const style = l.isHeading ? "md" : isShortTitle(t) ? "h" : "p";
    const roman = ROMAN.exec(t);
    if (roman && (roman[1] || roman[2])) {
      const v = romanValue(roman[1] || roman[2]!);
      if (v > 0) {
        step("roman", v, toRoman, l.line, quote);
        reset(["arabic", "dotted", "letter"]);
        continue;
      }
    }
    const upper = UPPER_LETTER.exec(t);
    if (upper) {
      step("upper", upperValue(upper[1]!), (v) => "ABCDEFGHKLMNOPQRSTUVXY"[v - 1] ?? String(v), l.line, quote);
      reset(["arabic", "dotted", "letter"]);
      continue;
    }
    const dotted = DOTTED.exec(t);
    if (dotted) {
      const parts = dotted[1]!.split(".").map(Number);
      const value = parts.pop()!;
      step(`dotted:${parts.join(".")}`, value, (v) => `${parts.join(".")}.${v}`, l.line, quote);
      reset(["letter"]);
      continue;
    }
    const arabic = ARABIC.exec(t);
    if (arabic) {
      const value = Number(arabic[1]);
      step(`arabic:${style}`, value, String, l.line, quote);
      if (style === "md") reset(["arabic:h", "arabic:p", "dotted", "letter"]);
      else if (style === "h") reset(["arabic:p", "dotted", "letter"]);
      else reset(["letter"]);
      const runIn = new RegExp(`[\\p{L})\\]”"]([.;])\\s*(${value + 1})\\.\\s+\\p{Lu}`, "u").exec(t);
      if (runIn) {
        const at = runIn.index;
        findings.push({
          kind: "numbering",
          message: `Mục ${value + 1} bị viết liền vào cuối mục ${value}, cần xuống dòng`,
          quote: runInQuote(t, at, at + runIn[0].length - 1),
          line: l.line,
        });
        last.set(`arabic:${style}`, value + 1);
      }
      continue;
    }
    const letter = LETTER.exec(t);
    if (letter) {
      const name = (letter[1] || letter[2])!;
      step("letter", name === "đ" ? 4.5 : LETTERS.indexOf(name) + 1, (v) => `${LETTERS[v - 1] ?? v})`, l.line, quote);
    }
  }
  return findings;
}

function isShortTitle(t: string): boolean {
  return t.split(/\s+/).length <= 14 && !/[.;,]$/.test(t);
}

function romanValue(s: string): number {
  const map: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = map[s[i]!] ?? 0;
    const next = map[s[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function toRoman(n: number): string {
  const table: [number, string][] = [
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

function upperValue(letter: string): number {
  return "ABCDEFGHKLMNOPQRSTUVXY".indexOf(letter) + 1;
}

/** "CNTT.4. Tiếp tục": the last word of the item before, the number and the next item's first two words. */
function runInQuote(t: string, at: number, nextWordStart: number): string {
  const start = t.lastIndexOf(" ", at - 1) + 1;
  const tail = /^\S+(?:\s+\S+)?/u.exec(t.slice(nextWordStart))?.[0] ?? "";
  return t.slice(start, nextWordStart + tail.length);
}
