import type { Regime, RegimeDetail } from "../../contract/regimes.js";
import type { Regime as RegimeRecord } from "../../domain/records.js";

/** A regime as listed: codes, frequency, cut-off and deadline rules. */
export function presentRegime(r: RegimeRecord): Regime {
  return {
    code: r.code,
    name: r.name,
    kind: r.kind,
    frequency: r.frequency,
    docType: r.docType,
    cutoff: r.cutoff,
    deadlines: r.deadlines,
    submittingUnitKinds: r.submittingUnitKinds,
    receivingUnitKinds: r.receivingUnitKinds,
    sendMethod: r.sendMethod || null,
    validFrom: r.validFrom,
    validTo: r.validTo ?? null,
  };
}

/** A regime with its outline template and indicator form. */
export function presentRegimeDetail(r: RegimeRecord): RegimeDetail {
  return {
    ...presentRegime(r),
    content: r.content || null,
    legalBasis: r.legalBasis || null,
    outline: r.outline.map((s) => ({
      key: s.key,
      parentKey: s.parentKey ?? null,
      number: s.number,
      title: s.title,
      level: s.level,
      divisionField: s.divisionField,
      contentKind: s.contentKind,
      guidance: s.guidance ?? null,
    })),
    indicators: r.indicators.map((i) => ({
      code: i.indicatorCode,
      name: i.name,
      unitOfMeasure: i.unitOfMeasure,
      sectionKey: i.sectionKey,
      isRequired: i.isRequired,
    })),
  };
}
