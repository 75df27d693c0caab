import type { ReportDetail } from "../domain/records.js";
import type { ReportContent } from "../domain/report.js";
import { reportContentOf } from "./report-content-of.js";

/**
 * The content of a correction: the issued report's text, figures, tasks and notes as a new draft without its
 * number, date, signer or findings (they are set again when it is issued); the issued version stays as it is.
 */
export function correctionContent(report: ReportDetail): ReportContent {
  return {
    ...reportContentOf(report),
    state: "draft",
    origin: "authored",
    number: null,
    numberText: null,
    issuedOn: null,
    signerName: null,
    signerTitle: null,
    signingAuthority: null,
  };
}
