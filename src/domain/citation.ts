/**
 * Document codes (số, ký hiệu) and document types, as Decree 30/2020/NĐ-CP (Appendix III) and the law on legal
 * documents write them: "742/STTTT-TTBCXB" (a Công văn: agency and drafting unit), "1519/QĐ-UBND",
 * "47/2020/NĐ-CP" (normative, with the year), "34-CT/TW" (Party documents: number-type/issuer).
 */

/** Decree 30 Appendix III abbreviations, plus the normative types, keyed by the type word. */
export const DOC_TYPE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  "Nghị quyết": "NQ",
  "Quyết định": "QĐ",
  "Chỉ thị": "CT",
  "Quy chế": "QC",
  "Quy định": "QyĐ",
  "Thông cáo": "TC",
  "Thông báo": "TB",
  "Hướng dẫn": "HD",
  "Chương trình": "CTr",
  "Kế hoạch": "KH",
  "Phương án": "PA",
  "Đề án": "ĐA",
  "Dự án": "DA",
  "Báo cáo": "BC",
  "Biên bản": "BB",
  "Tờ trình": "TTr",
  "Hợp đồng": "HĐ",
  "Công điện": "CĐ",
  "Bản ghi nhớ": "BGN",
  "Bản thỏa thuận": "BTT",
  "Giấy ủy quyền": "GUQ",
  "Giấy mời": "GM",
  "Giấy giới thiệu": "GGT",
  "Giấy nghỉ phép": "GNP",
  "Phiếu gửi": "PG",
  "Phiếu chuyển": "PC",
  "Phiếu báo": "PB",
  "Nghị định": "NĐ",
  "Thông tư": "TT",
  "Thông tư liên tịch": "TTLT",
  Luật: "QH",
  "Pháp lệnh": "UBTVQH",
};

const ABBREVIATION_TO_TYPE: ReadonlyMap<string, string> = new Map(
  Object.entries(DOC_TYPE_ABBREVIATIONS).map(([type, abbr]) => [abbr.toUpperCase(), type]),
);

/** The type words a citation can start with, longest first so "Thông tư liên tịch" wins over "Thông tư". */
export const DOC_TYPE_WORDS: readonly string[] = [...Object.keys(DOC_TYPE_ABBREVIATIONS), "Công văn", "Văn bản"].sort(
  (a, b) => b.length - a.length,
);

/** The Decree 30 abbreviation of a type word ("Quyết định" → "QĐ"); null for Công văn and unknown words. */
export function abbreviationOfType(typeWord: string): string | null {
  const key = Object.keys(DOC_TYPE_ABBREVIATIONS).find((k) => k.toLowerCase() === typeWord.trim().toLowerCase());
  return key ? DOC_TYPE_ABBREVIATIONS[key]! : null;
}

/** The type word of an abbreviation ("QĐ" → "Quyết định", "qđ" too); null when it is not a type abbreviation. */
export function typeOfAbbreviation(abbr: string): string | null {
  return ABBREVIATION_TO_TYPE.get(abbr.trim().toUpperCase()) ?? null;
}

export interface DocumentCode {
  /** As normalised: spaces removed ("185/2019/TT-BQP"). */
  code: string;
  number: string;
  /** Year written in the code (normative documents: "47/2020/NĐ-CP"). */
  year: number | null;
  /** The type abbreviation in the symbol ("QĐ", "NĐ", "CT"), or null for a Công văn. */
  typeAbbr: string | null;
  /** The issuing agency's symbol ("UBND", "CP", "TTg", "STTTT", "TW", "TU"). */
  issuer: string | null;
  /** The drafting unit of a Công văn ("TTBCXB" in "742/STTTT-TTBCXB"), or further symbol groups. */
  unit: string | null;
  /** Party documents write the number before the type: "34-CT/TW". */
  isParty: boolean;
}

/** Removes the spaces a typist left inside a code ("185/2019/TT- BQP" → "185/2019/TT-BQP"). */
export function normalizeDocumentCode(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\s+/g, "")
    .replace(/[.;,:)]+$/, "");
}

const SYMBOL = "[A-Za-zĐđ0-9&.]+";
const PARTY = new RegExp(`^(\\d+[a-z]?)-(${SYMBOL})/(${SYMBOL})$`, "u");
const STATE = new RegExp(`^(\\d+[a-z]?)(?:/(\\d{4}))?/(${SYMBOL}(?:-${SYMBOL})*)$`, "u");

/** Splits a code into number, year, type and issuer; null when it does not look like a document code. */
export function parseDocumentCode(raw: string): DocumentCode | null {
  const code = normalizeDocumentCode(raw);
  const party = PARTY.exec(code);
  if (party) {
    return {
      code,
      number: party[1]!,
      year: null,
      typeAbbr: typeOfAbbreviation(party[2]!) ? party[2]! : null,
      issuer: party[3]!,
      unit: null,
      isParty: true,
    };
  }
  const state = STATE.exec(code);
  if (!state) return /^\d+[a-z]?$/.test(code) ? bareNumber(code) : null;
  const groups = state[3]!.split("-");
  const first = groups[0]!;
  const hasType = typeOfAbbreviation(first) !== null && groups.length > 1;
  return {
    code,
    number: state[1]!,
    year: state[2] ? Number(state[2]) : null,
    typeAbbr: hasType ? first : null,
    issuer: hasType ? (groups[1] ?? null) : first,
    unit: (hasType ? groups.slice(2) : groups.slice(1)).join("-") || null,
    isParty: false,
  };
}

function bareNumber(code: string): DocumentCode {
  return { code, number: code, year: null, typeAbbr: null, issuer: null, unit: null, isParty: false };
}

/**
 * Whether a type word agrees with the abbreviation in a code: "Nghị quyết 17/NĐ-CP" and "Công văn 12/QĐ-UBND"
 * do not. A code without a type abbreviation ("742/STTTT-VP", "52") says nothing, so it agrees.
 */
export function typeMatchesCode(typeWord: string, code: DocumentCode): boolean {
  if (!code.typeAbbr) return true;
  const word = typeWord.trim().toLowerCase();
  if (word === "văn bản") return true;
  const expected = abbreviationOfType(typeWord);
  if (expected === null) return word !== "công văn";
  return foldAbbr(expected) === foldAbbr(code.typeAbbr);
}

function foldAbbr(abbr: string): string {
  return abbr.toUpperCase().replace(/Đ/g, "D");
}

/** Who issues documents of a normative symbol: NĐ-CP the Government, QĐ-TTg the Prime Minister. */
export function expectedIssuerOf(code: DocumentCode): string | null {
  const key = `${code.typeAbbr ?? ""}-${code.issuer ?? ""}`.toUpperCase();
  switch (key) {
    case "NĐ-CP":
    case "NQ-CP":
      return "Chính phủ";
    case "QĐ-TTG":
    case "CT-TTG":
      return "Thủ tướng Chính phủ";
    default:
      return null;
  }
}
