/**
 * Numbers in Vietnamese notation: "." groups thousands, "," marks decimals ("64.096" = 64096,
 * "57,33" = 57.33, "1.234,5" = 1234.5). Reports written in English style ("1,234.5") are read too when
 * unambiguous.
 */

const GROUPED_DOTS = /^\d{1,3}(?:\.\d{3})+$/; // 64.096, 1.234.567
const GROUPED_COMMAS = /^\d{1,3}(?:,\d{3}){2,}$/; // 1,234,567 (English thousands; two groups or more)

/** Parses one number written in Vietnamese notation ("64.096", "57,33", "1.234,5", "01"); null if it is not one. */
export function parseVnNumber(raw: string): number | null {
  const s = raw.trim().replace(/\s+/g, "").replace(/^\+/, "");
  if (!s) return null;
  const negative = s.startsWith("-") || s.startsWith("−");
  const body = negative ? s.slice(1) : s;
  if (!/^\d[\d.,]*$/.test(body) || /[.,]$/.test(body) || /[.,]{2}/.test(body)) return null;
  let value: number;
  const lastComma = body.lastIndexOf(",");
  const lastDot = body.lastIndexOf(".");
  if (GROUPED_DOTS.test(body)) value = Number(body.replaceAll(".", ""));
  else if (GROUPED_COMMAS.test(body)) value = Number(body.replaceAll(",", ""));
  else if (lastComma >= 0 && lastDot >= 0) {
    // Both separators: the later one is the decimal mark.
    if (lastComma > lastDot) {
      if (!/^\d{1,3}(?:\.\d{3})*,\d+$/.test(body)) return null;
      value = Number(body.replaceAll(".", "").replace(",", "."));
    } else {
      if (!/^\d{1,3}(?:,\d{3})*\.\d+$/.test(body)) return null;
      value = Number(body.replaceAll(",", ""));
    }
  } else if (lastComma >= 0) {
    if (body.indexOf(",") !== lastComma) return null;
    value = Number(body.replace(",", "."));
  } else if (lastDot >= 0) {
    // A single dot not followed by exactly three digits is a decimal point written English-style ("2.5").
    if (body.indexOf(".") !== lastDot) return null;
    value = Number(body);
  } else value = Number(body);
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}

/** Parses a percentage ("57,33%", "57,33 %", "100%") to its number (57.33); null if it is not one. */
export function parseVnPercent(raw: string): number | null {
  const m = /^\s*([-−]?[\d.,]+)\s*%\s*$/.exec(raw);
  return m ? parseVnNumber(m[1]!) : null;
}

export interface FormatOptions {
  /** Exact number of decimals; by default up to `maxDecimals` without trailing zeros. */
  decimals?: number;
  maxDecimals?: number;
  /** Pad integers below 10 with a leading zero ("05"), as Decree 30 writes document numbers. */
  padTwo?: boolean;
}

/** Formats a number in Vietnamese notation: 64096 → "64.096", 57.33 → "57,33", 1234.5 → "1.234,5". */
export function formatVnNumber(value: number, options: FormatOptions = {}): string {
  if (!Number.isFinite(value)) return String(value);
  const negative = value < 0;
  const abs = Math.abs(value);
  const fixed =
    options.decimals !== undefined
      ? abs.toFixed(options.decimals)
      : abs
          .toFixed(options.maxDecimals ?? 2)
          .replace(/(\.\d*?)0+$/, "$1")
          .replace(/\.$/, "");
  const [intPart = "0", decPart] = fixed.split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const padded = options.padTwo && grouped.length === 1 ? `0${grouped}` : grouped;
  return `${negative ? "-" : ""}${padded}${decPart ? `,${decPart}` : ""}`;
}

/** Formats a percentage in Vietnamese notation: 57.33 → "57,33%". */
export function formatVnPercent(value: number, options: FormatOptions = {}): string {
  return `${formatVnNumber(value, options)}%`;
}

/** The number of decimals a number is written with ("57,33" → 2, "64.096" → 0), to judge rounding. */
export function writtenDecimals(raw: string): number {
  const s = raw.trim();
  if (GROUPED_DOTS.test(s)) return 0;
  const m = /[.,](\d+)$/.exec(s);
  return m ? m[1]!.length : 0;
}
