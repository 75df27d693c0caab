import type { Finding } from "../domain/report.js";
import { formatVnNumber } from "../domain/vn-number.js";
import { cumulativeMismatches } from "./cumulative.js";
import { LOOK_BACK, type NumberToken, numberTokens, tokensBetween } from "./number-tokens.js";
import { groupEnd, openingParen, splitTopLevel } from "./parens.js";
import { lineAt, type ReportText, sentenceSpans } from "./report-text.js";

/** Categories that together make up a whole: when every part names one of them, the parts must add up exactly. */
const COMPLEMENTARY: readonly (readonly string[])[] = [
  ["trực tiếp", "trực tuyến"],
  ["nam", "nữ"],
  ["tổ chức", "cá nhân"],
  ["thấp", "trung bình", "cao"],
  ["đúng hạn", "quá hạn", "trễ hạn", "trước hạn"],
  ["trong nước", "nước ngoài"],
  ["công lập", "ngoài công lập"],
  ["trả phí", "miễn phí"],
  ["trả trước", "trả sau"],
];

/** A part described by what it has or did rather than by its category: parts like that may overlap. */
const ATTRIBUTE =
  /(?<!\p{L})(?:có|đã|được|đạt|chưa|đang|sử dụng|kết nối|tham gia|thực hiện|triển khai|cài đặt)(?!\p{L})/iu;

const TRIGGER = /(?<!\p{L})(trong đó(?: có| gồm)?|bao gồm|gồm có|gồm)(?!\p{L})\s*:?\s*/giu;

interface Breakdown {
  total: NumberToken;
  parts: NumberToken[];
  partTexts: string[];
  quoteEnd: number;
}

/** Totals whose stated parts do not add up ("403.758 ..., trong đó 401.809 ..., 1.737 ... và 222 ..."). */
export function checkArithmetic(text: ReportText): Finding[] {
  const findings: Finding[] = [];
  for (const paragraph of text.paragraphs) {
    for (const span of sentenceSpans(paragraph.text)) {
      const sentence = paragraph.text.slice(span.start, span.end);
      for (const b of breakdowns(sentence)) {
        const finding = judge(b, sentence);
        if (finding) findings.push({ ...finding, line: lineAt(paragraph, span.start + b.total.start) });
      }
      findings.push(
        ...cumulativeMismatches(sentence).map(({ offset, ...f }) => ({
          ...f,
          line: lineAt(paragraph, span.start + offset),
        })),
      );
    }
  }
  findings.push(...listedBreakdowns(text));
  return findings.map(({ kind, message, quote, line }) => ({ kind, message, quote, line }));
}

const LIST_INTRO = /(?<!\p{L})(?:trong đó|bao gồm|gồm có|gồm|cụ thể)\s*(?:như sau)?\s*:\s*$/iu;

/**
 * "Tổng số hồ sơ tiếp nhận: 120 hồ sơ, trong đó:" followed by "- Trực tuyến: 70 hồ sơ;" lines: the parts are
 * the list items under the sentence that announces them.
 */
function listedBreakdowns(text: ReportText): Finding[] {
  const out: Finding[] = [];
  const paragraphs = text.paragraphs;
  for (let i = 0; i < paragraphs.length; i++) {
    const intro = paragraphs[i]!;
    if (!LIST_INTRO.test(intro.text)) continue;
    const items: string[] = [];
    for (let j = i + 1; j < paragraphs.length && /^[-+•*]\s/.test(paragraphs[j]!.text); j++) {
      items.push(paragraphs[j]!.text.replace(/^[-+•*]\s+/, "").replace(/[;.]\s*$/, ""));
    }
    if (items.length < 2) continue;
    const sentences = sentenceSpans(intro.text);
    const last = sentences.at(-1);
    if (!last) continue;
    const head = intro.text.slice(last.start, last.end);
    const combined = `${head} ${items.join("; ")}`;
    for (const b of breakdowns(combined)) {
      if (b.total.end > head.length) continue;
      const finding = judge(b, combined);
      if (!finding) continue;
      out.push({
        ...finding,
        quote: head.slice(b.total.start).trim(),
        line: lineAt(intro, last.start + b.total.start),
      });
    }
  }
  return out;
}

function breakdowns(sentence: string): Breakdown[] {
  const tokens = numberTokens(sentence);
  const out: Breakdown[] = [];
  const seenTotals = new Set<number>();
  const consider = (total: NumberToken | undefined, from: number, to: number) => {
    if (!total || seenTotals.has(total.start)) return;
    const b = partsOf(sentence, tokens, total, from, to);
    if (b) {
      seenTotals.add(total.start);
      out.push(b);
    }
  };
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(sentence); m; m = TRIGGER.exec(sentence)) {
    const triggerStart = m.index;
    const from = m.index + m[0].length;
    const open = openingParen(sentence, triggerStart);
    // Inside "( ... trong đó ...)" the whole is the number the parenthesis explains.
    const total =
      open >= 0 && sentence.slice(open + 1, triggerStart).trim() === ""
        ? ownerOfParen(sentence, tokens, open)
        : lastQuantityBefore(sentence, tokens, triggerStart, open);
    consider(total, from, groupEnd(sentence, from));
  }
  for (let i = 0; i < sentence.length; i++) {
    if (sentence[i] !== "(") continue;
    const inner = sentence.slice(i + 1);
    if (/^\s*(?:trong đó|bao gồm|gồm)/iu.test(inner)) continue;
    consider(ownerOfParen(sentence, tokens, i), i + 1, groupEnd(sentence, i + 1));
  }
  return out;
}

