import { periodLabel as domainPeriodLabel, parsePeriodCode } from "../../domain/period.js";
import { formatVnNumber } from "../../domain/vn-number.js";
import type { Dictionary } from "./i18n/vi.js";

/** "2026-10-15" or an ISO timestamp → "15/10/2026" (timestamps in the reader's time zone); "" when absent. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "";
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (plain) return `${plain[3]}/${plain[2]}/${plain[1]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** A number as the reader writes it: Vietnamese notation ("64.096", "57,33"), English notation in English. */
export function formatNumber(value: number, language: string): string {
  if (language === "en") return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
  return formatVnNumber(value);
}

/** A period code ("2026-10", "2026-Q3", "2026-H1", "2026-9M", "2026") in words; the code itself if unknown. */
export function periodLabel(code: string, t: Dictionary): string {
  let label: string;
  try {
    label = domainPeriodLabel(parsePeriodCode(code), t.lang === "en" ? "en" : "vi");
  } catch {
    return code;
  }
  return label.charAt(0).toUpperCase() + label.slice(1);
}
