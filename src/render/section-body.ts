import { stripInlineMarkdown } from "./plain-text.js";
import type { RenderBlock } from "./renderable-report.js";

// A bullet as reports write them: "-", "–", "+" (a second level) or "•", then a space.
const BULLET = /^(\s*)([-–+•])\s+(.*)$/u;

function plain(text: string): string {
  return text.replace(/\s+/g, " ").trim().normalize("NFC");
}

/**
 * One line of text → a paragraph or a bullet ("+ " is one level deeper than "- "); null for a blank line.
 * `fromMarkdown` removes the emphasis a converted document carries; stored text keeps its asterisks.
 */
export function blockOfLine(line: string, fromMarkdown = false): RenderBlock | null {
  const clean = fromMarkdown ? stripInlineMarkdown : plain;
  const m = BULLET.exec(line);
  if (m) {
    const text = clean(m[3] ?? "");
    if (!text) return null;
    const depth = m[2] === "+" || (m[1] ?? "").length >= 2 ? 1 : 0;
    return { kind: "bullet", text, depth };
  }
  const text = clean(line);
  return text ? { kind: "paragraph", text } : null;
}

/**
 * Splits a stored section body (design: paragraphs separated by blank lines, list items starting with "- ")
 * into blocks; each non-blank line is its own paragraph, since converted reports break paragraphs per line.
 */
export function parseSectionBody(body: string): RenderBlock[] {
  const blocks: RenderBlock[] = [];
  for (const line of body.split(/\r?\n/)) {
    const block = blockOfLine(line);
    if (block) blocks.push(block);
  }
  return blocks;
}
