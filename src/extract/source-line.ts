/** One logical line of a report after clean-up: Markdown removed, soft-wrapped pieces joined. */
export interface SourceLine {
  /** 1-based line of the input (for .docx: the paragraph index) where the line starts. */
  no: number;
  /** The text without Markdown markers, trimmed, NFC. */
  text: string;
  /** Markdown `#` count or Word heading-style level; 0 when none. */
  headingLevel: number;
  /** The whole line is bold (Markdown `**...**` or bold runs in Word). */
  bold: boolean;
  /** The whole line is italic. */
  italic: boolean;
}
