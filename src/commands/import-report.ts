import { createHash } from "node:crypto";
import { UserError } from "../domain/errors.js";
import { formatPeriodCode, type Period, periodFromRef } from "../domain/period.js";
import type {
  ExtractedReport,
  ExtractedSection,
  ReportContent,
  SectionContent,
  ValueContent,
} from "../domain/report.js";
import { sectionKindOf } from "../extract/section-kind.js";
import { matchIndicator } from "../packs/ict/index.js";
import { provinceByName } from "../reference/index.js";
import { appendAudit } from "../storage/audit.js";
import { findRegimes, getRegimeByCode } from "../storage/regimes.js";
import { insertReportContent } from "../storage/report-content.js";
import { findReportIdBySourceFile, findSourceFileBySha256, saveSourceFile } from "../storage/source-files.js";
import { inTransaction } from "../storage/transaction.js";
import { getUnitByCode } from "../storage/units.js";
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
  const unitCode = input.unitCode ?? (await unitFromProvince(ctx, analyzed.fileName, r, issuedOn));
  await getUnitByCode(ctx.database.db, unitCode); // NOT_FOUND with a Vietnamese message for a wrong code
  const periodCode = input.periodCode ?? periodCodeOf(analyzed.fileName, r);
  const regimeCode =
    input.regimeCode === undefined
      ? await guessRegime(ctx, r.meta.period ? periodFromRef(r.meta.period) : null)
      : input.regimeCode;
  const next = meta.nextPeriod ? periodFromRef(meta.nextPeriod) : null;
  const figures = r.figures.map((f) => {
    const match = matchIndicator(f.label, f.unit);
    return match && match.confidence >= MIN_MATCH_CONFIDENCE
      ? {
          ...f,
          indicatorCode: match.code,
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

/** The best-matching figure of each indicator and category becomes the report's value of it. */
function bestValues(
  figures: {
    value: number;
    line: number;
    indicatorCode?: string | null;
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
      value: f.value,
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

async function unitFromProvince(
  ctx: AppContext,
  fileName: string,
  report: ExtractedReport,
  issuedOn: string | null,
): Promise<string> {
  const name = report.meta.province;
  const province = name ? provinceByName(name, issuedOn ?? undefined) : undefined;
  if (!province) {
    throw new UserError(
      "UNIT_UNKNOWN",
      `Không xác định được đơn vị viết báo cáo "${fileName}"${name ? ` (tỉnh "${name}" không có trong danh mục)` : ""}: hãy chọn đơn vị.`,
      { file: fileName, field: "unitCode" },
    );
  }
  // The department of a province carries the province's code: UBND-84 → SO-84, UBND-86-2025 → SO-86-2025.
  const code = province.unitCode.replace(/^UBND-/, "SO-");
  await getUnitByCode(ctx.database.db, code);
  return code;
}

function periodCodeOf(fileName: string, report: ExtractedReport): string {
  const period = report.meta.period ? periodFromRef(report.meta.period) : null;
  if (!period) {
    throw new UserError("PERIOD_UNKNOWN", `Không xác định được kỳ báo cáo của "${fileName}": hãy chọn kỳ báo cáo.`, {
      file: fileName,
      field: "periodCode",
    });
  }
  return formatPeriodCode(period);
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
