import { normalizeStructuredText } from "./structured-text.js";

/**
 * Merges a stale save: the user's text with what the other person added since the text both started from.
 * Nothing of the user's text is removed; a line (paragraph line or item) the other person wrote that is in
 * neither the user's text nor the starting text is inserted after the nearest line before it that the user
 * also has, so a changed line appears in both versions for the user to choose. Lines are compared in stored form.
 */
export function mergeAdditions(base: string, mine: string, theirs: string): string {
  const lines = (text: string) => normalizeStructuredText(text).split("\n");
  const ours = lines(mine);
  const other = lines(theirs);
  const known = new Set([...lines(base), ...ours].filter((l) => l !== ""));
  const insertAfter = new Map<number, string[]>();
  let j = 0;
  while (j < other.length) {
    const line = other[j] ?? "";
    if (line === "" || known.has(line)) {
      j++;
      continue;
    }
    let end = j;
    while (end < other.length && ((other[end] ?? "") === "" || !known.has(other[end] ?? ""))) end++;
    while (end > j && (other[end - 1] ?? "") === "") end--;
    const run = other.slice(j, end);
    const blankBefore = (other[j - 1] ?? "") === "";
    const blankAfter = end < other.length && (other[end] ?? "") === "";
    let anchor = -1;
    for (let p = j - 1; p >= 0 && anchor < 0; p--) {
      const before = other[p] ?? "";
      if (before !== "") anchor = ours.indexOf(before);
    }
    let chunk: string[];
    let at: number;
    if (anchor >= 0) {
      // A new paragraph goes after the blank line that follows its anchor; an added item stays in its list.
      at = anchor;
      if (blankBefore) while ((ours[at + 1] ?? null) === "") at++;
      // A new block ends with a blank line unless it runs on into the user's next line (an item of the list).
      const blankAfterRun = blankAfter || (blankBefore && other[end] !== ours[at + 1]);
      chunk = [...(blankBefore && at === anchor ? [""] : []), ...run, ...(blankAfterRun ? [""] : [])];
    } else {
      // No line before it that the user kept: before the next line the user has, else where it was in theirs.
      let next = -1;
      for (let p = end; p < other.length && next < 0; p++) {
        const after = other[p] ?? "";
        if (after !== "") next = ours.indexOf(after);
      }
      const atStart = other.slice(0, j).every((l) => l === "");
      at = next >= 0 ? next - 1 : atStart ? -1 : ours.length - 1;
      chunk = [...(blankBefore ? [""] : []), ...run, ...(blankAfter || next < 0 ? [""] : [])];
    }
    insertAfter.set(at, [...(insertAfter.get(at) ?? []), ...chunk]);
    j = end;
  }
  const merged = [...(insertAfter.get(-1) ?? [])];
  ours.forEach((line, i) => {
    merged.push(line, ...(insertAfter.get(i) ?? []));
  });
  return normalizeStructuredText(merged.join("\n"));
}
