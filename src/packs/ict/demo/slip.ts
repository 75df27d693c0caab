import { createRng } from "./prng.js";

/** The deliberate arithmetic slips some demo reports carry, so the checks have something to find. */
export type DemoSlip = "malware-total" | "dossier-total" | "signed-rate";

/** Whether (and how) the report of this unit and period is written with a slip: about one report in twenty. */
export function demoSlipFor(
  seed: string | number,
  unitCode: string,
  regimeCode: string,
  periodCode: string,
): DemoSlip | null {
  const rng = createRng(seed, unitCode, regimeCode, periodCode, "slip");
  if (!rng.chance(0.05)) return null;
  return rng.pick(["malware-total", "dossier-total", "signed-rate"] as const);
}

/** Applies a slip to the written values: one figure no longer agrees with its parts. */
export function applySlip(values: Map<string, number>, slip: DemoSlip): void {
  const bump = (key: string, delta: number) => {
    const value = values.get(key);
    if (value !== undefined) values.set(key, Math.round((value + delta) * 100) / 100);
  };
  if (slip === "malware-total") bump("MALWARE_ALERTS", -10);
  if (slip === "dossier-total") bump("DOSSIER_RECEIVED", 100);
  if (slip === "signed-rate") bump("DOC_SIGNED_RATE", 1.1);
}
