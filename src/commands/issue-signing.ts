import type { Kysely } from "kysely";
import type { Unit } from "../domain/records.js";
import { type Signing, signingOf } from "../domain/signing.js";
import { provincesOn } from "../reference/index.js";
import { findLastActorOf, getSignerFacts } from "../storage/report-workflow.js";
import type { DB } from "../storage/schema.js";

/** Where the ministry and other central agencies sign. */
const CAPITAL = "Hà Nội";

/**
 * The place of the "Cao Bằng, ngày … tháng … năm …" line (Decree 30/2020/NĐ-CP, Appendix I): the name of the
 * province the unit belongs to on that date ("Vĩnh Long" after the July 2025 merger of Trà Vinh into it);
 * Hà Nội for central agencies; null when the unit's province is not in the reference.
 */
export function placeOf(unit: Pick<Unit, "provinceCode">, isoDate: string): string | null {
  if (!unit.provinceCode) return CAPITAL;
  const record = provincesOn(isoDate).find((r) => r.officialCode === unit.provinceCode);
  const name = record?.names.find((n) => n.validFrom <= isoDate && (n.validTo === null || isoDate <= n.validTo));
  if (!name) return null;
  return name.shortName === "Hồ Chí Minh" ? "Thành phố Hồ Chí Minh" : name.shortName;
}

/**
 * Who signs a report being issued: the leader issuing it, or, when the office issues (registers) it, the
 * leader who approved it; null when neither is known.
 */
export async function signingAtIssue(
  db: Kysely<DB>,
  report: { id: number },
  issuer: { userId: number; role: string },
): Promise<Signing | null> {
  const signerId = issuer.role === "leader" ? issuer.userId : await findLastActorOf(db, report.id, "approve");
  if (signerId === null) return null;
  const signer = await getSignerFacts(db, signerId);
  return signingOf(signer.displayName, signer.jobTitle);
}
