import type { RenderSection } from "./renderable-report.js";

// The outline of a report (Decree 30/2020/NĐ-CP, Appendix I, section II.8.b): "Phần" in words or Roman
// numerals, then "I.", "1.", "a)"; deeper decimal numbers ("6.1.") are how departments number sub-items.
const LETTER = /^[a-zđ]$/u;

/** The heading as printed: "I. CÔNG TÁC QUẢN LÝ", "6.1. Thông tin cơ sở", "a) Bưu chính", or the title alone. */
export function headingLabel(section: Pick<RenderSection, "number" | "title">): string {
  const number = section.number?.trim();
  if (!number) return section.title;
  if (LETTER.test(number)) return `${number}) ${section.title}`;
  return `${number}. ${section.title}`;
}
