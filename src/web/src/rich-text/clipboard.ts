// What a paste brings (Word's clipboard HTML, a web page's HTML, plain text) → clean structured blocks:
// paragraphs (a line break makes a new one) and bulleted lists survive; fonts, colours, sizes, styles, numbering
// marks and Word's list markers do not. Pure: a small tolerant HTML tokenizer, no DOM, so it is tested in Node.
import { cleanInline, type ListItem, type TextBlock } from "./structured-text.js";

/** What the walk over the HTML emits before it is grouped into lists. */
type Piece = { kind: "paragraph"; lines: string[] } | { kind: "item"; depth: number; text: string };

// Windows-1252 for the C1 range: "&#147;" and stray U+0093 from Word mean “, not a control character.
const CP1252: Record<number, string> = {
  128: "€",
  130: "‚",
  131: "ƒ",
  132: "„",
  133: "…",
  134: "†",
  135: "‡",
  136: "ˆ",
  137: "‰",
  138: "Š",
  139: "‹",
  140: "Œ",
  142: "Ž",
  145: "‘",
  146: "’",
  147: "“",
  148: "”",
  149: "•",
  150: "–",
  151: "—",
  152: "˜",
  153: "™",
  154: "š",
  155: "›",
  156: "œ",
  158: "ž",
  159: "Ÿ",
};

const NAMED: Record<string, string> = {
  nbsp: "\u00a0",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  hellip: "…",
  ndash: "–",
  mdash: "—",
  lsquo: "‘",
  rsquo: "’",
  sbquo: "‚",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  bull: "•",
  middot: "·",
  laquo: "«",
  raquo: "»",
  copy: "©",
  reg: "®",
  deg: "°",
  times: "×",
  divide: "÷",
  plusmn: "±",
  permil: "‰",
  sect: "§",
  para: "¶",
  shy: "\u00ad",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  zwsp: "\u200b",
  euro: "€",
  // The Latin-1 letters Vietnamese uses, as HTML editors sometimes write them.
  agrave: "à",
  aacute: "á",
  acirc: "â",
  atilde: "ã",
  egrave: "è",
  eacute: "é",
  ecirc: "ê",
  igrave: "ì",
  iacute: "í",
  ograve: "ò",
  oacute: "ó",
  ocirc: "ô",
  otilde: "õ",
  ugrave: "ù",
  uacute: "ú",
  yacute: "ý",
  Agrave: "À",
  Aacute: "Á",
  Acirc: "Â",
  Atilde: "Ã",
  Egrave: "È",
  Eacute: "É",
  Ecirc: "Ê",
  Igrave: "Ì",
  Iacute: "Í",
  Ograve: "Ò",
  Oacute: "Ó",
  Ocirc: "Ô",
  Otilde: "Õ",
  Ugrave: "Ù",
  Uacute: "Ú",
  Yacute: "Ý",
};

function fromCodePoint(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return CP1252[code] ?? "";
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
  return String.fromCodePoint(code);
}

/** Decodes character references ("&nbsp;", "&#7897;", "&#x1EA1;", "&#147;"); unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});?/gi, (whole, ref: string) => {
    if (ref.startsWith("#x") || ref.startsWith("#X")) return fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return fromCodePoint(Number.parseInt(ref.slice(1), 10));
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Clipboard text → Unicode a person means: C1 bytes as Windows-1252, no zero-width characters or soft hyphens. */
function cleanCharacters(text: string): string {
  return text
    .replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0)] ?? "")
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "")
    .normalize("NFC");
}

type Token =
  | { kind: "text"; text: string }
  | { kind: "open"; name: string; attributes: string; selfClosing: boolean }
  | { kind: "close"; name: string }
  | { kind: "condition"; text: string };

