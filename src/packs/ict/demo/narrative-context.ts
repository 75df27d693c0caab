import type { ExtractedReference } from "../../../domain/report.js";
import { addDays } from "./calendar.js";
import { type DemoDepartment, departmentNameOn, ministryNameOn } from "./departments.js";
import type { Rng } from "./prng.js";
import { formatCitationDate, formatVnCount, formatVnNumber } from "./vn-format.js";

/** Who issued a cited document: the department (with a division), the province, or the ministry. */
export type CitationSource = "department" | "province" | "ministry";

/** What a section writer needs: the values to quote, the period in words, and a way to cite documents. */
export interface NarrativeContext {
  rng: Rng;
  department: DemoDepartment;
  values: Map<string, number>;
  /** "tháng 10/2025", "quý III/2025". */
  periodLabel: string;
  nextPeriodLabel: string;
  isMonthly: boolean;
  /** Press, publishing and grassroots information moved to the culture department (1 March 2025). */
  isPressTransferred: boolean;
  references: Omit<ExtractedReference, "line">[];
  /** First and last day documents cited in this report may carry. */
  citeFrom: string;
  citeTo: string;
}

/** The value under `key`; a programming error when the form did not produce it. */
export function figure(ctx: NarrativeContext, key: string): number {
  const value = ctx.values.get(key);
  if (value === undefined) throw new Error(`Demo narrative needs ${key}`);
  return value;
}

export const has = (ctx: NarrativeContext, key: string) => ctx.values.has(key);
/** "29.097". */
export const num = (ctx: NarrativeContext, key: string) => formatVnNumber(figure(ctx, key));
/** "03" for small counts, "1.234" otherwise. */
export const count = (ctx: NarrativeContext, key: string) => formatVnCount(figure(ctx, key));
/** "57,33%". */
export const pct = (ctx: NarrativeContext, key: string) => `${formatVnNumber(figure(ctx, key))}%`;

function randomDate(ctx: NarrativeContext): string {
  const from = new Date(`${ctx.citeFrom}T00:00:00Z`).getTime();
  const to = new Date(`${ctx.citeTo}T00:00:00Z`).getTime();
  const days = Math.max(0, Math.round((to - from) / 86_400_000));
  return addDays(ctx.citeFrom, ctx.rng.int(0, days));
}

function dayOfYear(iso: string): number {
  const date = new Date(`${iso}T00:00:00Z`);
  return Math.floor((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
}

const MINISTRY_UNITS = { before: ["VP", "THH", "CVT", "CATTT", "KHTC"], after: ["VP", "CĐSQG", "CVT", "KHTC"] };

/**
 * Writes a citation ("Công văn số 742/STTTT-CNTT ngày 27/7/2025") and records it as a reference. Numbers grow
 * with the day of the year, as a register's numbers do; the symbol is the issuer's as it was on that date.
 */
export function cite(ctx: NarrativeContext, source: CitationSource, type: string, divisionSymbol = "VP"): string {
  const date = randomDate(ctx);
  const scale = Math.sqrt(ctx.department.areas.reduce((sum, area) => sum + area.scale, 0));
  const sequence = Math.max(1, Math.floor(dayOfYear(date) * 4.2 * scale) + ctx.rng.int(0, 3));
  const typeAbbreviation: Record<string, string> = { "Kế hoạch": "KH", "Quyết định": "QĐ", "Báo cáo": "BC" };
  let code: string;
  let issuer: string | null = null;
  if (source === "department") {
    const symbol = departmentNameOn(ctx.department, date).symbol;
    const abbreviation = typeAbbreviation[type];
    // Plans and decisions have registers of their own, far shorter than the Công văn register.
    code = abbreviation
      ? `${Math.floor(sequence / 12) + 1}/${abbreviation}-${symbol}`
      : `${sequence}/${symbol}-${divisionSymbol}`;
  } else if (source === "province") {
    code = `${Math.max(1, Math.floor(sequence * 1.6))}/${typeAbbreviation[type] ?? "UBND"}-UBND`;
    if (type === "Công văn") code = `${Math.max(1, Math.floor(sequence * 1.6))}/UBND-KGVX`;
    issuer = "UBND tỉnh";
  } else {
    const ministry = ministryNameOn(date);
    const unit = ctx.rng.pick(date < "2025-03-01" ? MINISTRY_UNITS.before : MINISTRY_UNITS.after);
    code = `${sequence * 3}/${ministry.symbol}-${unit}`;
    issuer = ministry.name;
  }
  const quote = `${type} số ${code} ngày ${formatCitationDate(date)}`;
  ctx.references.push({ type, code, date, issuer, quote });
  return issuer ? `${quote} của ${issuer}` : quote;
}

/** Cites a known legal document by its code ("45/2016/QĐ-TTg") and records it as a reference. */
export function citeKnown(ctx: NarrativeContext, type: string, code: string, issuer: string | null = null): string {
  const quote = `${type} số ${code}`;
  ctx.references.push({ type, code, date: null, issuer, quote });
  return issuer ? `${quote} của ${issuer}` : quote;
}