/** The quantity a parenthesis right after it explains: "12.914 hồ sơ (10.769 trực tiếp, ...)". */
function ownerOfParen(sentence: string, tokens: readonly NumberToken[], open: number): NumberToken | undefined {
  const before = tokensBetween(tokens, open - LOOK_BACK, open).filter((t) => t.role !== "other");
  const owner = before.at(-1);
  if (owner?.role !== "quantity") return undefined;
  const between = sentence.slice(owner.end, open);
  const countedBetween = tokensBetween(tokens, owner.end, open).some((t) => t.role !== "other");
  if (countedBetween || /[;:()]/.test(between) || between.split(/\s+/).filter(Boolean).length > 10) return undefined;
  return owner;
}

function lastQuantityBefore(
  sentence: string,
  tokens: readonly NumberToken[],
  pos: number,
  open: number,
): NumberToken | undefined {
  const candidates = tokensBetween(tokens, Math.max(open + 1, pos - LOOK_BACK), pos).filter((t) => t.role !== "other");
  const last = candidates.at(-1);
  if (last?.role !== "quantity") return undefined;
  const between = sentence.slice(last.end, pos);
  if (/[;()%]/.test(between) || between.length > 90) return undefined;
  return last;
}

function partsOf(
  sentence: string,
  tokens: readonly NumberToken[],
  total: NumberToken,
  from: number,
  to: number,
): Breakdown | null {
  const parts: NumberToken[] = [];
  const partTexts: string[] = [];
  let quoteEnd = from;
  for (const piece of splitTopLevel(sentence, from, to)) {
    let segment = sentence.slice(piece.start, piece.end);
    let offset = piece.start;
    // "mức độ 3: 775", "ngân sách tỉnh 1,4 tỷ đồng": a short label may come before the number.
    const label = /^(?:có|gồm|là|với|-)?\s*(?:[^:\d(]{1,30}\d*\s*:\s*|(?:\p{L}+\s+){1,5}(?=\d))?/u.exec(segment);
    if (label && label[0].length > 0 && label[0].length < segment.length) {
      offset += label[0].length;
      segment = segment.slice(label[0].length);
    }
    const first = tokensBetween(tokens, offset, offset + 40).find((t) => t.start === offset);
    if (!first) {
      if (/^(?:tỷ lệ|chiếm|đạt)\b/iu.test(segment)) continue;
      break;
    }
    if (first.role === "percent") continue;
    if (first.role !== "quantity") break;
    parts.push(first);
    partTexts.push(sentence.slice(first.end, piece.end).trim());
    quoteEnd = piece.end;
  }
  if (parts.length < 2) return null;
  return { total, parts, partTexts, quoteEnd };
}

function judge(b: Breakdown, sentence: string): Omit<Finding, "line"> | null {
  const { total, parts } = b;
  if (total.approximate || parts.some((p) => p.approximate)) return null;
  if (parts.some((p) => p.value > total.value)) return null; // another unit ("3 cuộc ... 150 người")
  const decimals = Math.max(total.decimals, ...parts.map((p) => p.decimals));
  const sum = round(
    parts.reduce((a, p) => a + p.value, 0),
    decimals,
  );
  if (Math.abs(sum - total.value) < 1e-9) return null;
  const exhaustive = isComplementary(b.partTexts);
  const exceeds = sum > total.value;
  const typo = looksLikeTypo(total.value, sum);
  // "105 xã, trong đó 98 xã có trạm truyền thanh, 85 xã có điểm bưu điện": attributes overlap, parts may exceed.
  const attributes = b.partTexts.some((t) => ATTRIBUTE.test(t));
  if (!exhaustive && !typo && !(exceeds && !attributes)) return null;
  // maxDecimals 0 would make formatVnNumber strip the integer's own trailing zeros (120 → "12").
  const fmt = (v: number) => formatVnNumber(v, { maxDecimals: Math.max(1, decimals) });
  return {
    kind: "arithmetic",
    message: `${parts.map((p) => fmt(p.value)).join(" + ")} = ${fmt(sum)}, báo cáo ghi ${fmt(total.value)}${
      exceeds ? " (các phần lớn hơn tổng)" : ""
    }`,
    quote: sentence.slice(total.start, b.quoteEnd).trim(),
  };
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

function isComplementary(partTexts: string[]): boolean {
  const lowered = partTexts.map((t) => t.toLowerCase());
  return COMPLEMENTARY.some((set) => {
    const used = new Set<string>();
    for (const t of lowered) {
      const hit = set.find((w) => new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, "u").test(t) && !used.has(w));
      if (!hit) return false;
      used.add(hit);
    }
    return true;
  });
}

/** A sum that differs from the written total by one mistyped or two swapped digits. */
export function looksLikeTypo(written: number, computed: number): boolean {
  const a = String(written);
  const b = String(computed);
  if (a.length !== b.length) return false;
  const diff = [...a].map((c, i) => (c === b[i] ? -1 : i)).filter((i) => i >= 0);
  if (diff.length === 1) return true;
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}
