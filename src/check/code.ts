import { typeMatchesCode, typeOfAbbreviation } from "../domain/citation.js";
import type { Finding } from "../domain/report.js";
import { type CitationInText, tidyCode } from "./citations-in-text.js";
import { editDistance } from "./edit-distance.js";
import { lineAt, type ReportText } from "./report-text.js";

/** "NĐCP", "QĐUBND": a type abbreviation run into the issuer's symbol. */
const GLUED = /^(NĐ|QĐ|NQ|CT|KH|TB|BC|HD|TT|CTr|TTr)(CP|TTg|UBND|HĐND|BTTTT|STTTT|BNV|BTC|BQP|BCA|VPCP)$/u;

/** Normative documents carry their year in the symbol since the 2008 law on legal documents ("47/2020/NĐ-CP"). */
const NEEDS_YEAR = new Set(["NĐ", "TT", "TTLT"]);

/** Malformed document codes, stray spaces inside them, and one unit code spelled two ways. */
export function checkCodes(
  citations: readonly CitationInText[],
  reportYear: number | null,
  text?: ReportText,
): Finding[] {
  const findings: Finding[] = text ? doubledSeparators(text) : [];
  for (const c of citations) {
    const problem = malformation(c, reportYear);
    if (problem) findings.push({ kind: "code", message: problem, quote: c.quote, line: c.line });
  }
  findings.push(...unitSpelledTwoWays(citations));
  return findings;
}

function malformation(c: CitationInText, reportYear: number | null): string | null {
  const code = c.code;
  if (/\s/.test(c.rawCode)) {
    return `Ký hiệu văn bản có khoảng trắng thừa: "${c.rawCode}", đúng là "${tidyCode(c.rawCode)}"`;
  }
  const typeIsConsistent = !c.typeWord || typeMatchesCode(c.typeWord, code);
  if (
    code.typeAbbr &&
    NEEDS_YEAR.has(code.typeAbbr.toUpperCase()) &&
    code.year === null &&
    typeIsConsistent &&
    !code.isParty
  ) {
    return `Ký hiệu "${code.code}" của văn bản quy phạm pháp luật thiếu năm ban hành (dạng số/năm/${code.typeAbbr}-${code.issuer ?? "..."})`;
  }
  if (code.year !== null && (code.year < 1945 || (reportYear !== null && code.year > reportYear))) {
    return `Năm ${code.year} trong ký hiệu "${code.code}" không hợp lệ${reportYear !== null ? ` (báo cáo năm ${reportYear})` : ""}`;
  }
  const glued = code.issuer ? GLUED.exec(code.issuer) : null;
  if (!code.isParty && !code.typeAbbr && glued) {
    return `Ký hiệu "${code.code}" thiếu dấu gạch nối giữa loại văn bản và cơ quan ban hành (đúng là ${code.code.replace(glued[0], `${glued[1]}-${glued[2]}`)})`;
  }
  if (!code.isParty && !code.typeAbbr && !code.unit && code.issuer && typeOfAbbreviation(code.issuer)) {
    return `Ký hiệu "${code.code}" thiếu tên viết tắt của cơ quan ban hành sau "${code.issuer}"`;
  }
  return null;
}

/** "STTTT-BCVTCNTT" three times and "STTTT-BVCTCNTT" once: the rarer spelling is the typo. */
function unitSpelledTwoWays(citations: readonly CitationInText[]): Finding[] {
  const byIssuer = new Map<string, Map<string, CitationInText[]>>();
  for (const c of citations) {
    const { issuer, unit, isParty } = c.code;
    if (isParty || !issuer || !unit) continue;
    const units = byIssuer.get(issuer) ?? new Map<string, CitationInText[]>();
    units.set(unit, [...(units.get(unit) ?? []), c]);
    byIssuer.set(issuer, units);
  }
  const findings: Finding[] = [];
  for (const [issuer, units] of byIssuer) {
    const names = [...units.keys()];
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const a = names[i]!;
        const b = names[j]!;
        if (!isLikelySameUnit(a, b)) continue;
        const ca = units.get(a)!;
        const cb = units.get(b)!;
        // The spelling used less often is the mistake; on a tie, the one written later.
        const [wrong, right] = cb.length < ca.length || cb.length === ca.length ? [cb, ca] : [ca, cb];
        const wrongUnit = wrong[0]!.code.unit!;
        const rightUnit = right[0]!.code.unit!;
        for (const c of wrong) {
          findings.push({
            kind: "code",
            message: `Mã đơn vị "${issuer}-${wrongUnit}" khác với "${issuer}-${rightUnit}" ở ${right.length} ký hiệu khác của cùng cơ quan (${right.map((r) => r.code.number).join(", ")}); có thể viết sai: đúng là ${c.code.number}/${issuer}-${rightUnit}`,
            quote: c.quote,
            line: c.line,
          });
        }
      }
    }
  }
  return findings;
}

function isLikelySameUnit(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4) return false;
  const d = editDistance(a.toUpperCase(), b.toUpperCase());
  if (d === 0) return false;
  return d === 1 || (d === 2 && Math.min(a.length, b.length) >= 7 && sameLetters(a, b));
}

function sameLetters(a: string, b: string): boolean {
  return [...a.toUpperCase()].sort().join("") === [...b.toUpperCase()].sort().join("");
}

/** "12/QĐ--UBND", "12//QĐ-UBND": a separator typed twice (such a code is not read as a citation at all). */
function doubledSeparators(text: ReportText): Finding[] {
  const out: Finding[] = [];
  const re = /(?<![\p{L}\d/])\d+(?:\/\d{4})?[-/]{1,2}[A-ZĐ][A-Za-zĐđ]*(?:[-/]{1,2}[A-ZĐ][A-Za-zĐđ]*)+/gu;
  for (const p of text.paragraphs) {
    re.lastIndex = 0;
    for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
      if (!/--|\/\/|-\/|\/-/.test(m[0])) continue;
      out.push({
        kind: "code",
        message: `Ký hiệu "${m[0]}" có dấu phân cách bị lặp (đúng là ${m[0].replace(/--|-\/|\/-/g, "-").replace(/\/\//g, "/")})`,
        quote: m[0],
        line: lineAt(p, m.index),
      });
    }
  }
  return out;
}
