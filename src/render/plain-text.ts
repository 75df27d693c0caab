// Escaped characters are parked on private-use code points while the emphasis markers are removed.
const PARK = 0xe000;

/** Removes the Markdown emphasis and escapes a converted document carries ("**64.096**", "*\\* Văn bản:*"). */
export function stripInlineMarkdown(text: string): string {
  return text
    .replace(/\\([*_#\\[\]().+-])/g, (_, c: string) => String.fromCharCode(PARK + c.charCodeAt(0)))
    .replace(/\*{1,3}([^*]+?)\*{1,3}/g, "$1")
    .replace(/\*{2,3}/g, "")
    .replace(/[\ue000-\ue0ff]/g, (c) => String.fromCharCode(c.charCodeAt(0) - PARK))
    .replace(/\s+/g, " ")
    .trim()
    .normalize("NFC");
}
