/**
 * The report as recovered from a document (design/EXTRACT-FORMAT.md): the contract of `baocao extract --json`,
 * of the import preview and of the input to the checks and the renderer. Fields may be added, never renamed.
 */

export type PeriodKind = "month" | "quarter" | "half" | "nine_months" | "year" | "ytd" | "other";

/** A reporting period as the extraction contract writes it: {kind, year, index} (index: month 1–12, quarter 1–4, half 1–2). */
export interface PeriodRef {
  kind: PeriodKind;
  year: number;
  index?: number | null;
}

export type SigningAuthority = "KT." | "TM." | "Q." | "TL." | "TUQ.";

export interface ReportMeta {
  /** Decree 30 abbreviation of the document's own type ("BC", "KH", ...) or null. */
  docType: string | null;
  /** As written after "Số:", spaces removed; "/BC-STTTT" when the number is blank. */
  number: string | null;
  title: string | null;
  place: string | null;
  issueYear: number | null;
  issueMonth: number | null;
  issueDay: number | null;
  province: string | null;
  period: PeriodRef | null;
  nextPeriod: PeriodRef | null;
  signerName: string | null;
  signerTitle: string | null;
  signingAuthority: SigningAuthority | null;
  recipients: string[];
  /** Name of the issuing agency as written in the header ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"), when found. */
  agency?: string | null;
  /** Parent agency line of the header ("UBND TỈNH CAO BẰNG"), when found. */
  parentAgency?: string | null;
  /** "Kính gửi:" addressee(s), when present. */
  addressees?: string[];
}

export interface ExtractedHeading {
  number: string | null;
  title: string;
  level: number;
  line: number;
}

export interface ExtractedReference {
  /** The type word written before the code ("Công văn", "Quyết định", ...), or null. */
  type: string | null;
  /** Number and symbol, spaces removed ("742/STTTT-TTBCXB"). */
  code: string;
  /** ISO date or null. */
  date: string | null;
  issuer: string | null;
  quote: string;
  line: number;
}

export type FigureKind = "count" | "percent" | "money" | "duration" | "rank" | "rate";

export interface ExtractedFigure {
  value: number;
  kind: FigureKind;
  unit: string | null;
  label: string;
  quote: string;
  line: number;
}

export interface ExtractedItem {
  text: string;
  line: number;
}

export type FindingKind =
  | "arithmetic"
  | "percent"
  | "code"
  | "type-mismatch"
  | "duplicate-text"
  | "numbering"
  | "period"
  | "spelling"
  | "other";

export interface Finding {
  kind: FindingKind;
  /** Vietnamese, showing the computation ("401.809 + 1.737 + 222 = 403.768, báo cáo ghi 403.758"). */
  message: string;
  quote: string;
  line: number;
}

/** A body section as recovered: the heading and the text lines under it until the next heading. */
export interface ExtractedSection {
  heading: ExtractedHeading | null;
  /** Paragraphs of the section's own text (not its sub-sections'), in order, each with its line. */
  paragraphs: ExtractedItem[];
}

export interface ExtractedReport {
  meta: ReportMeta;
  headings: ExtractedHeading[];
  references: ExtractedReference[];
  figures: ExtractedFigure[];
  tasks: ExtractedItem[];
  difficulties: ExtractedItem[];
  recommendations: ExtractedItem[];
  findings: Finding[];
  /** The body split by headings, for import and rendering (not scored). */
  sections?: ExtractedSection[];
}
