import { parsePlacedBlocks } from "../rich-text/structured-text.js";

/** Values keyed by where they start in the text they were joined from (unique, stable React keys). */
function placed<T>(values: readonly T[], length: (value: T) => number): { key: number; value: T }[] {
  let at = 0;
  return values.map((value) => {
    const key = at;
    at += length(value) + 1;
    return { key, value };
  });
}

/**
 * Renders a section's structured text (the storage format of SectionContent.body) as the document reads it:
 * each line a paragraph, "- " items a list and "+ " items a list inside the item before them.
 */
export function SectionBody({ body, emptyText }: { body: string; emptyText: string }) {
  const blocks = parsePlacedBlocks(body);
  if (blocks.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <div className="prose">
      {blocks.map((block) =>
        block.kind === "list" ? (
          <ul key={block.at}>
            {placed(block.items, (item) => item.text.length + item.children.join(" ").length).map(({ key, value }) => (
              <li key={key}>
                {value.text}
                {value.children.length > 0 ? (
                  <ul>
                    {placed(value.children, (child) => child.length).map((child) => (
                      <li key={child.key}>{child.value}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p key={block.at}>{block.text}</p>
        ),
      )}
    </div>
  );
}
