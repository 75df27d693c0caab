/** The catalogue as a graph of derived indicators: what each uses, and whether a change would make a cycle. */
import { UserError } from "./errors.js";
import { formulaDependencies } from "./formula.js";

/** What an indicator is computed from: its formula's codes and its numerator and denominator. */
export interface IndicatorParts {
  code: string;
  formula?: string | null | undefined;
  numeratorCode?: string | null | undefined;
  denominatorCode?: string | null | undefined;
}

/** The codes an indicator depends on, each once; a formula that does not parse contributes none. */
export function dependenciesOf(indicator: IndicatorParts): string[] {
  let codes: string[] = [];
  if (indicator.formula) {
    try {
      codes = formulaDependencies(indicator.formula);
    } catch {
      codes = [];
    }
  }
  for (const code of [indicator.numeratorCode, indicator.denominatorCode]) if (code) codes.push(code);
  return [...new Set(codes)];
}

/**
 * A path of codes from `start` back to itself through the dependencies (["A", "B", "A"]), or null when
 * `start` is not on a cycle. `graph` maps each code to the codes it depends on.
 */
export function findCycle(start: string, graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const seen = new Set<string>();
  const walk = (code: string, path: string[]): string[] | null => {
    for (const next of graph.get(code) ?? []) {
      if (next === start) return [...path, next];
      if (seen.has(next)) continue;
      seen.add(next);
      const found = walk(next, [...path, next]);
      if (found) return found;
    }
    return null;
  };
  return walk(start, [start]);
}

/**
 * Checks an indicator's formula, numerator and denominator against the catalogue: the formula parses, every
 * code exists, the parts are not the indicator itself and no cycle appears. Throws INVALID_INPUT with the field.
 */
export function checkIndicatorParts(indicator: IndicatorParts, catalogue: readonly IndicatorParts[]): void {
  const known = new Set(catalogue.map((i) => i.code));
  const fields: [keyof IndicatorParts, string[]][] = [];
  if (indicator.formula) {
    try {
      fields.push(["formula", formulaDependencies(indicator.formula)]);
    } catch (error) {
      throw new UserError("INVALID_INPUT", `Công thức không hợp lệ: ${(error as Error).message}`, { field: "formula" });
    }
  }
  if (indicator.numeratorCode) fields.push(["numeratorCode", [indicator.numeratorCode]]);
  if (indicator.denominatorCode) fields.push(["denominatorCode", [indicator.denominatorCode]]);
  for (const [field, codes] of fields) {
    for (const code of codes) {
      if (code === indicator.code) {
        throw new UserError("INVALID_INPUT", `Chỉ tiêu ${indicator.code} không được tính từ chính nó.`, { field });
      }
      if (!known.has(code)) {
        throw new UserError("INVALID_INPUT", `Mã chỉ tiêu "${code}" không có trong danh mục.`, { field });
      }
    }
  }
  const graph = new Map<string, string[]>(catalogue.map((i) => [i.code, dependenciesOf(i)]));
  graph.set(indicator.code, dependenciesOf(indicator));
  const cycle = findCycle(indicator.code, graph);
  if (cycle) {
    throw new UserError("INVALID_INPUT", `Công thức tạo vòng lặp giữa các chỉ tiêu: ${cycle.join(" → ")}.`, {
      field: indicator.formula ? "formula" : "numeratorCode",
    });
  }
}
