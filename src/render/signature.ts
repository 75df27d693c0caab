import type { SigningAuthority } from "../domain/report.js";
import type { RenderSignature } from "./renderable-report.js";

// Decree 30/2020/NĐ-CP, Appendix I, section II.7 (and Article 13 on signing): the authority prefix ("KT." a
// deputy for the head, "TM." for a collective, "Q." acting, "TL." by order, "TUQ." by authorisation) and the
// titles in capitals, bold; the name in bold without academic titles.

/** Upper case the Vietnamese way ("Phó Giám đốc" → "PHÓ GIÁM ĐỐC"), in NFC. */
export function vnUpper(text: string): string {
  return text.normalize("NFC").toLocaleUpperCase("vi").normalize("NFC");
}

/** The head's title a deputy signs for: "Phó Giám đốc" → "Giám đốc"; the title itself otherwise. */
export function headTitleOf(signerTitle: string): string {
  return signerTitle.replace(/^\s*phó\s+/iu, "").trim();
}

export interface SignatureInput {
  signingAuthority: SigningAuthority | null;
  signerTitle: string | null;
  signerName: string | null;
  /** Whom the prefix signs for ("Giám đốc", "Ủy ban nhân dân"); derived from the signer's title when absent. */
  headTitle?: string | null;
}

/** The signature block's lines: "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" / name. */
export function buildSignature(input: SignatureInput): RenderSignature {
  const title = input.signerTitle?.trim() || null;
  const name = input.signerName?.trim().normalize("NFC") || null;
  if (!input.signingAuthority)
    return { authorityLine: null, titleLine: title ? vnUpper(title) : null, signerName: name };
  const head = input.headTitle?.trim() || (title ? headTitleOf(title) : "");
  const authorityLine = vnUpper(`${input.signingAuthority} ${head}`.trim());
  // "KT. GIÁM ĐỐC" over "GIÁM ĐỐC" would repeat itself: a signer whose title is the head's prints one line.
  const titleLine = title && vnUpper(title) !== vnUpper(head) ? vnUpper(title) : null;
  return { authorityLine, titleLine, signerName: name };
}
