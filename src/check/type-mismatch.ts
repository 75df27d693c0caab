import { abbreviationOfType, expectedIssuerOf, typeMatchesCode, typeOfAbbreviation } from "../domain/citation.js";
import type { Finding } from "../domain/report.js";
import { foldText } from "../domain/vn-text.js";
import type { CitationInText } from "./citations-in-text.js";

/** Pairs that differ in the table but are written that way in practice. */
const ALSO_ACCEPTED: readonly [string, string][] = [
  ["quy định", "QĐ"], // Party "Quy định số 205-QĐ/TW"
  ["thông tư", "TTLT"],
  ["thông tư liên tịch", "TT"],
];

/** A type word that contradicts the abbreviation in its code, or an issuer that contradicts the code. */
export function checkTypeMismatch(citations: readonly CitationInText[]): Finding[] {
  const findings: Finding[] = [];
  for (const c of citations) {
    const typeProblem = c.typeWord ? typeProblemOf(c) : null;
    if (typeProblem) {
      findings.push({ kind: "type-mismatch", message: typeProblem, quote: c.quote, line: c.line });
      continue;
    }
    const issuerProblem = issuerProblemOf(c);
    if (issuerProblem) {
      findings.push({
        kind: "type-mismatch",
        message: issuerProblem,
        quote: `${c.quote} của ${c.issuer}`,
        line: c.line,
      });
    }
  }
  return findings;
}

function typeProblemOf(c: CitationInText): string | null {
  const word = c.typeWord!;
  const abbr = c.code.typeAbbr;
  if (!abbr || typeMatchesCode(word, c.code)) return null;
  if (ALSO_ACCEPTED.some(([w, a]) => w === word.toLowerCase() && a === abbr.toUpperCase())) return null;
  const meant = typeOfAbbreviation(abbr);
  const expected = abbreviationOfType(word);
  const corrected = expected ? ` (đúng là ${c.code.code.replace(abbr, expected)}?)` : "";
  return `Loại văn bản "${word}" mâu thuẫn với ký hiệu "${c.code.code}": ${abbr} là ${meant ?? "loại văn bản khác"}${corrected}`;
}

/** Who may sign for an issuer symbol, as folded text the stated "của ..." must start with or contain. */
const ISSUER_NAMES: Readonly<Record<string, RegExp>> = {
  UBND: /uy ban nhan dan|ubnd|chu tich/,
  HDND: /hoi dong nhan dan|hdnd/,
  BTTTT: /bo thong tin va truyen thong|bo tt&tt|bo tttt|bo truong/,
  STTTT: /so thong tin va truyen thong|so tt&tt|so tttt|giam doc so|\bso\b/,
  TU: /tinh uy|ban thuong vu|ban chap hanh dang bo/,
  TW: /trung uong|bo chinh tri|ban bi thu/,
  QH: /quoc hoi/,
  VPCP: /van phong chinh phu/,
  BTC: /bo tai chinh/,
  BNV: /bo noi vu/,
  BQP: /bo quoc phong/,
  BCA: /bo cong an/,
};
/** The stated issuer names an agency (so a contradiction can be judged), not a person or a vague "của tỉnh". */
const AGENCY_START =
  /^(?:bo |so |uy ban|ubnd|thu tuong|chinh phu|van phong|ban |tinh uy|hoi dong|hdnd|quoc hoi|chu tich)/;

function issuerProblemOf(c: CitationInText): string | null {
  if (!c.issuer) return null;
  const stated = foldText(c.issuer);
  const expected = expectedIssuerOf(c.code);
  if (expected) {
    const contradicts =
      expected === "Chính phủ"
        ? /^(?:thu tuong|van phong|bo |chu tich)/.test(stated)
        : /^(?:chinh phu|bo |van phong chinh phu|uy ban|ubnd)/.test(stated);
    return contradicts ? `Văn bản ${c.code.code} do ${expected} ban hành, báo cáo ghi "của ${c.issuer}"` : null;
  }
  const symbol = foldText(c.code.issuer ?? "").toUpperCase();
  const names = ISSUER_NAMES[symbol];
  if (!names || !AGENCY_START.test(stated) || names.test(stated)) return null;
  return `Ký hiệu ${c.code.code} là văn bản của cơ quan "${c.code.issuer}", báo cáo ghi "của ${c.issuer}"`;
}
