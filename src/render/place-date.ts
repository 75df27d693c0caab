import type { PartialDate } from "./renderable-report.js";

// Decree 30/2020/NĐ-CP, Appendix I, section II.5: "ngày ... tháng ... năm ..." in full; days below 10 and the
// months 1 and 2 take a leading 0 ("ngày 05 tháng 01", "tháng 02") so no one can add a digit afterwards.
const BLANK_DAY = "  ";
const BLANK_MONTH = "  ";
const BLANK_YEAR = "20..";

/** The day as Decree 30 writes it: "05", "14"; blank spaces when unknown. */
export function formatDecreeDay(day: number | null | undefined): string {
  if (day == null) return BLANK_DAY;
  return day < 10 ? `0${day}` : String(day);
}

/** The month as Decree 30 writes it: "01", "02", then "3" … "12"; blank spaces when unknown. */
export function formatDecreeMonth(month: number | null | undefined): string {
  if (month == null) return BLANK_MONTH;
  return month <= 2 ? `0${month}` : String(month);
}

/** "Cao Bằng, ngày 05 tháng 01 năm 2026"; unknown parts stay blank for the date written at signing. */
export function formatPlaceDate(place: string | null, date: PartialDate): string {
  // Annotations may omit a field instead of writing null: both mean "not known".
  const year = date.year == null ? BLANK_YEAR : String(date.year);
  const datePart = `ngày ${formatDecreeDay(date.day)} tháng ${formatDecreeMonth(date.month)} năm ${year}`;
  return (place ? `${place.trim()}, ${datePart}` : datePart).normalize("NFC");
}

/** Reads an ISO date ("2026-01-05", or a timestamp) into its parts; all null when absent or malformed. */
export function partialDateOfIso(iso: string | null | undefined): PartialDate {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return { day: null, month: null, year: null };
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}
