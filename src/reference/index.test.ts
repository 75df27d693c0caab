import { describe, expect, it } from "vitest";
import type { UnitDefinition } from "../domain/org-unit.js";
import { referenceSuccessions, referenceUnits } from "./index.js";

const units = referenceUnits();
const byCode = new Map(units.map((u) => [u.code, u]));
const isIso = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const live = (u: UnitDefinition, date: string) => u.validFrom <= date && (u.validTo == null || date <= u.validTo);

describe("referenceUnits", () => {
  it("counts government, ministry, office, 86 provinces and one department per province", () => {
    const count = (kind: UnitDefinition["kind"]) => units.filter((u) => u.kind === kind).length;
    expect(count("government")).toBe(1);
    expect(count("ministry")).toBe(1);
    expect(count("ministry_unit")).toBe(1);
    expect(count("people_committee")).toBe(86);
    expect(count("department")).toBe(86);
    expect(units.filter((u) => u.kind === "department" && live(u, "2025-06-30"))).toHaveLength(63);
    expect(units.filter((u) => u.kind === "department" && live(u, "2025-07-01"))).toHaveLength(34);
  });

  it("has unique codes", () => {
    expect(byCode.size).toBe(units.length);
  });

  it("lists parents before children, and every parent exists and covers the child's whole life", () => {
    const seen = new Set<string>();
    for (const unit of units) {
      if (unit.parentCode != null) {
        const parent = byCode.get(unit.parentCode);
        expect(parent, `${unit.code} → ${unit.parentCode}`).toBeDefined();
        expect(seen.has(unit.parentCode), unit.code).toBe(true);
        expect(parent && parent.validFrom <= unit.validFrom, unit.code).toBe(true);
        if (parent?.validTo != null)
          expect(unit.validTo != null && unit.validTo <= parent.validTo, unit.code).toBe(true);
      } else {
        expect(unit.kind).toBe("government");
      }
      seen.add(unit.code);
    }
  });

  it("gives every unit exactly one name on every day of its life (names chain without gap or overlap)", () => {
    for (const unit of units) {
      expect(isIso(unit.validFrom), unit.code).toBe(true);
      expect(unit.names.length, unit.code).toBeGreaterThan(0);
      expect(unit.names[0]?.validFrom, unit.code).toBe(unit.validFrom);
      unit.names.forEach((name, i) => {
        expect(name.name.normalize("NFC")).toBe(name.name);
        const next = unit.names[i + 1];
        if (next) {
          expect(name.validTo != null && dayAfter(name.validTo) === next.validFrom, `${unit.code} ${name.name}`).toBe(
            true,
          );
        } else {
          expect(name.validTo ?? null, unit.code).toBe(unit.validTo ?? null);
        }
      });
    }
  });

  it("gives every unit below the ministry the province code of its province", () => {
    for (const unit of units.filter((u) => u.kind === "department" || u.kind === "division")) {
      expect(unit.provinceCode, unit.code).toBe(byCode.get(unit.parentCode ?? "")?.provinceCode);
    }
  });
});

describe("referenceSuccessions", () => {
  const successions = referenceSuccessions();

  it("links units that end the day before the succession to units in force on that day", () => {
    expect(successions.length).toBe(52 + 52 * 4);
    for (const s of successions) {
      const from = byCode.get(s.fromCode);
      const to = byCode.get(s.toCode);
      expect(from?.validTo, s.fromCode).toBe(dayBefore(s.effectiveDate));
      expect(to && live(to, s.effectiveDate), s.toCode).toBe(true);
      expect(from?.kind).toBe(to?.kind);
    }
    const pairs = successions.map((s) => `${s.fromCode}>${s.toCode}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it("leaves no unit with two successors", () => {
    const fromCodes = successions.map((s) => s.fromCode);
    expect(new Set(fromCodes).size).toBe(fromCodes.length);
  });
});
