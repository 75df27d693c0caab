/**
 * Formulas of derived indicators ("DOC_SIGNED / DOC_OUT * 100"): numbers, indicator codes, + - * / and
 * parentheses, parsed by a small recursive-descent parser and evaluated without `eval`.
 */
import { UserError } from "./errors.js";

export type FormulaNode =
  | { type: "number"; value: number }
  | { type: "code"; code: string }
  | { type: "negate"; operand: FormulaNode }
  | { type: "binary"; operator: "+" | "-" | "*" | "/"; left: FormulaNode; right: FormulaNode };

/** Values of the codes a formula names; a missing or null value makes the result null. */
export type FormulaValues =
  | ReadonlyMap<string, number | null | undefined>
  | Readonly<Record<string, number | null | undefined>>
  | ((code: string) => number | null | undefined);

type Token =
  | { kind: "number"; value: number; position: number; text: string }
  | { kind: "code"; code: string; position: number; text: string }
  | { kind: "operator"; operator: "+" | "-" | "*" | "/" | "(" | ")"; position: number; text: string }
  | { kind: "end"; position: number; text: string };

function syntaxError(formula: string, position: number, why: string): UserError {
  return new UserError(
    "formula_syntax",
    `Công thức "${formula}" sai ở vị trí ${position}: ${why}.`,
    { field: "formula" },
    {
      position,
    },
  );
}

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const char = formula.charAt(i);
    const position = i + 1;
    if (/\s/.test(char)) {
      i += 1;
      continue;
    }
    if ("+-*/()".includes(char)) {
      tokens.push({ kind: "operator", operator: char as "+", position, text: char });
      i += 1;
      continue;
    }
    if (/[A-Z0-9_.]/.test(char)) {
      let end = i;
      while (end < formula.length && /[A-Z0-9_.]/.test(formula.charAt(end))) end += 1;
      const text = formula.slice(i, end);
      if (/^\d+(\.\d+)?$/.test(text) || /^\.\d+$/.test(text)) {
        tokens.push({ kind: "number", value: Number(text), position, text });
      } else if (/^[A-Z0-9_]+$/.test(text)) {
        tokens.push({ kind: "code", code: text, position, text });
      } else {
        throw syntaxError(formula, position, `"${text}" không phải số hay mã chỉ tiêu`);
      }
      i = end;
      continue;
    }
    if (char === ",") {
      throw syntaxError(
        formula,
        position,
        'dấu phẩy không dùng trong công thức; phần thập phân viết bằng dấu chấm "."',
      );
    }
    if (/[a-z]/.test(char)) {
      throw syntaxError(formula, position, `mã chỉ tiêu viết chữ in hoa (ký tự "${char}")`);
    }
    throw syntaxError(
      formula,
      position,
      `ký tự "${char}" không được phép (chỉ dùng số, mã chỉ tiêu, + - * / và ngoặc)`,
    );
  }
  tokens.push({ kind: "end", position: formula.length + 1, text: "" });
  return tokens;
}

// Analytics evaluates the same few catalogue formulas for every unit and period: parse each text once.
const parsed = new Map<string, FormulaNode>();
const PARSED_LIMIT = 1000;

/** Parses a formula into a tree; a syntax error is a UserError carrying the 1-based position. */
export function parseFormula(formula: string): FormulaNode {
  let node = parsed.get(formula);
  if (!node) {
    node = parseFormulaText(formula);
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    parsed.set(formula, node);
  }
  return node;
}

function parseFormulaText(formula: string): FormulaNode {
  const tokens = tokenize(formula);
  let index = 0;
  const peek = (): Token => tokens[index] ?? tokens[tokens.length - 1]!;
  const isOperator = (token: Token, ...operators: string[]) =>
    token.kind === "operator" && operators.includes(token.operator);

  const describe = (token: Token) =>
    token.kind === "end" ? "công thức kết thúc khi còn thiếu số hoặc mã chỉ tiêu" : `không mong đợi "${token.text}"`;

  const expression = (): FormulaNode => {
    let left = term();
    while (isOperator(peek(), "+", "-")) {
      const operator = (tokens[index++] as { operator: "+" | "-" }).operator;
      left = { type: "binary", operator, left, right: term() };
    }
    return left;
  };
  const term = (): FormulaNode => {
    let left = unary();
    while (isOperator(peek(), "*", "/")) {
      const operator = (tokens[index++] as { operator: "*" | "/" }).operator;
      left = { type: "binary", operator, left, right: unary() };
    }
    return left;
  };
  const unary = (): FormulaNode => {
    if (isOperator(peek(), "-")) {
      index += 1;
      return { type: "negate", operand: unary() };
    }
    if (isOperator(peek(), "+")) {
      index += 1;
      return unary();
    }
    return primary();
  };
  const primary = (): FormulaNode => {
    const token = peek();
    if (token.kind === "number") {
      index += 1;
      return { type: "number", value: token.value };
    }
    if (token.kind === "code") {
      index += 1;
      return { type: "code", code: token.code };
    }
    if (isOperator(token, "(")) {
      index += 1;
      const inner = expression();
      const closing = peek();
      if (!isOperator(closing, ")")) {
        throw syntaxError(
          formula,
          closing.position,
          `thiếu dấu đóng ngoặc ")" cho dấu mở ngoặc ở vị trí ${token.position}`,
        );
      }
      index += 1;
      return inner;
    }
    throw syntaxError(formula, token.position, describe(token));
  };

  if (tokens.length === 1) throw syntaxError(formula, 1, "công thức rỗng");
  const tree = expression();
  const rest = peek();
  if (rest.kind !== "end") throw syntaxError(formula, rest.position, `không mong đợi "${rest.text}"`);
  return tree;
}

function collectCodes(node: FormulaNode, into: string[]): void {
  switch (node.type) {
    case "code":
      if (!into.includes(node.code)) into.push(node.code);
      return;
    case "negate":
      collectCodes(node.operand, into);
      return;
    case "binary":
      collectCodes(node.left, into);
      collectCodes(node.right, into);
      return;
    case "number":
      return;
  }
}

/** The indicator codes a formula uses, each once, in order of appearance. */
export function formulaDependencies(formula: string | FormulaNode): string[] {
  const codes: string[] = [];
  collectCodes(typeof formula === "string" ? parseFormula(formula) : formula, codes);
  return codes;
}

function lookup(values: FormulaValues, code: string): number | null {
  let value: number | null | undefined;
  if (typeof values === "function") value = values(code);
  else if (values instanceof Map) value = values.get(code);
  else value = (values as Readonly<Record<string, number | null | undefined>>)[code];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function evaluateNode(node: FormulaNode, values: FormulaValues): number | null {
  switch (node.type) {
    case "number":
      return node.value;
    case "code":
      return lookup(values, node.code);
    case "negate": {
      const operand = evaluateNode(node.operand, values);
      return operand === null ? null : -operand;
    }
    case "binary": {
      const left = evaluateNode(node.left, values);
      const right = evaluateNode(node.right, values);
      if (left === null || right === null) return null;
      switch (node.operator) {
        case "+":
          return left + right;
        case "-":
          return left - right;
        case "*":
          return left * right;
        case "/":
          // A ratio over nothing has no value (not 0, not Infinity).
          return right === 0 ? null : left / right;
      }
    }
  }
}

/** Evaluates a formula; null when a value is missing or a division by zero happens. */
export function evaluateFormula(formula: string | FormulaNode, values: FormulaValues): number | null {
  return evaluateNode(typeof formula === "string" ? parseFormula(formula) : formula, values);
}
