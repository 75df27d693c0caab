import type { ReportDetail, ReportSummary } from "../../contract/reports.js";
import type { ReportDetail as ReportDetailRecord, ReportSummary as ReportSummaryRecord } from "../../domain/records.js";

/** Names of the regimes the reports refer to, by code (lists show the name, records carry the code). */
export type RegimeNames = ReadonlyMap<string, string>;

/** Names of disaggregation categories, keyed "INDICATOR_CODE/category". */
export type CategoryNames = ReadonlyMap<string, string>;

const iso = (value: Date | string | null): string | null =>
  value === null ? null : typeof value === "string" ? value : value.toISOString();

/** A report as lists show it. */
export function presentReportSummary(r: ReportSummaryRecord, regimeNames: RegimeNames): ReportSummary {
  return {
    id: r.id,
    regime: r.regimeCode ? { code: r.regimeCode, name: regimeNames.get(r.regimeCode) ?? r.regimeCode } : null,
    unit: { code: r.unitCode, name: r.unitName },
    periodCode: r.periodCode,
    state: r.state,
    origin: r.origin,
    versionNo: r.versionNo,
    numberText: r.numberText,
    title: r.title,
    issuedOn: r.issuedOn,
    deadlineOn: r.deadlineOn,
    updatedAt: iso(r.updatedAt) ?? "",
  };
}

/** A report with its sections, values, tasks, notes, citations and findings. */
export function presentReportDetail(
  r: ReportDetailRecord,
  regimeNames: RegimeNames,
  categoryNames: CategoryNames,
): Omit<ReportDetail, "workflow"> {
  return {
    ...presentReportSummary(r, regimeNames),
    version: r.lockVersion,
    docType: r.docType,
    place: r.place,
    addressee: r.addressee,
    signerName: r.signerName,
    signerTitle: r.signerTitle,
    signingAuthority: r.signingAuthority,
    recipients: r.recipients,
    nextPeriodCode: r.nextPeriodCode,
    sentAt: iso(r.sentAt),
    sections: r.sections.map((s) => ({
      id: s.id,
      number: s.number,
      title: s.title,
      level: s.level,
      contentKind: s.contentKind,
      body: s.body,
      divisionCode: s.divisionCode,
      version: s.version,
      submittedAt: iso(s.submittedAt),
    })),
    values: r.values.map((v) => ({
      indicatorCode: v.indicatorCode,
      indicatorName: v.indicatorName,
      unitOfMeasure: v.unitOfMeasure,
      disaggregation: v.disaggregation,
      disaggregationName: v.disaggregation
        ? (categoryNames.get(`${v.indicatorCode}/${v.disaggregation}`) ?? v.disaggregation)
        : null,
      value: v.value,
      provenance: v.provenance,
      sourceLine: v.sourceLine,
    })),
    tasks: r.tasks.map((task) => ({
      id: task.id,
      text: task.text,
      plannedPeriodCode: task.plannedPeriodCode,
      status: task.status,
      outcomeNote: task.outcomeNote,
      divisionCode: task.divisionCode,
      carriedFromTaskId: task.carriedFromTaskId,
    })),
    difficulties: r.difficulties.map((n) => n.text),
    recommendations: r.recommendations.map((n) => n.text),
    citations: r.citations.map((c) => ({
      documentCode: c.documentCode,
      typeWord: c.typeWord,
      quote: c.quote,
      sourceLine: c.sourceLine,
    })),
    findings: r.findings.map((f) => ({
      id: f.id,
      kind: f.kind,
      message: f.message,
      quote: f.quote || null,
      sourceLine: f.line || null,
      sectionId: f.sectionId,
      isDismissed: f.isDismissed,
    })),
  };
}
