import type { Finding } from "../domain/report.js";
import { formatVnNumber, parseVnNumber } from "../domain/vn-number.js";
import { LOOK_BACK, type NumberToken, numberTokens, tokensBetween } from "./number-tokens.js";
import { groupEnd, openingParen } from "./parens.js";
import { lineAt, type ReportText, sentenceSpans } from "./report-text.js";

const SHARE_BEFORE = /(?:tỷ lệ|tỉ lệ|chiếm|chiếm tỷ lệ|đạt tỷ lệ|đạt)\s*:?\s*(?:khoảng\s*)?$/iu;
/** A percentage of growth or of a plan has no numerator and denominator in the sentence. */
const NOT_A_SHARE =
  /(?:tăng|giảm|so với|kế hoạch|chỉ tiêu|cùng kỳ|dự kiến|phấn đấu|mục tiêu|trên|dưới|hơn|gần|khoảng|ít nhất|tối thiểu)\s*(?:tỷ lệ|tỉ lệ)?\s*:?\s*$/iu;
const FRACTION = /(?<![\d/.,])(\d{1,3}(?:\.\d{3})+|\d+)\s*\/\s*(\d{1,3}(?:\.\d{3})+|\d+)(?![\d/])/gu;

/** Percentages that do not match their stated numerator and denominator, and shares of a whole above 100%. */
export function checkPercent(text: ReportText): Finding[] {
  const findings: Finding[] = [];
  for (const paragraph of text.paragraphs) {
    for (const span of sentenceSpans(paragraph.text)) {
      const sentence = paragraph.text.slice(span.start, span.end);
      const tokens = numberTokens(sentence);
      for (const p of tokens) {
        if (p.role !== "percent") continue;
        const f = judgeShare(sentence, tokens, p);
        if (f) findings.push({ ...f, line: lineAt(paragraph, span.start + p.start) });
      }
      for (const f of sharesAbove100(sentence, tokens)) {
        findings.push({
          kind: "percent",
          message: f.message,
          quote: f.quote,
          line: lineAt(paragraph, span.start + f.at),
        });
      }
    }
  }
  return findings;
}

function judgeShare(sentence: string, tokens: readonly NumberToken[], p: NumberToken): Omit<Finding, "line"> | null {
  const before = sentence.slice(Math.max(0, p.start - 30), p.start);
  const open = openingParen(sentence, p.start);
  const inParenRightAfterNumber =
    open >= 0 && /^\s*(?:tỷ lệ|tỉ lệ)?\s*:?\s*$/iu.test(sentence.slice(open + 1, p.start));
  if (!SHARE_BEFORE.test(before) && !inParenRightAfterNumber) return null;
  if (NOT_A_SHARE.test(before) || /^\s*(?:so với|kế hoạch|chỉ tiêu|trở lên)/iu.test(sentence.slice(p.end, p.end + 20)))
    return null;
  const fraction = fractionNear(sentence, p);
  let numerator: number;
  let denominators: number[];
  let quoteStart: number;
  if (fraction) {
    numerator = fraction.numerator;
    denominators = [fraction.denominator];
    quoteStart = fraction.start;
  } else {
    const quantities = tokensBetween(tokens, p.start - LOOK_BACK, p.start).filter((t) => t.role === "quantity");
    const n = quantities.at(-1);
    if (!n || n.approximate || p.start - n.end > 60) return null;
    if (tokensBetween(tokens, n.end, p.start).some((t) => t.role === "percent")) return null;
    numerator = n.value;
    const owner = parenOwner(sentence, tokens, n.start);
    // The whole is stated in the same clause: "Tổng văn bản đi: 29.097, ký số 16.681 văn bản (tỷ lệ 57,33%)".
    const clauseStart = lastTopLevelSemicolon(sentence, n.start);
    const larger = quantities
      .filter((t) => t.start > clauseStart && t.end <= n.start && t.value > n.value && !t.approximate)
      .reverse();
    denominators = [...(owner ? [owner.value] : []), ...larger.slice(0, 3).map((t) => t.value)].filter(
      (d) => d > n.value,
    );
    quoteStart = owner ? owner.start : (larger[0]?.start ?? n.start);
  }
  if (denominators.length === 0) return null;
  if (denominators.some((d) => matches(numerator, d, p))) return null;
  const d = denominators[0]!;
  const computed = (100 * numerator) / d;
  return {
    kind: "percent",
    message: `${formatVnNumber(numerator)} / ${formatVnNumber(d)} = ${formatVnNumber(computed, {
      decimals: Math.max(p.decimals, 2),
    })}%, báo cáo ghi ${formatVnNumber(p.value, { maxDecimals: Math.max(1, p.decimals) })}%`,
    quote: sentence.slice(quoteStart, p.end).trim(),
  };
}

