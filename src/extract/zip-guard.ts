/**
 * Reads a .zip's central directory (without inflating anything) to refuse archives that would expand beyond a
 * limit — the .docx "zip bomb" guard run before mammoth opens an uploaded file.
 */

export interface ZipSummary {
  entries: number;
  uncompressedBytes: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

/** Sums the declared uncompressed sizes of a zip's entries; null when the bytes are not a readable zip. */
export function summarizeZip(bytes: Uint8Array): ZipSummary | null {
  if (bytes.length < 22) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65535 bytes (its comment is at most 64 KiB).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  let uncompressedBytes = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) return null;
    const size = view.getUint32(offset + 24, true);
    // 0xFFFFFFFF means a ZIP64 size: treat it as too large rather than parse the extra field.
    uncompressedBytes += size === 0xffffffff ? Number.MAX_SAFE_INTEGER / 2 : size;
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return { entries, uncompressedBytes };
}
