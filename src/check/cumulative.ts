import type { Finding } from "../domain/report.js";
import { formatVnNumber } from "../domain/vn-number.js";
import { type NumberToken, numberTokens } from "./number-tokens.js";

/** A cumulative figure that does not follow from the previous total and this period's change; offset in the sentence. */
export interface CumulativeFinding extends Omit<Finding, "line"> {
  offset: number;
}

const PREVIOUS =
  /(?:lũy kế|luỹ kế)?\s*(?:đến hết |hết )?(?:tháng trước|kỳ trước|quý trước|năm trước|kỳ báo cáo trước)\s*(?:là|:)?\s*$/iu;
const ADDED =
  /(?:trong tháng|trong kỳ|trong quý|cấp mới|phát triển mới|tăng thêm|tăng|bổ sung|cấp thêm)\s*(?:thêm|mới)?\s*:?\s*$/iu;
const REMOVED = /(?:thu hồi|giảm|hủy|huỷ|cắt giảm|ngừng)\s*:?\s*$/iu;
const NOW = /(?:lũy kế|luỹ kế|nâng tổng số|nâng tổng|tổng cộng|tổng số|đến nay)[^\d;]{0,60}?(?:là|lên|:)?\s*$/iu;

/** "tháng trước 120, trong tháng cấp mới 15, lũy kế 136": previous + added − removed must equal the new total. */
export function cumulativeMismatches(sentence: string): CumulativeFinding[] {
  const tokens = numberTokens(sentence).filter((t) => t.role === "quantity" && !t.approximate);
  let previous: NumberToken | undefined;
  let added: NumberToken | undefined;
  let removed: NumberToken | undefined;
  let now: NumberToken | undefined;
  for (const t of tokens) {
    const before = sentence.slice(Math.max(0, t.start - 80), t.start);
    const near = sentence.slice(Math.max(0, t.start - 30), t.start);
    if (!previous && PREVIOUS.test(near)) previous = t;
    else if (!added && ADDED.test(near)) added = t;
    else if (!removed && REMOVED.test(near)) removed = t;
    else if (previous && added && !now && NOW.test(before)) now = t;
  }
  if (!previous || !added || !now || now.start < added.start) return [];
  const expected = previous.value + added.value - (removed?.value ?? 0);
  if (expected === now.value) return [];
  const fmt = (v: number) => formatVnNumber(v);
  const computation = removed
    ? `${fmt(previous.value)} + ${fmt(added.value)} − ${fmt(removed.value)}`
    : `${fmt(previous.value)} + ${fmt(added.value)}`;
  return [
    {
      kind: "arithmetic",
      message: `Lũy kế: ${computation} = ${fmt(expected)}, báo cáo ghi ${fmt(now.value)}`,
      quote: sentence.slice(previous.start, now.end).trim(),
      offset: now.start,
    },
  ];
}