/** True when the written percentage is the ratio rounded or truncated to the decimals the report uses. */
function matches(numerator: number, denominator: number, p: NumberToken): boolean {
  const exact = (100 * numerator) / denominator;
  const unit = 10 ** -p.decimals;
  const eps = 1e-9;
  return Math.abs(exact - p.value) <= unit / 2 + eps || (exact >= p.value - eps && exact < p.value + unit);
}

function parenOwner(sentence: string, tokens: readonly NumberToken[], pos: number): NumberToken | undefined {
  const open = openingParen(sentence, pos);
  if (open < 0) return undefined;
  const owner = tokensBetween(tokens, open - LOOK_BACK, open)
    .filter((t) => t.role === "quantity")
    .at(-1);
  if (!owner || owner.approximate) return undefined;
  const between = sentence.slice(owner.end, open);
  const countedBetween = tokensBetween(tokens, owner.end, open).some((t) => t.role !== "other");
  return countedBetween || /[;:()%]/.test(between) || between.split(/\s+/).filter(Boolean).length > 10
    ? undefined
    : owner;
}

/** "16.681/29.097 văn bản (57,33%)" or "đạt 57,33% (16.681/29.097)": a fraction written next to the percentage. */
function fractionNear(
  sentence: string,
  p: NumberToken,
): { numerator: number; denominator: number; start: number } | null {
  const windowStart = Math.max(0, p.start - 50);
  const windowEnd = Math.min(sentence.length, p.end + 40);
  // Search the window only: a search over the rest of the sentence would cost its length for every percentage.
  const window = sentence.slice(windowStart, windowEnd);
  FRACTION.lastIndex = 0;
  for (let m = FRACTION.exec(window); m; m = FRACTION.exec(window)) {
    const at = windowStart + m.index;
    const pre = sentence.slice(Math.max(0, at - 8), at);
    if (/(?:ngày|số|tháng)\s*$/iu.test(pre)) continue;
    const numerator = parseVnNumber(m[1]!);
    const denominator = parseVnNumber(m[2]!);
    if (numerator === null || denominator === null || denominator === 0 || numerator > denominator) continue;
    if (/^(?:19|20)\d{2}$/.test(m[2]!)) continue;
    return { numerator, denominator, start: Math.min(at, p.start) };
  }
  return null;
}

/** "trong đó nam chiếm 60%, nữ chiếm 45%": shares of one whole that add up to more than 100%. */
function sharesAbove100(
  sentence: string,
  tokens: readonly NumberToken[],
): { message: string; quote: string; at: number }[] {
  const out: { message: string; quote: string; at: number }[] = [];
  const single = tokens.filter(
    (t) =>
      t.role === "percent" &&
      t.value > 100 &&
      /chiếm\s*(?:tỷ lệ\s*)?$/iu.test(sentence.slice(Math.max(0, t.start - 24), t.start)),
  );
  for (const t of single) {
    out.push({
      message: `Tỷ lệ chiếm ${formatVnNumber(t.value)}% của một tổng thể vượt quá 100%`,
      quote: sentence.slice(Math.max(0, t.start - 40), t.end).trim(),
      at: t.start,
    });
  }
  const trigger = /(?<!\p{L})(?:trong đó|bao gồm|gồm)(?!\p{L})/giu;
  for (let m = trigger.exec(sentence); m; m = trigger.exec(sentence)) {
    // Shares of one whole sit in one clause: a ";" starts another statement with its own whole.
    const semicolon = sentence.indexOf(";", m.index);
    const end = Math.min(groupEnd(sentence, m.index), semicolon >= 0 ? semicolon : sentence.length);
    const shares = tokensBetween(tokens, m.index, end).filter(
      (t) =>
        t.role === "percent" &&
        t.start > m!.index &&
        t.end <= end &&
        /(?:chiếm|tỷ lệ|tỉ lệ)\s*:?\s*$/iu.test(sentence.slice(Math.max(0, t.start - 16), t.start)),
    );
    if (shares.length < 2) continue;
    const sum = shares.reduce((a, t) => a + t.value, 0);
    const slack = shares.reduce((a, t) => a + 10 ** -t.decimals / 2, 0);
    if (sum <= 100 + slack) continue;
    out.push({
      message: `${shares.map((t) => `${formatVnNumber(t.value)}%`).join(" + ")} = ${formatVnNumber(sum)}%, vượt quá 100%`,
      quote: sentence.slice(m.index, shares.at(-1)!.end).trim(),
      at: shares[0]!.start,
    });
  }
  return out;
}

function lastTopLevelSemicolon(sentence: string, before: number): number {
  let depth = 0;
  for (let i = before - 1; i >= Math.max(0, before - LOOK_BACK); i--) {
    const c = sentence[i];
    if (c === ")") depth++;
    else if (c === "(") depth = Math.max(0, depth - 1);
    else if (c === ";" && depth === 0) return i;
  }
  return Math.max(-1, before - LOOK_BACK - 1);
}
