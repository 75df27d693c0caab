/** The numbering or bullet a line starts with, as the outline and the lists read it. */
export type MarkerKind = "part" | "upper" | "roman" | "arabic" | "letter" | "bullet";

export interface LineMarker {
  kind: MarkerKind;
  /** Number as written without the trailing dot ("I", "2.4", "a", "Phần thứ nhất"); null for bullets. */
  number: string | null;
  /** Depth of an arabic number ("2.4" → 2); 1 otherwise. */
  depth: number;
  /** The bullet character ("-", "+", "*"), when a bullet. */
  bullet: string | null;
  /** Written with a separator ("1.", "I.", "a)"), not bare ("1 ", "I "). */
  punctuated: boolean;
  /** The text after the marker. */
  rest: string;
}

const PART = /^(phần|PHẦN|Phần)\s+(thứ\s+\p{L}+|THỨ\s+\p{L}+|[IVXLC]{1,6}|[A-Z]|\d{1,2})\s*[.:\-–]?\s*/u;
const ROMAN = /^([IVXLC]{1,6})(\s*[.):\-–]\s*|\s+)(?=\S)/;
const ARABIC = /^(\d{1,2}(?:\.\d{1,2}){0,3})(\.?\s*[.):/]\s*|\.\s*|\s*[-–]\s+|\s+)(?=\S)/;
const LETTER = /^([a-zđ])(\s*[).]\s+)(?=\S)/u;
const UPPER = /^([A-HĐ])\s*[.)]\s+(?=\p{Lu})/u;
const BULLET = /^([-+•*–·◦▪➢✓])\s*(?=\S)/u;
const ROMAN_VALUE = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

let lastText: string | null = null;
let lastMarker: LineMarker | null = null;

/** Reads the marker at the start of a line; null when the line starts with plain text. */
export function readMarker(text: string): LineMarker | null {
  // The outline, the lists and the figures each ask about the same line in turn.
  if (text === lastText) return lastMarker;
  lastMarker = parseMarker(text);
  lastText = text;
  return lastMarker;
}

function parseMarker(text: string): LineMarker | null {
  const part = PART.exec(text);
  if (part && part[0].length < text.length) {
    return marker("part", `${part[1]} ${part[2]}`.replace(/\s+/g, " "), 1, true, text.slice(part[0].length));
  }
  // "A. KẾT QUẢ", "B. PHƯƠNG HƯỚNG": capital letters above the roman numerals ("C." is a letter here, not 100).
  const upper = UPPER.exec(text);
  if (upper) return marker("upper", upper[1]!, 1, true, text.slice(upper[0].length));
  const roman = ROMAN.exec(text);
  if (roman && ROMAN_VALUE.test(roman[1]!) && !/^[LCDM]$/.test(roman[1]!)) {
    const rest = text.slice(roman[0].length);
    const punctuated = /[.):\-–]/.test(roman[2]!);
    // "I " bare needs an upper-case word after it; "V/v" and "X-quang" are words, not numbers.
    if ((punctuated || /^\p{Lu}/u.test(rest)) && !/^\//.test(rest))
      return marker("roman", roman[1]!, 1, punctuated, rest);
  }
  const arabic = ARABIC.exec(text);
  if (arabic) {
    const rest = text.slice(arabic[0].length);
    const sep = arabic[2]!;
    const punctuated = /[.):/\-–]/.test(sep);
    const number = arabic[1]!;
    // "03 xã", "2.126 chứng thư" are quantities: a bare number must be followed by an upper-case word.
    if (sep.trim() === "/" && /^\d/.test(rest)) return null;
    if (punctuated ? /^[\p{Lu}\p{Ll}"“(]/u.test(rest) && !/^\d/.test(rest) : /^\p{Lu}/u.test(rest)) {
      if (!(punctuated && sep.trim() === ")" && /^\p{Ll}/u.test(rest) && number.length > 2))
        return marker("arabic", number, number.split(".").length, punctuated, rest);
    }
  }
  const letter = LETTER.exec(text);
  if (letter) return marker("letter", letter[1]!, 1, true, text.slice(letter[0].length));
  const bullet = BULLET.exec(text);
  if (bullet) {
    const rest = text.slice(bullet[0].length);
    // "-19" or "- 5%" are numbers, not bullets followed by text.
    if (!/^\d+(?:[.,]\d+)*\s*%/.test(rest)) return { ...marker("bullet", null, 1, true, rest), bullet: bullet[1]! };
  }
  return null;
}

function marker(kind: MarkerKind, number: string | null, depth: number, punctuated: boolean, rest: string): LineMarker {
  return { kind, number, depth, bullet: null, punctuated, rest: rest.trim() };
}

/** The value of a roman numeral ("IV" → 4); 0 when it is not one. */
export function romanValue(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = values[roman[i]!] ?? 0;
    const next = values[roman[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
