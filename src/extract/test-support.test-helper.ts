import type { ExtractedFigure } from "../domain/report.js";
import { findFigures } from "./figures.js";
import { findReferences } from "./references.js";
import { textToLines } from "./text-lines.js";

/** The figures of a piece of body text (references masked as in a full extraction). */
export function figuresIn(text: string): ExtractedFigure[] {
  const lines = textToLines(text);
  const masks = findReferences(lines, 0, lines.length).map((r) => ({ index: r.index, start: r.start, end: r.end }));
  return findFigures(lines, 0, lines.length, masks);
}
