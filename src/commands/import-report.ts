import { createHash } from "node:crypto";
import { UserError } from "../domain/errors.js";
import type { IndicatorDefinition } from "../domain/indicator.js";
import { formatPeriodCode, type Period, periodFromRef } from "../domain/period.js";
import type {
  ExtractedFigure,
  ExtractedSection,
  ReportContent,
  SectionContent,
  ValueContent,
} from "../domain/report.js";
import { sectionKindOf } from "../extract/section-kind.js";
import { getIctIndicator, matchIndicator } from "../packs/ict/index.js";
import { provinceByName } from "../reference/index.js";
import { appendAudit } from "../storage/audit.js";
import { findRegimes, getRegimeByCode } from "../storage/regimes.js";
import { insertReportContent } from "../storage/report-content.js";
import { findReportIdBySourceFile, findSourceFileBySha256, saveSourceFile } from "../storage/source-files.js";
import { inTransaction } from "../storage/transaction.js";
import { getUnitByCode, unitIdsByCode } from "../storage/units.js";
import { type AnalyzedReport, analyzeReportFile } from "./analyze-report-file.js";
import type { AppContext } from "./context.js";

/** Below this confidence a figure stays a figure and does not become the report's value of an indicator. */
const MIN_MATCH_CONFIDENCE = 0.6;

export interface ImportReportInput {
  fileName: string;
  bytes: Uint8Array;
  /** Corrections from the user: the writing unit and the period when the file does not say them (or says them wrong). */
  unitCode?: string | undefined;
  periodCode?: string | undefined;
  /** A regime code, or null to store the report outside any regime; guessed from the period kind when absent. */
  regimeCode?: string | null | undefined;
  actorId?: number | null | undefined;
  spelling?: boolean;
}

export interface ImportReportResult {
  status: "imported" | "skipped";
  reportId: number;
  message: string;
  unitCode?: string;
  periodCode?: string;
  regimeCode?: string | null;
  figures?: number;
  values?: number;
  findings?: number;
}

/**
 * Imports one report file: extracts and checks it, then stores the report, its sections, figures (mapped to the
 * catalogue where the label matches, with the confidence kept), tasks, notes, citations and the source file in
 * ONE transaction. The same bytes imported again create nothing and say which report they already are.
 */
export async function importReport(ctx: AppContext, input: ImportReportInput): Promise<ImportReportResult> {
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const db = ctx.database.db;
  const known = await findSourceFileBySha256(db, sha256);
  const knownReport = known ? await findReportIdBySourceFile(db, known.id) : null;
  if (knownReport !== null) {
    return {
      status: "skipped",
      reportId: knownReport,
      message: `Tệp "${input.fileName}" đã được nhập trước đây (báo cáo #${knownReport}); không tạo gì mới.`,
    };
  }
  const analyzed = await analyzeReportFile(input.fileName, input.bytes, { spelling: input.spelling ?? true });
  const content = await buildContent(ctx, analyzed, input);
  const reportId = await inTransaction(db, async (trx) => {
    const file = await saveSourceFile(trx, {
      fileName: input.fileName,
      mediaType: analyzed.mediaType,
      bytes: input.bytes,
      uploadedBy: input.actorId ?? null,
    });
    const { id } = await insertReportContent(trx, content, { createdBy: input.actorId ?? null, sourceFileId: file.id });
    await appendAudit(trx, {
      actorId: input.actorId ?? null,
      action: "import",
      entity: "report",
      entityId: id,
      reportId: id,
      fromState: null,
      toState: content.state,
      comment: null,
      details: { fileName: input.fileName, sha256 },
    });
    return id;
  });
  return {
    status: "imported",
    reportId,
    unitCode: content.unitCode,
    periodCode: content.periodCode,
    regimeCode: content.regimeCode,
    figures: content.figures?.length ?? 0,
    values: content.values.length,
    findings: content.findings.length,
    message: `Đã nhập "${input.fileName}" thành báo cáo #${reportId} (${content.unitCode}, kỳ ${content.periodCode}).`,
  };
}

