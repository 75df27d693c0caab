/** Finding a province by the way people write its name ("tra vinh", "TP. Hồ Chí Minh", "tỉnh Bà Rịa - Vũng Tàu"). */
import { foldText } from "../domain/vn-text.js";
import { type ProvinceRecord, provinceRecords } from "./provinces.js";

// Extra spellings seen in reports, keyed by the folded short name they stand for.
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  "ho chi minh": ["tp hcm", "tphcm", "hcm", "tp.hcm", "sai gon"],
  "thua thien hue": ["tt hue", "tt-hue", "thua thien - hue"],
  "ba ria - vung tau": ["brvt", "ba ria vung tau"],
};

// Administrative prefixes a name may carry; longest first so "thanh pho" wins over "tp".
const PREFIXES = ["uy ban nhan dan", "ubnd", "thanh pho", "tinh", "tp.", "tp"];

/** Reduces a province name to a comparison key: folded, prefixes removed, only letters and digits kept. */
export function provinceKey(name: string): string {
  let folded = foldText(name);
  let changed = true;
  while (changed) {
    changed = false;
    for (const prefix of PREFIXES) {
      const stripped = folded.startsWith(`${prefix} `)
        ? folded.slice(prefix.length + 1)
        : prefix.endsWith(".") && folded.startsWith(prefix)
          ? folded.slice(prefix.length)
          : null;
      if (stripped !== null && stripped.trim() !== "") {
        folded = stripped.trim();
        changed = true;
      }
    }
  }
  return folded.replace(/[^a-z0-9]/g, "");
}

function keysOf(record: ProvinceRecord): Set<string> {
  const keys = new Set<string>();
  for (const period of record.names) {
    keys.add(provinceKey(period.shortName));
    for (const alias of ALIASES[foldText(period.shortName)] ?? []) keys.add(provinceKey(alias));
  }
  return keys;
}

const index: readonly { record: ProvinceRecord; keys: Set<string> }[] = provinceRecords.map((record) => ({
  record,
  keys: keysOf(record),
}));

/** Every province record whose name (any of its names) matches, oldest first. */
export function findProvincesByName(name: string): ProvinceRecord[] {
  const key = provinceKey(name);
  if (key === "") return [];
  return index.filter((entry) => entry.keys.has(key)).map((entry) => entry.record);
}

/**
 * The province a name designates: on `date` when given (the unit in force that day), otherwise the one in force
 * today's map (the 34 provinces), falling back to the pre-2025 unit for a province that no longer exists.
 */
export function provinceByName(name: string, date?: string): ProvinceRecord | undefined {
  const matches = findProvincesByName(name);
  if (date !== undefined) {
    return matches.find((r) => r.validFrom <= date && (r.validTo === null || date <= r.validTo));
  }
  return matches.find((r) => r.validTo === null) ?? matches[0];
}
