// The outline of a report (Decree 30/2020/NĐ-CP, Appendix I, section II.8.b): "Phần" in words or Roman
// numerals, then "I.", "1.", "a)"; deeper decimal numbers ("6.1.") are how departments number sub-items.
const LETTER = /^[a-zđ]$/u;

/** A heading's number as printed: "I." for "I", "6.1." for "6.1", "a)" for "a"; null when there is none. */
export function headingNumber(number: string | null | undefined): string | null {
  const trimmed = number?.trim();
  if (!trimmed) return null;
  if (LETTER.test(trimmed)) return `${trimmed})`;
  return /[.)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The heading as printed: "I. CÔNG TÁC QUẢN LÝ", "6.1. Thông tin cơ sở", "a) Bưu chính", or the title alone. */
export function headingLabel(section: { number?: string | null; title: string }): string {
  const number = headingNumber(section.number);
  return number ? `${number} ${section.title}` : section.title;
}
