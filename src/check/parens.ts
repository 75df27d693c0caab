/** Parenthesis depth of every character of a text (an unclosed "(" stays open to the end). */
export function parenDepths(text: string): number[] {
  const depths: number[] = new Array(text.length);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") {
      depths[i] = depth;
      depth++;
    } else if (c === ")") {
      depth = Math.max(0, depth - 1);
      depths[i] = depth;
    } else depths[i] = depth;
  }
  return depths;
}

/** Offset of the "(" that opens the group containing `pos`, or -1 at top level. */
export function openingParen(text: string, pos: number): number {
  let depth = 0;
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ")") depth++;
    else if (c === "(") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** End offset of the group that starts at `from` (the matching ")" of the enclosing group, or the text end). */
export function groupEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return text.length;
}

/** Splits `text[from, to)` at top-level separators (",", ";", " và ") and returns the pieces with offsets. */
export function splitTopLevel(text: string, from: number, to: number): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      let sepLength = 0;
      // A comma between digits is a decimal mark ("1,4 tỷ đồng"), not a separator.
      if (c === ";" || (c === "," && !(/\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")))) sepLength = 1;
      else if (c === " " && /^ (?:và|cùng) /u.test(text.slice(i, i + 6)))
        sepLength = text.slice(i).startsWith(" và ") ? 4 : 6;
      if (sepLength > 0) {
        pieces.push({ start, end: i });
        start = i + sepLength;
      }
    }
  }
  pieces.push({ start, end: to });
  return pieces.map((p) => trimSpan(text, p)).filter((p) => p.end > p.start);
}

function trimSpan(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s.]/.test(text[end - 1]!)) end--;
  return { start, end };
}
