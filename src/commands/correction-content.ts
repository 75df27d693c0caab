import type { ReportDetail } from "../domain/records.js";
import type { ReportContent } from "../domain/report.js";

/**
 * The content of a correction: the issued report's text, figures, tasks and notes as a new draft without its
 * number, date or findings; the issued version itself stays as it is.
 */
export function correctionContent(report: ReportDetail): ReportContent {
  return {
    regimeCode: report.regimeCode,
    unitCode: report.unitCode,
    periodCode: report.periodCode,
    state: "draft",
    origin: "authored",
    docType: report.docType,
    number: null,
    numberText: null,
    title: report.title,
    place: report.place,
    issuedOn: null,
    addressee: report.addressee,
    signerName: report.signerName,
    signerTitle: report.signerTitle,
    signingAuthority: report.signingAuthority,
    recipients: report.recipients,
    nextPeriodCode: report.nextPeriodCode,
    sections: report.sections.map((s) => ({
      templateKey: s.templateKey,
      number: s.number,
      title: s.title,
      level: s.level,
      contentKind: s.contentKind,
      body: s.body,
      divisionCode: s.divisionCode,
    })),
    values: report.values.map((v) => ({
      indicatorCode: v.indicatorCode,
      disaggregation: v.disaggregation,
      value: v.value,
      provenance: v.provenance,
    })),
    tasks: report.tasks.map((t) => ({
      text: t.text,
      plannedPeriodCode: t.plannedPeriodCode,
      status: t.status,
      outcomeNote: t.outcomeNote,
      divisionCode: t.divisionCode,
      carriedFromTaskId: t.carriedFromTaskId,
    })),
    difficulties: report.difficulties.map((n) => n.text),
    recommendations: report.recommendations.map((n) => n.text),
    references: [],
    findings: [],
  };
}
