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

// ---------------------------------------------------------------------------------------------------------
// A report's content as it is stored: what import, the demo generator and authoring hand to storage.

export type ReportState = "draft" | "compiled" | "returned" | "approved" | "issued" | "sent";
export type ReportOrigin = "authored" | "imported" | "consolidated";
export type TaskStatus = "planned" | "done" | "in_progress" | "not_done" | "carried_over";
export type ValueProvenance = "typed" | "imported" | "carried" | "computed";

export interface SectionContent {
  /** The regime outline key this section fills ("cntt"), when it follows a template. */
  templateKey?: string | null;
  number: string | null;
  title: string;
  level: number;
  contentKind?: "narrative" | "tasks" | "difficulties" | "recommendations" | "task_outcomes";
  /** Plain structured text: paragraphs separated by blank lines, list items starting with "- ". */
  body: string;
  /** Code of the division unit responsible for the section. */
  divisionCode?: string | null;
  sourceLine?: number | null;
}

export interface ValueContent {
  indicatorCode: string;
  /** "" (or absent) is the total; otherwise a disaggregation category code. */
  disaggregation?: string;
  value: number;
  provenance: ValueProvenance;
  sourceLine?: number | null;
  matchConfidence?: number | null;
}

export interface TaskContent {
  text: string;
  /** Period code the task is planned for ("2025-11"). */
  plannedPeriodCode?: string | null;
  status?: TaskStatus;
  outcomeNote?: string | null;
  divisionCode?: string | null;
  sourceLine?: number | null;
  /** Id of the previous report's task this one carries forward (authoring), when it does. */
  carriedFromTaskId?: number | null;
}

/** Everything needed to store one report (metadata, body and data), independent of where it came from. */
export interface ReportContent {
  regimeCode: string | null;
  unitCode: string;
  periodCode: string;
  state: ReportState;
  origin: ReportOrigin;
  docType: string;
  number: number | null;
  /** "12/BC-STTTT" as written, or null. */
  numberText: string | null;
  title: string;
  /** Issuing agency as the header writes it ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"), when known. */
  agency?: string | null;
  /** Parent agency line of the header ("UBND TỈNH CAO BẰNG"), when known. */
  parentAgency?: string | null;
  place: string | null;
  /** ISO date of issue, when issued. */
  issuedOn: string | null;
  addressee: string | null;
  signerName: string | null;
  signerTitle: string | null;
  signingAuthority: SigningAuthority | null;
  recipients: string[];
  nextPeriodCode: string | null;
  sections: SectionContent[];
  values: ValueContent[];
  /** Every figure recovered from the text (import), with its quote; values hold the catalogue-mapped ones. */
  figures?: (ExtractedFigure & { indicatorCode?: string | null; disaggregation?: string; matchConfidence?: number })[];
  tasks: TaskContent[];
  difficulties: string[];
  recommendations: string[];
  references: ExtractedReference[];
  findings: Finding[];
  /** ISO timestamp when sent to the receiving level (state "sent"). */
  sentAt?: string | null;
}
