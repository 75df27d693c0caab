import type { IndicatorDefinition } from "../../domain/indicator.js";
import { foldText } from "../../domain/vn-text.js";
import { ictIndicators } from "./indicators.js";

/** The catalogue entry a figure's label most likely reports, with a confidence in [0, 1]. */
export interface IndicatorMatch {
  code: string;
  confidence: number;
  /** The disaggregation category named next to the figure ("online", "high"), when one is. */
  disaggregation?: string;
}

// Units written in reports that count the same thing: a figure in "hộp thư" can report an indicator kept in
// "tài khoản". A unit may belong to several families.
const UNIT_FAMILIES: string[][] = [
  ["van ban", "van ban di", "van ban den"],
  ["ho so", "ho so tthc"],
  ["thue bao"],
  ["trieu dong", "dong", "ty dong", "nghin dong"],
  ["nguoi", "nguoi dung", "luot nguoi", "d c", "dong chi", "can bo", "cong chuc", "ca nhan", "hoc vien"],
  ["tai khoan", "hop thu", "hop thu dien tu"],
  ["chung thu so", "chung thu", "usb", "sim pki", "token"],
  ["luot", "canh bao", "luot canh bao", "lan"],
  ["tin bai", "tin", "bai", "tin bai van ban", "phong su", "tin bai phong su"],
  ["tram", "tram bts", "tram phat song", "tram thu phat song"],
  ["dai", "tram truyen thanh", "dai truyen thanh", "tram"],
  ["dich vu", "dich vu cong", "thu tuc", "thu tuc hanh chinh", "tthc"],
  ["hoc vien", "dai bieu", "luot hoc vien", "nguoi"],
  ["cuoc", "lan", "dot"],
  ["don", "don thu", "vu viec"],
  ["truong hop", "vu", "vu viec", "to chuc ca nhan", "ca nhan"],
  ["giay phep", "ho so"],
  ["may tinh", "may", "thiet bi"],
];

/** Folds and keeps only letters, digits and "%" so "Tin, bài" and "tin bai" compare equal. */
function normalise(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

function containsPhrase(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${phrase} `);
}

function families(unit: string): Set<number> {
  const result = new Set<number>();
  UNIT_FAMILIES.forEach((family, index) => {
    if (family.includes(unit)) result.add(index);
  });
  return result;
}

function unitScore(indicator: IndicatorDefinition, unit: string | null): number {
  if (unit === null || unit === "") return 0;
  const isPercentFigure = unit === "%";
  const isPercentIndicator = indicator.valueType === "percent";
  if (isPercentFigure || isPercentIndicator) return isPercentFigure === isPercentIndicator ? 0.1 : -0.5;
  if (indicator.unitOfMeasure === null) return -0.1;
  const expected = normalise(indicator.unitOfMeasure);
  if (expected === unit) return 0.15;
  const mine = families(expected);
  for (const family of families(unit)) if (mine.has(family)) return 0.1;
  return -0.2;
}

function phraseScore(phrase: string, text: string): number {
  const words = phrase.split(" ").length;
  const coverage = words / Math.max(words, text.split(" ").length);
  return 0.45 + 0.1 * Math.min(words, 4) + 0.1 * coverage;
}

interface Candidate {
  match: IndicatorMatch;
  score: number;
  keywordLength: number;
}

function scoreIndicator(indicator: IndicatorDefinition, texts: string[], unit: string | null): Candidate | null {
  let best = 0;
  let keywordLength = 0;
  for (const keyword of indicator.keywords) {
    for (const text of texts) {
      if (!containsPhrase(text, keyword)) continue;
      const score = phraseScore(keyword, texts[0] ?? text);
      if (score > best || (score === best && keyword.length > keywordLength)) {
        best = score;
        keywordLength = keyword.length;
      }
    }
  }
  let disaggregation: string | undefined;
  let disaggregationLength = 0;
  for (const category of indicator.disaggregations ?? []) {
    for (const keyword of category.keywords ?? []) {
      if (keyword.length > disaggregationLength && texts.some((text) => containsPhrase(text, keyword))) {
        disaggregation = category.code;
        disaggregationLength = keyword.length;
      }
    }
  }
  // A category alone ("mức độ 3: 775 dịch vụ") identifies the indicator only together with its unit.
  if (best === 0 && disaggregation !== undefined) best = 0.4;
  if (best === 0) return null;
  const score = best + unitScore(indicator, unit);
  const match: IndicatorMatch = { code: indicator.code, confidence: Math.min(1, Math.round(score * 100) / 100) };
  if (disaggregation !== undefined) match.disaggregation = disaggregation;
  return { match, score, keywordLength };
}

/**
 * Maps a figure's label and unit from a report ("văn bản ký số", "văn bản") to the catalogue indicator it reports,
 * or null when nothing matches well enough. Pure: folds diacritics and case, so "KÝ SỐ" and "ky so" are the same.
 */
export function matchIndicator(
  label: string,
  unit: string | null,
  catalogue: IndicatorDefinition[] = ictIndicators,
): IndicatorMatch | null {
  const folded = normalise(label);
  const foldedUnit = unit === null ? null : normalise(unit) || (unit.includes("%") ? "%" : null);
  if (folded === "" && foldedUnit === null) return null;
  // The unit is often the noun the keyword needs ("cấp mới 95" + "chứng thư số").
  const texts = [folded];
  if (foldedUnit !== null && foldedUnit !== "%" && !containsPhrase(folded, foldedUnit)) {
    texts.push(`${folded} ${foldedUnit}`.trim(), `${foldedUnit} ${folded}`.trim());
  }
  let best: Candidate | null = null;
  for (const indicator of catalogue) {
    const candidate = scoreIndicator(indicator, texts, foldedUnit);
    if (!candidate) continue;
    if (
      !best ||
      candidate.score > best.score + 1e-9 ||
      (Math.abs(candidate.score - best.score) <= 1e-9 && candidate.keywordLength > best.keywordLength)
    ) {
      best = candidate;
    }
  }
  return best && best.score >= 0.5 ? best.match : null;
}