/** A start or end tag at a given place (sticky): its slash, name and attributes, quotes respected. */
const TAG = /<(\/?)([a-z][a-z0-9:_-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/iy;

const RAW_TEXT = new Set(["script", "style", "title", "textarea", "xml"]);

const ATTRIBUTE = new Map(
  ["style", "aria-level", "data-aria-level"].map((name) => [
    name,
    new RegExp(`(?:^|[\\s"'])${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>"']+))`, "i"),
  ]),
);

/** One attribute of a tag's attribute text ("style", "aria-level", "data-aria-level"), decoded; "" when absent. */
function attribute(source: string, name: "style" | "aria-level" | "data-aria-level"): string {
  if (!source) return "";
  const m = ATTRIBUTE.get(name)?.exec(source);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? "") : "";
}

/** A tolerant HTML tokenizer: tags, text, and Word's conditional sections; comments and doctypes dropped. */
export function tokenizeHtml(html: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const text = (t: string) => {
    if (t) tokens.push({ kind: "text", text: decodeEntities(t) });
  };
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      text(html.slice(i));
      break;
    }
    text(html.slice(i, lt));
    i = lt;
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      const body = html.slice(i + 4, end < 0 ? html.length : end);
      // "<!--[if !supportLists]-->…<!--[endif]-->": Word's list marker, shown to browsers without list support.
      const condition = /^\[(if [^\]]*|endif)\]$/i.exec(body.trim());
      if (condition) tokens.push({ kind: "condition", text: (condition[1] ?? "").toLowerCase() });
      i = end < 0 ? html.length : end + 3;
    } else if (html.startsWith("<![", i)) {
      // "<![if !supportLists]>", "<![endif]>", "<![CDATA[…]]>".
      if (/^<!\[CDATA\[/i.test(html.slice(i, i + 9))) {
        const end = html.indexOf("]]>", i);
        text(html.slice(i + 9, end < 0 ? html.length : end));
        i = end < 0 ? html.length : end + 3;
      } else {
        const end = html.indexOf(">", i);
        const body = html.slice(i + 3, end < 0 ? html.length : end).replace(/\]$/, "");
        tokens.push({ kind: "condition", text: body.trim().toLowerCase() });
        i = end < 0 ? html.length : end + 1;
      }
    } else if (html.startsWith("<!", i) || html.startsWith("<?", i)) {
      const end = html.indexOf(">", i);
      i = end < 0 ? html.length : end + 1;
    } else {
      TAG.lastIndex = i;
      const m = TAG.exec(html);
      if (!m) {
        text("<");
        i += 1;
        continue;
      }
      const name = (m[2] ?? "").toLowerCase();
      i += m[0].length;
      if (m[1]) {
        tokens.push({ kind: "close", name });
        continue;
      }
      const attributes = m[3] ?? "";
      const selfClosing = attributes.endsWith("/");
      tokens.push({ kind: "open", name, attributes, selfClosing });
      if (RAW_TEXT.has(name) && !selfClosing) {
        const close = html.slice(i).search(new RegExp(`</${name}`, "i"));
        i = close < 0 ? html.length : i + close;
      }
    }
  }
  return tokens;
}

const VOID = new Set([
  "br",
  "img",
  "hr",
  "meta",
  "link",
  "input",
  "col",
  "area",
  "base",
  "wbr",
  "source",
  "embed",
  "param",
  "track",
]);
const SKIP = new Set([
  "head",
  "style",
  "script",
  "title",
  "xml",
  "template",
  "noscript",
  "object",
  "svg",
  "math",
  "button",
  "select",
  "textarea",
  "iframe",
  "canvas",
  "video",
  "audio",
  "map",
]);
const BLOCK = new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "pre",
  "section",
  "article",
  "header",
  "footer",
  "aside",
  "nav",
  "main",
  "address",
  "figure",
  "figcaption",
  "dl",
  "dt",
  "dd",
  "form",
  "fieldset",
  "legend",
  "center",
  "caption",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "body",
  "html",
]);
const LIST = new Set(["ul", "ol", "menu", "dir"]);

interface Open {
  name: string;
  role: "skip" | "marker" | "list" | "li" | "row" | "cell" | "block" | "inline";
}

/** "mso-list:l0 level2 lfo1" → 1 (a sub-item); null when the style is not a Word list paragraph. */
function wordListDepth(style: string): number | null {
  const m = /mso-list\s*:\s*l\d+\s+level(\d+)/i.exec(style);
  return m ? Math.max(0, Number(m[1]) - 1) : null;
}

