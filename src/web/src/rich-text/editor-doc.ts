// Structured text ↔ the editor's document (TipTap JSON: doc, paragraph, bulletList, listItem, text)
// and → clean HTML for the editor's paste. Pure: no DOM, no editor instance.
import {
  cleanInline,
  formatStructuredText,
  type ListItem,
  parseStructuredText,
  type TextBlock,
} from "./structured-text.js";

/** The part of TipTap's JSONContent these functions read and write. */
export interface DocNode {
  type?: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  text?: string;
}

function paragraph(text: string): DocNode {
  return text ? { type: "paragraph", content: [{ type: "text", text }] } : { type: "paragraph" };
}

function listItem(text: string, children: readonly string[]): DocNode {
  const content = [paragraph(text)];
  if (children.length > 0) {
    content.push({ type: "bulletList", content: children.map((child) => listItem(child, [])) });
  }
  return { type: "listItem", content };
}

/** Blocks → the editor's document; an empty text is one empty paragraph (where the cursor goes). */
export function blocksToDoc(blocks: readonly TextBlock[]): DocNode {
  const content = blocks.map((block) =>
    block.kind === "paragraph"
      ? paragraph(block.text)
      : { type: "bulletList", content: block.items.map((item) => listItem(item.text, item.children)) },
  );
  return { type: "doc", content: content.length > 0 ? content : [paragraph("")] };
}

/** The lines of an inline run: text nodes joined, a hard break (from content the editor did not make) a new line. */
function linesOf(node: DocNode): string[] {
  const lines = [""];
  const walk = (n: DocNode) => {
    if (n.type === "text") lines[lines.length - 1] += n.text ?? "";
    else if (n.type === "hardBreak") lines.push("");
    else for (const child of n.content ?? []) walk(child);
  };
  for (const child of node.content ?? []) walk(child);
  return lines;
}

const LISTS = new Set(["bulletList", "orderedList", "taskList"]);

/** The items of a list; deeper lists than one level flatten into sub-items. */
function itemsOf(list: DocNode): ListItem[] {
  const items: ListItem[] = [];
  for (const node of list.content ?? []) {
    const texts: string[] = [];
    const children: string[] = [];
    for (const part of node.content ?? []) {
      if (LISTS.has(part.type ?? "")) {
        for (const sub of itemsOf(part)) children.push(sub.text, ...sub.children);
      } else texts.push(...linesOf(part));
    }
    items.push({ text: cleanInline(texts.join(" ")), children });
  }
  return items;
}

/** The editor's document → blocks; empty paragraphs go, a line broken inside a paragraph makes two. */
export function docToBlocks(doc: DocNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  const visit = (node: DocNode) => {
    if (LISTS.has(node.type ?? "")) {
      blocks.push({ kind: "list", items: itemsOf(node) });
    } else if (node.type === "blockquote" || node.type === "doc") {
      for (const child of node.content ?? []) visit(child);
    } else {
      for (const line of linesOf(node).map(cleanInline)) if (line) blocks.push({ kind: "paragraph", text: line });
    }
  };
  visit(doc);
  return blocks;
}

/** Stored text → the editor's document. */
export function textToDoc(body: string): DocNode {
  return blocksToDoc(parseStructuredText(body));
}

/** The editor's document → stored text. */
export function docToText(doc: DocNode): string {
  return formatStructuredText(docToBlocks(doc));
}

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/** Blocks → minimal HTML the editor's schema reads as the same structure (what a paste inserts). */
export function blocksToHtml(blocks: readonly TextBlock[]): string {
  const item = (text: string, children: readonly string[]): string =>
    `<li><p>${escapeHtml(text)}</p>${
      children.length > 0 ? `<ul>${children.map((child) => item(child, [])).join("")}</ul>` : ""
    }</li>`;
  return blocks
    .map((block) =>
      block.kind === "paragraph"
        ? `<p>${escapeHtml(block.text)}</p>`
        : `<ul>${block.items.map((i) => item(i.text, i.children)).join("")}</ul>`,
    )
    .join("");
}
