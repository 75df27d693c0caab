/** Vietnamese text helpers: NFC normalisation and diacritic folding for search and comparison. */

/** Returns the text in Unicode NFC, the form all stored Vietnamese text uses. */
export function toNfc(text: string): string {
  return text.normalize("NFC");
}

/** Removes Vietnamese diacritics ("Ký số Đường" → "Ky so Duong"), keeping case. */
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

/** Folds text for accent- and case-insensitive comparison: "Ký  SỐ" → "ky so". */
export function foldText(text: string): string {
  return stripDiacritics(text).toLowerCase().replace(/\s+/g, " ").trim();
}

/** True when `needle` occurs in `haystack` ignoring diacritics, case and repeated spaces. */
export function includesFolded(haystack: string, needle: string): boolean {
  return foldText(haystack).includes(foldText(needle));
}