/** The HTML's paragraphs, lines and list items in order, before grouping. */
function piecesOfHtml(html: string): Piece[] {
  const pieces: Piece[] = [];
  const stack: Open[] = [];
  let lines: string[] = [""];
  let item: { depth: number } | null = null;
  let conditionalSkip = 0;

  const skipping = () => conditionalSkip > 0 || stack.some((o) => o.role === "skip" || o.role === "marker");
  const hasText = () => lines.some((l) => l.trim() !== "");
  const flush = () => {
    if (item) {
      const text = cleanInline(lines.join(" "));
      if (text) pieces.push({ kind: "item", depth: item.depth, text });
    } else {
      const kept = lines.map(cleanInline);
      // Trailing and leading empty lines go; an empty line inside ("a<br><br>b") separates paragraphs.
      let run: string[] = [];
      for (const line of kept) {
        if (line) run.push(line);
        else if (run.length > 0) {
          pieces.push({ kind: "paragraph", lines: run });
          run = [];
        }
      }
      if (run.length > 0) pieces.push({ kind: "paragraph", lines: run });
    }
    lines = [""];
    item = null;
  };
  /** True inside an item or a table cell: a <p> or <div> there continues it rather than starting a paragraph. */
  const insideItem = () => {
    for (let k = stack.length - 1; k >= 0; k--) {
      const role = stack[k]?.role;
      if (role === "li" || role === "cell") return true;
      if (role === "list" || role === "row") return false;
    }
    return false;
  };
  /** The innermost open block element ("p", "h2", …), if any. */
  const innermostBlock = () => stack.findLast((o) => o.role !== "inline" && o.role !== "marker")?.name;
  const listDepth = () => stack.filter((o) => o.role === "list").length;
  /** Word's list marker at the start of a paragraph without "mso-list" in its style: still an item. */
  const markListParagraph = () => {
    const block = innermostBlock();
    if (!item && !insideItem() && !hasText() && (block === "p" || block === "div")) item = { depth: 0 };
  };

  const close = (open: Open) => {
    if (open.role === "li") flush();
    else if (open.role === "block" && !insideItem()) flush();
    else if (open.role === "block" && hasText()) lines[lines.length - 1] += " ";
    else if (open.role === "cell") lines[lines.length - 1] += "\u0000";
    else if (open.role === "row") {
      const cells = lines
        .join(" ")
        .split("\u0000")
        .map(cleanInline)
        .filter((c) => c !== "");
      lines = [cells.join("; ")];
      flush();
    }
  };
  const closeTo = (index: number) => {
    while (stack.length > index) {
      const open = stack.pop();
      if (open) close(open);
    }
  };

  for (const token of tokenizeHtml(html)) {
    if (token.kind === "condition") {
      // What Word shows only to browsers ("if !supportLists": the list marker; "if !vml": a picture) is dropped.
      if (token.text.startsWith("if")) {
        if (token.text.includes("supportlists") && !skipping()) markListParagraph();
        conditionalSkip++;
      } else if (token.text === "endif" && conditionalSkip > 0) conditionalSkip--;
      continue;
    }
    if (token.kind === "text") {
      if (skipping()) continue;
      const inPre = stack.some((o) => o.name === "pre");
      if (inPre) {
        const parts = token.text.split(/\r?\n/);
        lines[lines.length - 1] += parts[0] ?? "";
        for (const part of parts.slice(1)) lines.push(part);
      } else lines[lines.length - 1] += token.text.replace(/[\t\r\n ]+/g, " ");
      continue;
    }
    if (token.kind === "close") {
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k]?.name === token.name) {
          closeTo(k);
          break;
        }
      }
      continue;
    }
    const { name, attributes } = token;
    if (name === "br") {
      if (!skipping()) lines.push("");
      continue;
    }
    if (VOID.has(name) || token.selfClosing) {
      if (name === "hr" && !skipping()) flush();
      continue;
    }
    const style = attribute(attributes, "style");
    let role: Open["role"];
    if (SKIP.has(name)) role = "skip";
    else if (/mso-list\s*:\s*ignore/i.test(style)) {
      role = "marker";
      if (!skipping()) markListParagraph();
    } else if (LIST.has(name)) role = "list";
    else if (name === "li") role = "li";
    else if (name === "tr") role = "row";
    else if (name === "td" || name === "th") role = "cell";
    else if (BLOCK.has(name)) role = "block";
    else role = "inline";

    // Implied ends, as HTML has them: a <p> ends an open <p>, an <li> the open <li> of its list, a cell a cell.
    if (name === "p" || role === "li" || role === "cell" || role === "row") {
      for (let k = stack.length - 1; k >= 0; k--) {
        const open = stack[k];
        if (!open) continue;
        if (open.name === name) {
          closeTo(k);
          break;
        }
        if (open.role === "list" || open.role === "li" || open.role === "cell" || open.role === "row") break;
        if (name !== "p" && open.role !== "inline" && open.role !== "block") break;
      }
    }

    if (!skipping()) {
      if (role === "list" || role === "row") flush();
      else if (role === "li") {
        flush();
        const level = Number(
          attribute(attributes, "aria-level") || attribute(attributes, "data-aria-level") || Number.NaN,
        );
        item = { depth: Number.isFinite(level) && level >= 1 ? level - 1 : Math.max(0, listDepth() - 1) };
      } else if (role === "block") {
        if (insideItem()) {
          if (hasText()) lines[lines.length - 1] += " ";
        } else {
          flush();
          const depth = wordListDepth(style);
          if (depth !== null && name === "p") item = { depth };
        }
      }
    }
    stack.push({ name, role });
  }
  closeTo(0);
  flush();
  return pieces;
}

