// Decree 30/2020/NĐ-CP, Appendix I, section I: A4 paper (210 × 297 mm), portrait; margins top 20–25 mm, bottom
// 20–25 mm, left 30–35 mm, right 15–20 mm; font Times New Roman; body 13–14 pt; first-line indent 1–1.27 cm;
// at least 6 pt between paragraphs; line spacing single to 1.5 lines.

/** A4 in twips (Word's own figures, 11906 × 16838). */
export const PAGE_WIDTH = 11906;
export const PAGE_HEIGHT = 16838;
/** Millimetres → twips, rounded (docx's own helper truncates: 20 mm would give 1133, not 1134). */
export function mm(millimetres: number): number {
  return Math.round((millimetres * 1440) / 25.4);
}

export const MARGIN_TOP = mm(20);
export const MARGIN_BOTTOM = mm(20);
export const MARGIN_LEFT = mm(30);
export const MARGIN_RIGHT = mm(15);
/** The page number sits in the top margin, 10 mm from the edge. */
export const HEADER_DISTANCE = mm(10);
export const TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

export const FONT = "Times New Roman";
/** Sizes in half-points, as Word stores them. */
export const BODY_SIZE = 28;
export const FIRST_LINE_INDENT = mm(10);
/** 6 pt after each paragraph. */
export const PARAGRAPH_AFTER = 120;
/** 1.2 lines (240 = single). */
export const LINE_SPACING = 288;

/** Points → half-points. */
export function pt(points: number): number {
  return points * 2;
}
