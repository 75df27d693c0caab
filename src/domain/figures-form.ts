/**
 * The numeric form (biểu mẫu) of a report as a user fills it: which rows it has, what a typed cell means, which
 * figures are computed from others, and which cells clash with what someone else saved meanwhile. Pure: the web
 * form and its tests share it.
 */
import { evaluateFormula } from "./formula.js";
import type { ValueType } from "./indicator.js";
import { parseVnNumber, parseVnPercent } from "./vn-number.js";

/** The key of one cell: an indicator and a category ("" is the total), as value warnings use it. */
export function figureKey(indicatorCode: string, disaggregation = ""): string {
  return `${indicatorCode}|${disaggregation}`;
}

/** What a typed cell holds: nothing (the value is removed), a number, or text that is not a figure. */
export type CellInput =
  | { kind: "empty" }
  | { kind: "number"; value: number }
  | { kind: "invalid"; reason: "not-a-number" | "fraction-in-count" };

/**
 * Reads one typed cell in Vietnamese notation ("1.234.567", "12,5", also "1234567"); a percentage may end with
 * "%". Counts (integer indicators) must be whole numbers.
 */
export function parseFigureCell(text: string, valueType: ValueType): CellInput {
  const trimmed = text.trim();
  if (!trimmed) return { kind: "empty" };
  const value = valueType === "percent" && trimmed.endsWith("%") ? parseVnPercent(trimmed) : parseVnNumber(trimmed);
  if (value === null) return { kind: "invalid", reason: "not-a-number" };
  if (valueType === "integer" && !Number.isInteger(value)) return { kind: "invalid", reason: "fraction-in-count" };
  return { kind: "number", value };
}

/** What the form needs to know about an indicator of the catalogue. */
export interface FormIndicatorFacts {
  code: string;
  formula: string | null;
  disaggregations: readonly { code: string; name: string }[];
}

/** One indicator of the regime's form, in the form's order. */
export interface FormEntry {
  code: string;
  name: string;
  unitOfMeasure: string | null;
  sectionKey: string | null;
}

/** One row of the form: an indicator's total, or one of its categories right under it. */
export interface FormRow {
  key: string;
  indicatorCode: string;
  disaggregation: string;
  /** The indicator's name for a total, the category's name for a part. */
  label: string;
  unitOfMeasure: string | null;
  sectionKey: string | null;
  /** Computed from other figures (a formula): shown, never typed. */
  derived: boolean;
  isPart: boolean;
}

/** The rows of a form: each indicator's total, then its categories; computed indicators have no categories. */
export function formRows(form: readonly FormEntry[], indicators: ReadonlyMap<string, FormIndicatorFacts>): FormRow[] {
  const rows: FormRow[] = [];
  for (const entry of form) {
    const indicator = indicators.get(entry.code);
    const derived = Boolean(indicator?.formula);
    const base = {
      indicatorCode: entry.code,
      unitOfMeasure: entry.unitOfMeasure,
      sectionKey: entry.sectionKey,
      derived,
    };
    rows.push({ ...base, key: figureKey(entry.code), disaggregation: "", label: entry.name, isPart: false });
    if (derived) continue;
    for (const d of indicator?.disaggregations ?? []) {
      rows.push({ ...base, key: figureKey(entry.code, d.code), disaggregation: d.code, label: d.name, isPart: true });
    }
  }
  return rows;
}

/**
 * The computed indicators' values from the totals typed so far (rounded to two decimals, as the server stores
 * them); null when a component is missing or the denominator is zero. A formula may use another computed one.
 */
export function derivedValues(
  indicators: Iterable<Pick<FormIndicatorFacts, "code" | "formula">>,
  totals: ReadonlyMap<string, number>,
): Map<string, number | null> {
  const formulas = [...indicators].filter((i): i is { code: string; formula: string } => Boolean(i.formula));
  const result = new Map<string, number | null>();
  const lookup = (code: string) => (result.has(code) ? result.get(code) : totals.get(code));
  // Each pass settles at least one more level of formulas that use formulas.
  for (let pass = 0; pass <= formulas.length; pass++) {
    let changed = false;
    for (const i of formulas) {
      let value: number | null;
      try {
        value = evaluateFormula(i.formula, lookup);
      } catch {
        value = null;
      }
      const rounded = value === null ? null : Math.round(value * 100) / 100;
      if (result.get(i.code) !== rounded || !result.has(i.code)) {
        result.set(i.code, rounded);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return result;
}

/**
 * The cells where the user's unsaved figures clash with what someone else saved meanwhile: the other person
 * changed the cell (from `base`, what the user started from) and to something else than the user typed.
 * `mine` maps keys to the user's value (null: cleared); `base` and `theirs` hold stored values by key.
 */
export function conflictingCells(
  mine: ReadonlyMap<string, number | null>,
  base: ReadonlyMap<string, number>,
  theirs: ReadonlyMap<string, number>,
): Map<string, number | null> {
  const conflicts = new Map<string, number | null>();
  for (const [key, value] of mine) {
    const other = theirs.get(key) ?? null;
    if (other !== (base.get(key) ?? null) && other !== value) conflicts.set(key, other);
  }
  return conflicts;
}
