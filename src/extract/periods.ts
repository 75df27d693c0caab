import type { PeriodRef } from "../domain/report.js";
import { fold } from "./section-kind.js";

/** A reporting period named in text, with where it was found. */
export interface PeriodMention {
  period: PeriodRef;
  start: number;
  end: number;
}

const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const YEAR = String.raw`(?:\s*(?:\/|-|,)?\s*(?:nam\s+)?(\d{4}))?`;
const PATTERNS: { re: RegExp; make: (m: RegExpExecArray) => PeriodRef | null }[] = [
  {
    re: new RegExp(String.raw`\b(?:6|sau)\s+thang\s+(?:(dau|cuoi)\s*(?:nam)?|nam)${YEAR}`, "g"),
    make: (m) => ({ kind: "half", year: Number(m[2] ?? 0), index: m[1] === "cuoi" ? 2 : 1 }),
  },
  {
    re: new RegExp(String.raw`\b(?:nua|nua nam)\s+(dau|cuoi|sau)\s*(?:nam)?${YEAR}`, "g"),
    make: (m) => ({ kind: "half", year: Number(m[2] ?? 0), index: m[1] === "dau" ? 1 : 2 }),
  },
  {
    re: new RegExp(String.raw`\b(9|10|11|chin|muoi|muoi mot)\s+thang\s+(?:dau\s+)?nam${YEAR}`, "g"),
    make: (m) => ({ kind: "ytd", year: Number(m[2] ?? 0), index: monthsWord(m[1]!) }),
  },
  {
    re: new RegExp(String.raw`\bquy\s+(iv|iii|ii|i|[1-4])\b${YEAR}`, "g"),
    make: (m) => ({ kind: "quarter", year: Number(m[2] ?? 0), index: ROMAN_QUARTER[m[1]!] ?? null }),
  },
  {
    re: new RegExp(String.raw`\bthang\s+(\d{1,2})\b${YEAR}`, "g"),
    make: (m) => {
      const month = Number(m[1]);
      return month >= 1 && month <= 12 ? { kind: "month", year: Number(m[2] ?? 0), index: month } : null;
    },
  },
  { re: /\bnam\s+(\d{4})\b/g, make: (m) => ({ kind: "year", year: Number(m[1]), index: null }) },
];

function monthsWord(w: string): number {
  return { chin: 9, muoi: 10, "muoi mot": 11 }[w] ?? Number(w);
}

/** Every period named in a text, in order ("tháng 10/2020", "Quý III năm 2020", "6 tháng đầu năm 2022", "năm 2021"). */
export function findPeriods(text: string): PeriodMention[] {
  const folded = fold(text);
  const all: PeriodMention[] = [];
  for (const { re, make } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of folded.matchAll(re)) {
      const before = folded.slice(Math.max(0, m.index - 12), m.index);
      // "ngày 5 tháng 11 năm 2020" is a date, "trong 6 tháng" after a number is a span.
      if (/ngay\s*[\d.…]*\s*$/.test(before) && m[0].startsWith("thang")) continue;
      const period = make(m);
      if (period) all.push({ period, start: m.index, end: m.index + m[0].length });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PeriodMention[] = [];
  for (const p of all) {
    const last = out[out.length - 1];
    if (last && p.start < last.end) continue;
    out.push(p);
  }
  // A period written without its year takes the next year written after it ("quý III và 9 tháng năm 2020").
  for (let i = 0; i < out.length; i++) {
    const p = out[i]!.period;
    if (p.year) continue;
    const later = out.slice(i + 1).find((q) => q.period.year);
    if (later) p.year = later.period.year;
  }
  return out;
}

/** The period that follows one: the next month, quarter, half or year. */
export function nextPeriodOf(p: PeriodRef): PeriodRef | null {
  const i = p.index ?? 0;
  switch (p.kind) {
    case "month":
      return i >= 12 ? { kind: "month", year: p.year + 1, index: 1 } : { kind: "month", year: p.year, index: i + 1 };
    case "quarter":
      return i >= 4 ? { kind: "quarter", year: p.year + 1, index: 1 } : { kind: "quarter", year: p.year, index: i + 1 };
    case "half":
      return i >= 2 ? { kind: "half", year: p.year + 1, index: 1 } : { kind: "half", year: p.year, index: 2 };
    case "year":
      return { kind: "year", year: p.year + 1, index: null };
    case "ytd":
    case "nine_months":
      return i === 9 || p.kind === "nine_months" ? { kind: "quarter", year: p.year, index: 4 } : null;
    default:
      return null;
  }
}