// Bullets as people type them or as plain text carries them: "- ", "– ", "• ", "· ", "* ", Word's Symbol
// bullets, "+ " (one level deeper); Word's plain text writes "o" and a tab for the second level.
const TYPED_BULLET =
  /^\s*(?:([-–—*])\s+|([•·▪◦●○■□►▸➢➤✓✔\uf0b7\uf0a7\uf0d8\uf076\uf0fc])\s*|(\+)\s+|(o)(?:\t|\s{2,}))(.*)$/u;

/** A line typed as a bullet → its text and depth; null for any other line. */
function typedBullet(line: string): { text: string; depth: number } | null {
  const m = TYPED_BULLET.exec(line);
  if (!m) return null;
  const text = cleanInline(m[5] ?? "");
  return text ? { text, depth: m[3] || m[4] ? 1 : 0 } : null;
}

/** Pieces → blocks: typed bullets become items, a run of items one list, a sub-item goes under its item. */
function group(pieces: readonly Piece[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  let list: ListItem[] | null = null;
  const addItem = (text: string, depth: number) => {
    if (!list) {
      list = [];
      blocks.push({ kind: "list", items: list });
    }
    const parent = list.at(-1);
    if (depth > 0 && parent) parent.children.push(text);
    else list.push({ text, children: [] });
  };
  for (const piece of pieces) {
    if (piece.kind === "item") {
      addItem(piece.text, piece.depth);
      continue;
    }
    for (const line of piece.lines) {
      const bullet = typedBullet(line);
      if (bullet) addItem(bullet.text, bullet.depth);
      else {
        list = null;
        blocks.push({ kind: "paragraph", text: cleanInline(line) });
      }
    }
  }
  return blocks;
}

/** Clipboard HTML (Word, a web page, another editor) → clean blocks. */
export function htmlToBlocks(html: string): TextBlock[] {
  return group(piecesOfHtml(cleanCharacters(html)));
}

/** Plain text → clean blocks: each line a paragraph, typed bullets ("- ", "+ ", "•", "*") list items. */
export function plainTextToBlocks(text: string): TextBlock[] {
  const pieces: Piece[] = [];
  let lines: string[] = [];
  for (const raw of cleanCharacters(text).split(/\r\n?|\n/)) {
    if (raw.trim() !== "") lines.push(raw);
    else if (lines.length > 0) {
      pieces.push({ kind: "paragraph", lines });
      lines = [];
    }
  }
  if (lines.length > 0) pieces.push({ kind: "paragraph", lines });
  return group(pieces);
}

/** What a paste inserts: the HTML's structure when it has any text, else the plain text's. */
export function clipboardToBlocks(html: string | null | undefined, text: string | null | undefined): TextBlock[] {
  const fromHtml = html ? htmlToBlocks(html) : [];
  return fromHtml.length > 0 ? fromHtml : plainTextToBlocks(text ?? "");
}
