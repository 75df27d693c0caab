import type { SigningAuthority } from "./report.js";

/** Who signs an issued report and how, as its signature block prints it (Decree 30/2020/NĐ-CP, Appendix I). */
export interface Signing {
  signerName: string;
  /** The signer's own position ("Phó Giám đốc"), or null when not recorded. */
  signerTitle: string | null;
  /** "KT." when a deputy signs for the head ("KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC"); null when the head signs. */
  signingAuthority: SigningAuthority | null;
}

/**
 * How a leader signs from their position: a deputy ("Phó Giám đốc", "Phó Chủ tịch") signs "KT." for the head;
 * the head ("Giám đốc") signs in their own name. A position not recorded prints no title.
 */
export function signingOf(name: string, jobTitle: string | null | undefined): Signing {
  const title = jobTitle?.trim().replace(/\s+/g, " ").normalize("NFC") || null;
  return {
    signerName: name.trim().normalize("NFC"),
    signerTitle: title,
    signingAuthority: title && /^phó\s+\S/iu.test(title) ? "KT." : null,
  };
}
