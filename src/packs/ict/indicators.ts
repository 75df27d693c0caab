import type { IndicatorDefinition } from "../../domain/indicator.js";
import { inspectionIndicators, officeIndicators, staffIndicators } from "./indicators-administration.js";
import { egovIndicators } from "./indicators-egov.js";
import { foreignInfoIndicators, grassrootsIndicators, pressIndicators } from "./indicators-information.js";
import { postalIndicators, telecomIndicators } from "./indicators-infrastructure.js";
import { securityIndicators } from "./indicators-security.js";

/** The ICT sector's indicator catalogue, grouped in the order of the report outline. */
export const ictIndicators: IndicatorDefinition[] = [
  ...postalIndicators,
  ...telecomIndicators,
  ...egovIndicators,
  ...securityIndicators,
  ...pressIndicators,
  ...grassrootsIndicators,
  ...foreignInfoIndicators,
  ...inspectionIndicators,
  ...staffIndicators,
  ...officeIndicators,
];

const byCode = new Map(ictIndicators.map((indicator) => [indicator.code, indicator]));

/** The catalogue entry with this code; throws for an unknown code (a programming error in the pack). */
export function getIctIndicator(code: string): IndicatorDefinition {
  const indicator = byCode.get(code);
  if (!indicator) throw new Error(`Unknown ICT indicator ${code}`);
  return indicator;
}
