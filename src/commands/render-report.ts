import { fromReportContent } from "../render/from-report-content.js";
import { type DocumentFormat, type RenderedDocument, renderDocument } from "../render/render-document.js";
import { findIndicators } from "../storage/indicators.js";
import { getReportDetail } from "../storage/report-queries.js";
import { getUnitById } from "../storage/units.js";
import type { AppContext } from "./context.js";
import { placeOf } from "./issue-signing.js";
import { reportContentOf } from "./report-content-of.js";

export interface RenderReportInput {
  reportId: number;
  format: DocumentFormat;
}

/** A stored report as a Decree 30 document (.docx, PDF through LibreOffice, or Markdown), with a file name. */
export async function renderReport(
  ctx: AppContext,
  input: RenderReportInput,
): Promise<RenderedDocument & { fileName: string }> {
  const db = ctx.database.db;
  const report = await getReportDetail(db, input.reportId);
  // The agency's names and symbol as they were when the report was issued (or is being written).
  const at = report.issuedOn ?? new Date().toISOString().slice(0, 10);
  const unit = await getUnitById(db, report.unitId, at);
  const parent = unit.parentId !== null ? await getUnitById(db, unit.parentId, at) : null;
  const codes = [...new Set(report.values.map((v) => v.indicatorCode))];
  const indicators = codes.length ? await findIndicators(db, { codes }) : [];
  // Decree 30 names the issuing agency under its governing body without repeating the province.
  const agencyName =
    parent?.shortName && unit.name.endsWith(parent.shortName)
      ? unit.name.slice(0, -parent.shortName.length).replace(/\s+(tỉnh|thành phố)\s*$/i, "")
      : unit.name;
  const content = reportContentOf(report);
  // A draft of this system is signed where its unit is: the place shows before the date is known.
  if (content.place === null && report.origin === "authored") content.place = placeOf(unit, at);
  const renderable = fromReportContent(content, {
    agencyName,
    parentAgencyName: parent?.name ?? null,
    agencySymbol: unit.symbol ?? "STTTT",
    draftingUnit: null,
    indicators: indicators.map((i) => ({
      code: i.code,
      name: i.name,
      field: i.field ?? "",
      unitOfMeasure: i.unitOfMeasure,
    })),
  });
  const document = await renderDocument(renderable, input.format);
  const name = (report.numberText ?? `bao-cao-${report.id}`).replace(/[^\p{L}\p{N}-]+/gu, "-").replace(/^-|-$/g, "");
  return { ...document, fileName: `${name || `bao-cao-${report.id}`}.${document.extension}` };
}
