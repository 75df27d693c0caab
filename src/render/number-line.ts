// Decree 30/2020/NĐ-CP, Appendix I, section II.3: "Số" then ":", the number (below 10 with a leading 0), "/"
// between number and symbol, "-" between the symbol's groups, no spaces inside ("Số: 05/BC-STTTT"). Before
// issue the number is left blank for the clerk ("Số:      /BC-STTTT").
const BLANK_NUMBER = "     ";

/** The symbol of a document type issued by an agency: "BC" + "STTTT" → "BC-STTTT". */
export function documentSymbol(docType: string, agencySymbol: string): string {
  return `${docType.trim()}-${agencySymbol.trim()}`;
}

/** "Số: 12/BC-STTTT" from a written number ("12/BC-STTTT", "5/BC-STTTT", "/BC-STTTT") or a bare symbol. */
export function formatNumberLine(numberText: string | null, fallbackSymbol: string | null): string {
  const text = (numberText ?? "").replace(/\s+/g, "");
  const m = /^(\d*)\/(.+)$/.exec(text);
  if (m) {
    const n = m[1] ?? "";
    const number = n === "" ? BLANK_NUMBER : n.length === 1 ? `0${n}` : n;
    return `Số: ${number}/${m[2]}`.normalize("NFC");
  }
  if (/^\d+$/.test(text) && fallbackSymbol) return formatNumberLine(`${text}/${fallbackSymbol}`, null);
  if (text) return `Số: ${text}`.normalize("NFC");
  return `Số: ${BLANK_NUMBER}/${fallbackSymbol ?? ""}`.normalize("NFC");
}
