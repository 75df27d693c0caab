import { BorderStyle, LineRuleType, Paragraph } from "docx";
import { mm } from "./docx-layout.js";

/**
 * A horizontal rule of a given length centred in a box: an empty, tiny paragraph with a bottom border whose
 * indents leave `lengthMm` of line (Decree 30 draws rules under the agency, the motto and the subject).
 */
export function ruleParagraph(lengthMm: number, boxWidthMm: number, after = 0): Paragraph {
  const side = mm(Math.max(0, (boxWidthMm - lengthMm) / 2));
  return new Paragraph({
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    indent: { left: side, right: side, firstLine: 0 },
    // An exact 4 pt line: the border then sits just under the text above instead of a blank line lower.
    spacing: { before: 0, after, line: 80, lineRule: LineRuleType.EXACT },
    children: [],
    run: { size: 2 },
  });
}

// Average advance of Times New Roman per character, measured on Liberation Serif (metric-compatible): bold
// capitals ≈ 0.62 em ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG" at 12 pt is 74 mm), bold mixed case ≈ 0.45 em.
const EM_PER_CHAR_CAPS = 0.62;
const EM_PER_CHAR_MIXED = 0.45;

/** Estimated printed width of a line of bold text, in millimetres. */
export function estimateWidthMm(text: string, sizePt: number): number {
  const caps = text === text.toLocaleUpperCase("vi");
  const perChar = caps ? EM_PER_CHAR_CAPS : EM_PER_CHAR_MIXED;
  return text.length * perChar * sizePt * (25.4 / 72);
}
