/** A block of a section's text: a paragraph or a list, keyed by where it starts in the body. */
interface Block {
  at: number;
  lines: string[];
  isList: boolean;
  closed?: boolean;
}

const ITEM = /^\s*[-+•]\s+/;

/**
 * Splits structured text into paragraphs and lists: blank lines separate blocks, and inside a block a run of
 * lines starting with "- " is a list while a run of other lines is one paragraph ("Nhiệm vụ:" then items).
 */
export function splitBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  let at = 0;
  for (const line of body.split("\n")) {
    const isItem = ITEM.test(line);
    const last = blocks.at(-1);
    if (line.trim() === "") {
      if (last) last.closed = true;
    } else if (last && !last.closed && last.isList === isItem) {
      last.lines.push(line);
    } else {
      blocks.push({ at, lines: [line], isList: isItem, closed: false });
    }
    at += line.length + 1;
  }
  return blocks.map(({ at, lines, isList }) => ({ at, lines, isList }));
}

/** Renders a section's structured text (the storage format of SectionContent.body). */
export function SectionBody({ body, emptyText }: { body: string; emptyText: string }) {
  const blocks = splitBlocks(body);
  if (blocks.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <div className="prose">
      {blocks.map((block) =>
        block.isList ? (
          <ul key={block.at}>
            {block.lines.map((line) => (
              <li key={line}>{line.replace(ITEM, "")}</li>
            ))}
          </ul>
        ) : (
          <p key={block.at}>{block.lines.join(" ")}</p>
        ),
      )}
    </div>
  );
}