async function buildContent(
  ctx: AppContext,
  analyzed: AnalyzedReport,
  input: ImportReportInput,
): Promise<ReportContent> {
  const r = analyzed.report;
  const meta = r.meta;
  const issuedOn = isoDate(meta.issueYear, meta.issueMonth, meta.issueDay);
  const proposed = await proposeImportTarget(ctx, analyzed);
  const unitCode = input.unitCode ?? proposed.unitCode ?? unitUnknown(analyzed.fileName, meta.province);
  await getUnitByCode(ctx.database.db, unitCode); // NOT_FOUND with a Vietnamese message for a wrong code
  const periodCode = input.periodCode ?? proposed.periodCode ?? periodUnknown(analyzed.fileName);
  const regimeCode = input.regimeCode === undefined ? proposed.regimeCode : input.regimeCode;
  const next = meta.nextPeriod ? periodFromRef(meta.nextPeriod) : null;
  const figures = r.figures.map((f) => {
    const match = matchIndicator(`${f.label} ${figureClause(analyzed.lines[f.line - 1] ?? "", f.quote)}`, f.unit);
    const indicator = match && match.confidence >= MIN_MATCH_CONFIDENCE ? getIctIndicator(match.code) : undefined;
    const value = indicator ? valueInIndicatorUnit(f, indicator) : null;
    return match && value !== null
      ? {
          ...f,
          indicatorCode: match.code,
          indicatorValue: value,
          disaggregation: match.disaggregation ?? "",
          matchConfidence: match.confidence,
        }
      : { ...f, indicatorCode: null };
  });
  return {
    regimeCode,
    unitCode,
    periodCode,
    state: "issued",
    origin: "imported",
    docType: meta.docType ?? "BC",
    number: meta.number ? Number.parseInt(meta.number, 10) || null : null,
    numberText: meta.number,
    title: meta.title ?? analyzed.fileName,
    place: meta.place,
    issuedOn,
    addressee: meta.addressees?.join("; ") || null,
    signerName: meta.signerName,
    signerTitle: meta.signerTitle,
    signingAuthority: meta.signingAuthority,
    recipients: meta.recipients,
    nextPeriodCode: next ? formatPeriodCode(next) : null,
    sections: (r.sections ?? []).map(toSection),
    values: bestValues(figures),
    figures,
    tasks: r.tasks.map((t) => ({
      text: t.text,
      plannedPeriodCode: next ? formatPeriodCode(next) : null,
      status: "planned" as const,
      sourceLine: t.line,
    })),
    difficulties: r.difficulties.map((d) => d.text),
    recommendations: r.recommendations.map((d) => d.text),
    references: r.references,
    findings: r.findings,
    ...(meta.agency ? { agency: meta.agency } : {}),
    ...(meta.parentAgency ? { parentAgency: meta.parentAgency } : {}),
  };
}

/**
 * The clause of the line around a figure's quote ("trong đó 37.902 văn bản được ký số"): the extractor's label
 * is a few words before the number, while what is counted often follows it.
 */
export function figureClause(line: string, quote: string): string {
  const at = line.indexOf(quote);
  if (at < 0) return quote;
  const before = line.slice(0, at);
  const start =
    Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(". "), before.lastIndexOf(":")) + 1;
  const rest = line.slice(at + quote.length);
  const stop = rest.search(/[,;:()]|\.\s|\.$/);
  return line.slice(start, at + quote.length + (stop < 0 ? rest.length : stop)).trim();
}

const MONEY_FACTORS: Record<string, number> = { đồng: 1e-6, "nghìn đồng": 1e-3, "triệu đồng": 1, "tỷ đồng": 1e3 };

/**
 * The figure's value in the indicator's unit, or null when the two do not measure the same kind of thing: a rate,
 * a duration or a rank never becomes a count, a percentage only a percentage, money is converted to "triệu đồng".
 */
export function valueInIndicatorUnit(figure: ExtractedFigure, indicator: IndicatorDefinition): number | null {
  if (figure.kind === "percent") return indicator.valueType === "percent" ? figure.value : null;
  if (indicator.valueType === "percent") return null;
  if (figure.kind === "money") {
    const from = MONEY_FACTORS[(figure.unit ?? "").toLowerCase()];
    const to = MONEY_FACTORS[(indicator.unitOfMeasure ?? "").toLowerCase()];
    return indicator.valueType === "money" && from !== undefined && to !== undefined
      ? (figure.value * from) / to
      : null;
  }
  if (figure.kind === "count") return indicator.valueType === "money" ? null : figure.value;
  return null;
}

