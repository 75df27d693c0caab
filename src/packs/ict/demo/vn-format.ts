/** Vietnamese notation for the demo's text: "." groups thousands, "," marks decimals (Decree 30). */

/** 29097 → "29.097"; 57.33 → "57,33"; at most `decimals` decimals, trailing zeros dropped. */
export function formatVnNumber(value: number, decimals = 2): string {
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = "0", fraction = ""] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const trimmed = fraction.replace(/0+$/, "");
  return `${negative ? "-" : ""}${grouped}${trimmed ? `,${trimmed}` : ""}`;
}

/** Small counts are written with a leading zero in reports ("03 cuộc"); larger ones as usual. */
export function formatVnCount(value: number): string {
  return value >= 1 && value < 10 && Number.isInteger(value) ? `0${value}` : formatVnNumber(value);
}

/** "2025-07-27" → "27/7/2025", the way reports cite a document's date. */
export function formatCitationDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day}/${month}/${year}`;
}

/** Quarter in Roman numerals as reports write it ("quý III/2025"). */
export function romanQuarter(quarter: number): string {
  return ["I", "II", "III", "IV"][quarter - 1] ?? String(quarter);
}
