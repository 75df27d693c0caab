/**
 * The report as the renderers see it: every line of the Decree 30/2020/NĐ-CP layout already decided
 * (capitals, numbering, punctuation), so the .docx and Markdown writers only place text.
 */

/** A calendar date that may be partly unknown (a draft's "ngày    tháng 8 năm 2020"). */
export interface PartialDate {
  day: number | null;
  month: number | null;
  year: number | null;
}

/** A table of figures under a section (the regime's form): header row, then rows of text or numbers. */
export interface RenderTable {
  caption: string | null;
  columns: string[];
  rows: (string | number | null)[][];
}

/** One block of a section's own text, in order. */
export type RenderBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "bullet"; text: string; depth: number }
  | { kind: "table"; table: RenderTable };

/** A numbered heading of the outline (Phần → I. → 1. → a)) with the text under it. */
export interface RenderSection {
  /** As numbered in the outline, without its trailing punctuation ("I", "1", "6.1", "a", "Phần thứ nhất"), or null. */
  number: string | null;
  title: string;
  /** 1 for the top-most heading kind of the report. */
  level: number;
  blocks: RenderBlock[];
}

export interface RenderHeader {
  /** "UBND TỈNH CAO BẰNG", in capitals; null when the agency has no governing body line. */
  parentAgency: string | null;
  /** "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", in capitals. */
  agency: string;
  /** The whole "Số:" line: "Số: 12/BC-STTTT" or "Số:      /BC-STTTT" before issue. */
  numberLine: string;
  /** "Cao Bằng, ngày 05 tháng 01 năm 2026", blanks where not yet known. */
  placeDateLine: string;
}

export interface RenderSignature {
  /** "KT. GIÁM ĐỐC" when a deputy signs for the head, or null. */
  authorityLine: string | null;
  /** "PHÓ GIÁM ĐỐC", in capitals, or null. */
  titleLine: string | null;
  signerName: string | null;
}

/** Everything the .docx and Markdown writers print, in reading order. */
export interface RenderableReport {
  header: RenderHeader;
  /** "BÁO CÁO" (the document type in capitals). */
  documentType: string;
  /** The subject ("trích yếu"), one entry per line. */
  subjectLines: string[];
  /** "Kính gửi:" addressees, without trailing punctuation. */
  addressees: string[];
  /** Paragraphs before the first heading ("Thực hiện Công văn số ..."). */
  preamble: RenderBlock[];
  sections: RenderSection[];
  /** Closing paragraphs after the body ("Trên đây là báo cáo ..."). */
  closing: string[];
  /** "Nơi nhận:" entries without their trailing ";" or "."; the last one is "Lưu: VT, ...". */
  recipients: string[];
  signature: RenderSignature;
}
