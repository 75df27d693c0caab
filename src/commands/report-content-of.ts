import type { ReportDetail } from "../domain/records.js";
import type { ReportContent } from "../domain/report.js";

/** The stored report back in the shape every report source hands to storage, for rendering. */
export function reportContentOf(r: ReportDetail): ReportContent {
  return {
    regimeCode: r.regimeCode,
    unitCode: r.unitCode,
    periodCode: r.periodCode,
    state: r.state,
    origin: r.origin,
    docType: r.docType,
    number: r.number,
    numberText: r.numberText,
    title: r.title,
    place: r.place,
    issuedOn: r.issuedOn,
    addressee: r.addressee,
    signerName: r.signerName,
    signerTitle: r.signerTitle,
    signingAuthority: r.signingAuthority,
    recipients: r.recipients,
    nextPeriodCode: r.nextPeriodCode,
    sections: r.sections.map((s) => ({
      templateKey: s.templateKey,
      number: s.number,
      title: s.title,
      level: s.level,
      contentKind: s.contentKind,
      body: s.body,
      divisionCode: s.divisionCode,
      sourceLine: s.sourceLine,
    })),
    values: r.values.map((v) => ({
      indicatorCode: v.indicatorCode,
      disaggregation: v.disaggregation,
      value: v.value,
      provenance: v.provenance,
      sourceLine: v.sourceLine,
    })),
    tasks: r.tasks.map((t) => ({
      text: t.text,
      plannedPeriodCode: t.plannedPeriodCode,
      status: t.status,
      outcomeNote: t.outcomeNote,
      divisionCode: t.divisionCode,
      carriedFromTaskId: t.carriedFromTaskId,
      sourceLine: t.sourceLine,
    })),
    difficulties: r.difficulties.map((d) => d.text),
    recommendations: r.recommendations.map((d) => d.text),
    references: [],
    findings: [],
  };
}
