import { typeOfAbbreviation } from "../domain/citation.js";
import type { IndicatorDefinition } from "../domain/indicator.js";
import type { ReportContent, SectionContent } from "../domain/report.js";
import { documentSymbol, formatNumberLine } from "./number-line.js";
import { formatPlaceDate, partialDateOfIso } from "./place-date.js";
import { normalizeRecipients } from "./recipients.js";
import type { RenderableReport, RenderBlock, RenderSection, RenderTable } from "./renderable-report.js";
import { parseSectionBody } from "./section-body.js";
import { buildSignature, vnUpper } from "./signature.js";

export interface ContentRenderOptions {
  /** The issuing agency ("Sở Thông tin và Truyền thông"); printed in capitals. */
  agencyName: string;
  /** Its governing body ("UBND tỉnh Cao Bằng"), or null. */
  parentAgencyName: string | null;
  /** The agency's symbol in document codes ("STTTT"). */
  agencySymbol: string;
  /** Drafting unit for "Lưu: VT, <unit>." when the recipients have no archive entry. */
  draftingUnit?: string | null;
  /** Whom a "KT."/"TM." signer signs for, when it is not the signer's title without "Phó". */
  headTitle?: string | null;
  /** Catalogue entries, to print the report's values as tables of figures. */
  indicators?: readonly Pick<IndicatorDefinition, "code" | "name" | "field" | "unitOfMeasure">[];
}

/** The document type in capitals ("BC" → "BÁO CÁO"), the abbreviation itself when unknown. */
export function documentTypeTitle(docType: string | null): string {
  const word = docType ? typeOfAbbreviation(docType) : null;
  return vnUpper(word ?? (docType || "Báo cáo"));
}

function itemsOf(content: ReportContent, section: SectionContent): string[] {
  if (section.contentKind === "tasks") return content.tasks.map((t) => t.text);
  if (section.contentKind === "difficulties") return content.difficulties;
  if (section.contentKind === "recommendations") return content.recommendations;
  return [];
}

function sectionBlocks(content: ReportContent, section: SectionContent): RenderBlock[] {
  const blocks = parseSectionBody(section.body);
  if (blocks.length > 0) return blocks;
  // A planning or difficulties section authored as data has no body text: print its items as the list.
  return itemsOf(content, section).map((text) => ({ kind: "bullet", text: text.normalize("NFC"), depth: 0 }));
}

/** The report's values as one table per division field; values of unknown indicators are left out. */
function figureTables(
  content: ReportContent,
  indicators: NonNullable<ContentRenderOptions["indicators"]>,
): Map<string, RenderTable> {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const tables = new Map<string, RenderTable>();
  for (const value of content.values) {
    const indicator = byCode.get(value.indicatorCode);
    if (!indicator) continue;
    let table = tables.get(indicator.field);
    if (!table) {
      table = { caption: null, columns: ["TT", "Chỉ tiêu", "Đơn vị tính", "Số liệu"], rows: [] };
      tables.set(indicator.field, table);
    }
    const label = value.disaggregation ? `${indicator.name} (${value.disaggregation})` : indicator.name;
    table.rows.push([table.rows.length + 1, label.normalize("NFC"), indicator.unitOfMeasure, value.value]);
  }
  return tables;
}

/** Builds the printable report from stored content and the issuing agency's names. */
export function fromReportContent(content: ReportContent, options: ContentRenderOptions): RenderableReport {
  const symbol = documentSymbol(content.docType, options.agencySymbol);
  const numberText = content.numberText ?? (content.number !== null ? `${content.number}/${symbol}` : null);
  const sections: RenderSection[] = content.sections.map((s) => ({
    number: s.number?.normalize("NFC") ?? null,
    title: s.title.normalize("NFC"),
    level: s.level,
    blocks: sectionBlocks(content, s),
  }));
  if (options.indicators && content.values.length > 0) {
    const tables = figureTables(content, options.indicators);
    const keyed = new Map(content.sections.map((s, i) => [s.templateKey ?? "", sections[i]!]));
    const leftovers: RenderTable[] = [];
    for (const [field, table] of tables) {
      const section = keyed.get(field);
      if (section) section.blocks.push({ kind: "table", table });
      else leftovers.push(table);
    }
    const hostIndex = content.sections.findLastIndex((s) => (s.contentKind ?? "narrative") === "narrative");
    const host = sections[hostIndex];
    for (const table of leftovers) host?.blocks.push({ kind: "table", table });
  }
  const title = content.title.trim().normalize("NFC");
  const closingSubject = title ? `${title.charAt(0).toLocaleLowerCase("vi")}${title.slice(1)}` : "";
  // An imported report already ends with its own "Trên đây là …./."; an authored one gets the usual sentence.
  const lastBlocks = sections[sections.length - 1]?.blocks ?? [];
  const own = lastBlocks.findIndex((b) => b.kind === "paragraph" && /^trên đây là\s/iu.test(b.text));
  const closing =
    own >= 0
      ? lastBlocks.splice(own).flatMap((b) => (b.kind === "paragraph" ? [b.text] : []))
      : closingSubject
        ? [`Trên đây là báo cáo ${closingSubject}./.`]
        : [];
  return {
    header: {
      parentAgency: options.parentAgencyName ? vnUpper(options.parentAgencyName) : null,
      agency: vnUpper(options.agencyName),
      numberLine: formatNumberLine(numberText, symbol),
      placeDateLine: formatPlaceDate(content.place, partialDateOfIso(content.issuedOn)),
    },
    documentType: documentTypeTitle(content.docType),
    subjectLines: title ? title.split(/\r?\n/).map((l) => l.trim()) : [],
    addressees: content.addressee
      ? content.addressee
          .split(/\r?\n|;/)
          .map((a) =>
            a
              .replace(/^\s*-\s*/, "")
              .replace(/[\s.;]+$/, "")
              .trim()
              .normalize("NFC"),
          )
          .filter((a) => a !== "")
      : [],
    preamble: [],
    sections,
    closing,
    recipients: normalizeRecipients(content.recipients, options.draftingUnit),
    signature: buildSignature({
      signingAuthority: content.signingAuthority,
      signerTitle: content.signerTitle,
      signerName: content.signerName,
      headTitle: options.headTitle ?? null,
    }),
  };
}
