import { NumberingCounter, paragraphNumbering, parseNumbering } from "./docx-numbering.js";
import type { SourceLine } from "./source-line.js";

/** The parts of mammoth's document tree that the importer reads. */
interface DocNode {
  type: string;
  children?: DocNode[];
  value?: string;
  isBold?: boolean;
  isItalic?: boolean;
  styleName?: string | null;
  styleId?: string | null;
  numbering?: { level: string; isOrdered: boolean } | null;
  breakType?: string;
}

interface Paragraph {
  text: string;
  headingLevel: number;
  bold: boolean;
  italic: boolean;
  numbering: { level: number; isOrdered: boolean } | null;
}

/** A .docx that cannot be read as a Word document. */
export class InvalidDocxError extends Error {}

/** Reads a .docx into lines: one per paragraph (line = paragraph index), heading styles and list numbers kept. */
export async function docxToLines(bytes: Uint8Array): Promise<SourceLine[]> {
  const [{ default: JSZip }, { default: mammoth }] = await Promise.all([import("jszip"), import("mammoth")]);
  let documentXml: string | undefined;
  let numberingXml: string | undefined;
  try {
    const zip = await JSZip.loadAsync(bytes);
    documentXml = await zip.file("word/document.xml")?.async("string");
    numberingXml = await zip.file("word/numbering.xml")?.async("string");
  } catch (error) {
    throw new InvalidDocxError(`not a zip archive: ${String(error)}`);
  }
  if (!documentXml) throw new InvalidDocxError("word/document.xml is missing");
  const paragraphs: Paragraph[] = [];
  await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      transformDocument: (doc: DocNode) => {
        collect(doc, paragraphs);
        return doc;
      },
    },
  );
  const labels = numberLabels(paragraphs, paragraphNumbering(documentXml), numberingXml);
  const lines: SourceLine[] = [];
  paragraphs.forEach((p, i) => {
    const label = labels[i];
    for (const [k, piece] of p.text.split("\n").entries()) {
      const text = (k === 0 && label ? `${label} ${piece}` : piece).replace(/[ \u00a0]+/g, " ").trim();
      if (!text) continue;
      lines.push({
        no: i + 1,
        text: text.normalize("NFC"),
        headingLevel: p.headingLevel,
        bold: p.bold,
        italic: p.italic,
      });
    }
  });
  return lines;
}

function collect(node: DocNode, out: Paragraph[]): void {
  if (node.type === "paragraph") {
    const runs: { text: string; bold: boolean; italic: boolean }[] = [];
    readRuns(node, false, false, runs);
    const text = runs.map((r) => r.text).join("");
    const visible = runs.filter((r) => r.text.trim());
    const style = `${node.styleName ?? ""} ${node.styleId ?? ""}`;
    const heading = /(?:heading|tiêu đề|đề mục)\s*(\d)/i.exec(style);
    out.push({
      text,
      headingLevel: heading ? Number(heading[1]) : 0,
      bold: visible.length > 0 && visible.every((r) => r.bold),
      italic: visible.length > 0 && visible.every((r) => r.italic),
      numbering: node.numbering ? { level: Number(node.numbering.level), isOrdered: node.numbering.isOrdered } : null,
    });
    return;
  }
  for (const child of node.children ?? []) collect(child, out);
}

function readRuns(
  node: DocNode,
  bold: boolean,
  italic: boolean,
  out: { text: string; bold: boolean; italic: boolean }[],
): void {
  for (const child of node.children ?? []) {
    const b = child.type === "run" ? Boolean(child.isBold) : bold;
    const it = child.type === "run" ? Boolean(child.isItalic) : italic;
    if (child.type === "text") out.push({ text: child.value ?? "", bold, italic });
    else if (child.type === "tab") out.push({ text: "\t", bold, italic });
    else if (child.type === "break") out.push({ text: "\n", bold, italic });
    else readRuns(child, b, it, out);
  }
}

/** The numbering label of each paragraph: from numbering.xml when the paragraphs line up, else from the list levels. */
function numberLabels(
  paragraphs: readonly Paragraph[],
  numPr: readonly ({ numId: string; ilvl: number } | null)[],
  numberingXml: string | undefined,
): (string | null)[] {
  const counter = new NumberingCounter(parseNumbering(numberingXml));
  const listed = numPr.filter((n) => n !== null);
  const numbered = paragraphs.filter((p) => p.numbering !== null);
  if (listed.length === numbered.length) {
    let k = 0;
    return paragraphs.map((p) => {
      if (!p.numbering) return null;
      const n = listed[k++]!;
      return counter.next(n.numId, n.ilvl) || null;
    });
  }
  // Fallback: number ordered items per level from the list structure alone.
  const counts: number[] = [];
  return paragraphs.map((p) => {
    if (!p.numbering) {
      counts.length = 0;
      return null;
    }
    const level = p.numbering.level;
    counts[level] = (counts[level] ?? 0) + 1;
    counts.length = level + 1;
    return p.numbering.isOrdered ? `${counts[level]}.` : "-";
  });
}
