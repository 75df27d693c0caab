/** A block of a section's text: a paragraph or a list, keyed by where it starts in the body. */
interface Block {
  at: number;
  lines: string[];
  isList: boolean;
}

const ITEM = /^\s*[-+•]\s+/;

/** Splits structured text into paragraphs (separated by blank lines) and lists (lines starting with "- "). */
export function splitBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  let at = 0;
  for (const chunk of body.split(/(\n\s*\n)/)) {
    const lines = chunk.split("\n").filter((line) => line.trim() !== "");
    if (lines.length > 0) blocks.push({ at, lines, isList: lines.every((line) => ITEM.test(line)) });
    at += chunk.length;
  }
  return blocks;
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