/** The best-matching figure of each indicator and category becomes the report's value of it. */
function bestValues(
  figures: {
    line: number;
    indicatorCode?: string | null;
    indicatorValue?: number;
    disaggregation?: string;
    matchConfidence?: number;
  }[],
): ValueContent[] {
  const best = new Map<string, ValueContent>();
  for (const f of figures) {
    if (!f.indicatorCode) continue;
    const key = `${f.indicatorCode}|${f.disaggregation ?? ""}`;
    const current = best.get(key);
    if (current && (current.matchConfidence ?? 0) >= (f.matchConfidence ?? 0)) continue;
    best.set(key, {
      indicatorCode: f.indicatorCode,
      disaggregation: f.disaggregation ?? "",
      value: f.indicatorValue ?? 0,
      provenance: "imported",
      sourceLine: f.line,
      matchConfidence: f.matchConfidence ?? null,
    });
  }
  return [...best.values()];
}

function toSection(section: ExtractedSection): SectionContent {
  const heading = section.heading;
  const title = heading?.title ?? "Phần mở đầu";
  const kind = sectionKindOf(title);
  return {
    number: heading?.number ?? null,
    title,
    level: heading?.level ?? 1,
    contentKind: kind === "tasks" || kind === "difficulties" || kind === "recommendations" ? kind : "narrative",
    body: section.paragraphs.map((p) => p.text).join("\n\n"),
    sourceLine: heading?.line ?? section.paragraphs[0]?.line ?? null,
  };
}

/** Where an analyzed file would be stored unless the user corrects it; null where the file does not say. */
export interface ImportTarget {
  /** The department of the province the report names, valid on its date (UBND-84 → SO-84). */
  unitCode: string | null;
  periodCode: string | null;
  regimeCode: string | null;
}

/**
 * The unit, period and regime an analyzed report file proposes: the department of the province it names (as it
 * existed on the report's date), the reporting period of its title, and the one periodic regime of that kind.
 */
export async function proposeImportTarget(ctx: AppContext, analyzed: AnalyzedReport): Promise<ImportTarget> {
  const meta = analyzed.report.meta;
  const issuedOn = isoDate(meta.issueYear, meta.issueMonth, meta.issueDay);
  const province = meta.province ? provinceByName(meta.province, issuedOn ?? undefined) : undefined;
  let unitCode: string | null = null;
  if (province) {
    // The department of a province carries the province's code: UBND-84 → SO-84, UBND-86-2025 → SO-86-2025.
    const code = province.unitCode.replace(/^UBND-/, "SO-");
    unitCode = (await unitIdsByCode(ctx.database.db, [code])).has(code) ? code : null;
  }
  const period = meta.period ? periodFromRef(meta.period) : null;
  return {
    unitCode,
    periodCode: period ? formatPeriodCode(period) : null,
    regimeCode: await guessRegime(ctx, period),
  };
}

function unitUnknown(fileName: string, province: string | null): never {
  throw new UserError(
    "UNIT_UNKNOWN",
    `Không xác định được đơn vị viết báo cáo "${fileName}"${province ? ` (tỉnh "${province}" không có trong danh mục)` : ""}: hãy chọn đơn vị.`,
    { file: fileName, field: "unitCode" },
  );
}

function periodUnknown(fileName: string): never {
  throw new UserError("PERIOD_UNKNOWN", `Không xác định được kỳ báo cáo của "${fileName}": hãy chọn kỳ báo cáo.`, {
    file: fileName,
    field: "periodCode",
  });
}

/** The periodic regime of this period kind that departments report under, when exactly one fits. */
async function guessRegime(ctx: AppContext, period: Period | null): Promise<string | null> {
  if (!period) return null;
  const candidates = (await findRegimes(ctx.database.db)).filter(
    (r) => r.kind === "periodic" && r.frequency === period.kind && r.docType === "BC",
  );
  const regimes = await Promise.all(candidates.map((r) => getRegimeByCode(ctx.database.db, r.code)));
  const fitting = regimes.filter((r) => r.submittingUnitKinds.includes("department"));
  return fitting.length === 1 ? fitting[0]!.code : null;
}

function isoDate(year: number | null, month: number | null, day: number | null): string | null {
  if (!year || !month) return null;
  const d = day ?? 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
