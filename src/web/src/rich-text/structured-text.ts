// The storage format of a section's body, as a model the editor, the page and the clipboard share. Text: NFC,
// blocks separated by a blank line; every other line is a paragraph of its own (as src/render and the checks
// read it: converted reports put one paragraph per line); a list is a run of "- " items, each maybe followed by
// "+ " sub-items (one level deeper, as reports write it and as src/render reads it). Numbered lists are not part
// of the format: the checks read "1. " lines as the report's own numbering.

/** A paragraph or a bulleted list. */
export type TextBlock = { kind: "paragraph"; text: string } | { kind: "list"; items: ListItem[] };

/** A "- " item and its "+ " sub-items. */
export interface ListItem {
  text: string;
  children: string[];
}

/** A block with the 0-based character offset where it starts in the stored text (a stable React key). */
export type PlacedBlock = TextBlock & { at: number };

/** "-", "–" or "•" then a space: an item; "+" or an indent of two spaces or more: a sub-item. */
const ITEM = /^(\s*)([-–•+])\s+(.*)$/u;

/** One line of text without line breaks, runs of spaces or spaces at its ends. */
export function cleanInline(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/** Parses stored text into blocks, with where each starts (for keys). */
export function parsePlacedBlocks(body: string): PlacedBlock[] {
  const blocks: PlacedBlock[] = [];
  let open: PlacedBlock | null = null;
  let at = 0;
  for (const raw of body.normalize("NFC").split("\n")) {
    const line = raw.replace(/\r$/, "");
    const start = at;
    at += raw.length + 1;
    if (line.trim() === "") {
      open = null;
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      const text = cleanInline(item[3] ?? "");
      if (!text) continue;
      const nested = item[2] === "+" || (item[1] ?? "").length >= 2;
      if (open?.kind === "list") {
        const parent = open.items.at(-1);
        if (nested && parent) parent.children.push(text);
        else open.items.push({ text, children: [] });
      } else {
        open = { kind: "list", items: [{ text, children: [] }], at: start };
        blocks.push(open);
      }
      continue;
    }
    open = { kind: "paragraph", text: cleanInline(line), at: start };
    blocks.push(open);
  }
  return blocks;
}

/** Parses stored text (or text typed in that format) into blocks. */
export function parseStructuredText(body: string): TextBlock[] {
  return parsePlacedBlocks(body).map(({ at: _at, ...block }) => block);
}

/**
 * Writes blocks as stored text: what the server keeps unchanged (NFC, no trailing spaces, one blank line). The
 * text is read back once, so that a paragraph line that looks like an item ("- …") is stored as what it will be
 * read as, and writing what was read gives the same text.
 */
export function formatStructuredText(blocks: readonly TextBlock[]): string {
  return writeBlocks(parseStructuredText(writeBlocks(blocks)));
}

function writeBlocks(blocks: readonly TextBlock[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      // A line break inside a paragraph's text makes two paragraphs, as it will be read.
      parts.push(...block.text.split("\n").map(cleanInline));
      continue;
    }
    const lines: string[] = [];
    for (const item of block.items) {
      const text = cleanInline(item.text);
      const children = item.children.map(cleanInline).filter(Boolean);
      // A sub-item whose item is empty moves up rather than disappear.
      if (text) lines.push(`- ${text}`);
      for (const child of children) lines.push(`${text || lines.length > 0 ? "+" : "-"} ${child}`);
    }
    parts.push(lines.join("\n"));
  }
  return parts.filter((part) => part !== "").join("\n\n");
}

/** The stored form of any text in the format: what saving it would keep. */
export function normalizeStructuredText(body: string): string {
  return formatStructuredText(parseStructuredText(body));
}
