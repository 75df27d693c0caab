// Decree 30/2020/NĐ-CP, Appendix I, section II.9: each "Nơi nhận" entry on its own line starting with "-" and
// ending with ";", the last one "- Lưu: VT, <drafting unit>." ending with ".".

/** An entry without its list dash and trailing ";", "," or "." ("- Bộ TT&TT (b/c);" → "Bộ TT&TT (b/c)"). */
export function cleanRecipient(entry: string): string {
  return entry
    .replace(/^\s*[-–+•]\s*/u, "")
    .replace(/[\s;,.]+$/u, "")
    .replace(/\s+/g, " ")
    .trim()
    .normalize("NFC");
}

function isArchiveEntry(entry: string): boolean {
  return /^lưu\s*:/iu.test(entry);
}

/** Cleans the entries and ensures the archive entry ("Lưu: VT") is present and last, as the Decree requires. */
export function normalizeRecipients(entries: readonly string[], draftingUnit?: string | null): string[] {
  const cleaned = entries.map(cleanRecipient).filter((e) => e !== "");
  const archive = cleaned.filter(isArchiveEntry);
  const others = cleaned.filter((e) => !isArchiveEntry(e));
  const last = archive[archive.length - 1] ?? (draftingUnit ? `Lưu: VT, ${draftingUnit}` : "Lưu: VT");
  return [...others, last];
}

/** The printed lines: "- Bộ TT&TT (b/c);" … "- Lưu: VT, VP." */
export function recipientLines(entries: readonly string[]): string[] {
  return entries.map((e, i) => `- ${e}${i === entries.length - 1 ? "." : ";"}`);
}
