/** Removes the Markdown emphasis and escapes a converted document carries ("**64.096**", "*\* Văn bản:*"). */
export function stripInlineMarkdown(text: string): string {
  return text
    .replace(/\\([*_#\\[\]().+-])/g, "$1")
    .replace(/\*{1,3}([^*]+?)\*{1,3}/g, "$1")
    .replace(/\*{2,3}/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .normalize("NFC");
}
