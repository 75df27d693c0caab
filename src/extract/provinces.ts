import { fold } from "./section-kind.js";

/**
 * Provincial units as reports name them: the 63 until 30 June 2025 and the merged names after
 * (Resolution 202/2025/QH15 keeps old names as part of new ones, so the list is the union).
 */
export const PROVINCE_NAMES: readonly string[] = [
  "An Giang",
  "Bà Rịa - Vũng Tàu",
  "Bạc Liêu",
  "Bắc Giang",
  "Bắc Kạn",
  "Bắc Ninh",
  "Bến Tre",
  "Bình Dương",
  "Bình Định",
  "Bình Phước",
  "Bình Thuận",
  "Cà Mau",
  "Cao Bằng",
  "Cần Thơ",
  "Đà Nẵng",
  "Đắk Lắk",
  "Đắk Nông",
  "Điện Biên",
  "Đồng Nai",
  "Đồng Tháp",
  "Gia Lai",
  "Hà Giang",
  "Hà Nam",
  "Hà Nội",
  "Hà Tĩnh",
  "Hải Dương",
  "Hải Phòng",
  "Hậu Giang",
  "Hòa Bình",
  "Hưng Yên",
  "Khánh Hòa",
  "Kiên Giang",
  "Kon Tum",
  "Lai Châu",
  "Lâm Đồng",
  "Lạng Sơn",
  "Lào Cai",
  "Long An",
  "Nam Định",
  "Nghệ An",
  "Ninh Bình",
  "Ninh Thuận",
  "Phú Thọ",
  "Phú Yên",
  "Quảng Bình",
  "Quảng Nam",
  "Quảng Ngãi",
  "Quảng Ninh",
  "Quảng Trị",
  "Sóc Trăng",
  "Sơn La",
  "Tây Ninh",
  "Thái Bình",
  "Thái Nguyên",
  "Thanh Hóa",
  "Hồ Chí Minh",
  "Thừa Thiên Huế",
  "Huế",
  "Tiền Giang",
  "Trà Vinh",
  "Tuyên Quang",
  "Vĩnh Long",
  "Vĩnh Phúc",
  "Yên Bái",
];

const BY_FOLDED = new Map(PROVINCE_NAMES.map((n) => [foldName(n), n]));

function foldName(name: string): string {
  return fold(name)
    .replace(/\s*-\s*/g, " - ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The canonical province name for a place written in a report ("Thanh Hoá" → "Thanh Hóa"), or null. */
export function provinceNamed(place: string): string | null {
  const key = foldName(place.replace(/^(?:tỉnh|thành phố|tp\.?)\s+/iu, ""));
  return BY_FOLDED.get(key) ?? null;
}

const MENTION =
  /(?:tỉnh|Tỉnh|TỈNH|thành phố|Thành phố|THÀNH PHỐ|TP\.)\s+((?:\p{Lu}\p{L}*)(?:\s*-\s*|\s)(?:\p{Lu}\p{L}*)(?:\s\p{Lu}\p{L}*)?)/gu;

/** The province most often named after "tỉnh"/"thành phố" in the text (first on ties), or null. */
export function mostNamedProvince(text: string): string | null {
  const counts = new Map<string, { n: number; first: number }>();
  for (const m of text.matchAll(MENTION)) {
    const words = m[1]!;
    // "tỉnh Cao Bằng Đường" — try the longest name first, then shorter prefixes.
    const parts = words.split(/\s+/);
    for (let k = parts.length; k >= 2; k--) {
      const name = provinceNamed(parts.slice(0, k).join(" "));
      if (name) {
        const c = counts.get(name) ?? { n: 0, first: m.index };
        c.n++;
        counts.set(name, c);
        break;
      }
    }
  }
  let best: string | null = null;
  let bestCount = { n: 0, first: Number.MAX_SAFE_INTEGER };
  for (const [name, c] of counts) {
    if (c.n > bestCount.n || (c.n === bestCount.n && c.first < bestCount.first)) {
      best = name;
      bestCount = c;
    }
  }
  return best;
}

/** A province named in upper-case header text ("UBND TỈNH TRÀ VINH", "SỞ TT&TT TỈNH CAO BẰNG"), or null. */
export function provinceInHeader(text: string): string | null {
  const m = /(?:TỈNH|THÀNH PHỐ|TP\.)\s+([\p{Lu}\s-]+)/u.exec(text);
  if (!m) return null;
  const parts = m[1]!.trim().split(/\s+/);
  for (let k = Math.min(parts.length, 5); k >= 1; k--) {
    const name = provinceNamed(parts.slice(0, k).join(" "));
    if (name) return name;
  }
  return null;
}
