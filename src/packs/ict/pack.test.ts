import { describe, expect, it } from "vitest";
import { foldText } from "../../domain/vn-text.js";
import { ictPack } from "./index.js";

const { regimes, indicators } = ictPack;
const codes = new Set(indicators.map((indicator) => indicator.code));
const FIELDS = [
  "buu-chinh",
  "vien-thong",
  "cntt",
  "attt",
  "bao-chi",
  "ttcs",
  "ttdn",
  "thanh-tra",
  "to-chuc",
  "van-phong",
];

describe("ICT indicator catalogue", () => {
  it("has between 80 and 120 indicators with unique codes", () => {
    expect(indicators.length).toBeGreaterThanOrEqual(80);
    expect(indicators.length).toBeLessThanOrEqual(120);
    expect(codes.size).toBe(indicators.length);
  });

  it.each(indicators.map((indicator) => [indicator.code, indicator] as const))(
    "%s is well formed",
    (_code, indicator) => {
      expect(indicator.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(FIELDS).toContain(indicator.field);
      expect(indicator.name.normalize("NFC")).toBe(indicator.name);
      expect(indicator.keywords.length).toBeGreaterThan(0);
      for (const keyword of indicator.keywords) expect(foldText(keyword)).toBe(keyword);
      const categories = indicator.disaggregations ?? [];
      expect(new Set(categories.map((category) => category.code)).size).toBe(categories.length);
      for (const category of categories)
        for (const keyword of category.keywords ?? []) expect(foldText(keyword)).toBe(keyword);
      if (indicator.aggregationUnits === "ratio" || indicator.aggregationTime === "ratio") {
        expect(indicator.valueType).toBe("percent");
        expect(indicator.unitOfMeasure).toBe("%");
        expect(codes.has(indicator.numeratorCode ?? "")).toBe(true);
        expect(codes.has(indicator.denominatorCode ?? "")).toBe(true);
      }
      if (indicator.isCumulative) expect(indicator.aggregationTime).toBe("last");
      if (indicator.valueType === "money") expect(indicator.unitOfMeasure).toBe("triệu đồng");
    },
  );

  it("references only existing codes in formulas", () => {
    for (const indicator of indicators.filter((each) => each.formula)) {
      const referenced = indicator.formula?.match(/[A-Z][A-Z0-9_]+/g) ?? [];
      expect(referenced.length).toBeGreaterThan(0);
      for (const code of referenced) expect(codes.has(code), `${indicator.code} → ${code}`).toBe(true);
    }
  });

  it("covers the figures real reports give", () => {
    const required = ["DOC_OUT", "DOC_SIGNED", "DOC_SIGNED_RATE", "CERT_TOTAL", "MALWARE_ALERTS", "SUBS_MOBILE"];
    for (const code of [...required, "BTS_5G", "COMMUNE_RADIO_IP", "FINES", "AWARD_FLAG", "INTERNET_USERS"]) {
      expect(codes.has(code)).toBe(true);
    }
  });
});

describe("ICT regimes", () => {
  it("defines the five regimes with unique codes", () => {
    expect(regimes.map((regime) => regime.code).sort()).toEqual([
      "ICT-6THANG",
      "ICT-NAM",
      "ICT-QUY",
      "ICT-TDKT",
      "ICT-THANG",
    ]);
  });

  it.each(regimes.map((regime) => [regime.code, regime] as const))("%s is consistent", (_code, regime) => {
    const keys = regime.outline.map((section) => section.key);
    expect(new Set(keys).size).toBe(keys.length);
    regime.outline.forEach((section, index) => {
      if (section.parentKey) {
        const parentIndex = keys.indexOf(section.parentKey);
        expect(parentIndex, `${section.key} parent`).toBeGreaterThanOrEqual(0);
        expect(parentIndex).toBeLessThan(index);
        expect(section.level).toBe((regime.outline[parentIndex]?.level ?? 0) + 1);
      } else {
        expect(section.level).toBe(1);
      }
      if (section.divisionField !== null) expect(FIELDS).toContain(section.divisionField);
    });
    // Numbering restarts under each parent: I, II, ... at the top, 1, 2, ... below.
    const siblings = new Map<string, string[]>();
    for (const section of regime.outline) {
      const parent = section.parentKey ?? "";
      siblings.set(parent, [...(siblings.get(parent) ?? []), section.number ?? ""]);
    }
    for (const [parent, numbers] of siblings) {
      const expected =
        parent === "" ? ["I", "II", "III", "IV", "V", "VI", "VII"] : ["1", "2", "3", "4", "5", "6", "7", "8"];
      expect(numbers).toEqual(expected.slice(0, numbers.length));
    }
    for (const kind of ["difficulties", "recommendations", "tasks"] as const) {
      expect(regime.outline.filter((section) => section.contentKind === kind)).toHaveLength(1);
    }
    const indicatorCodes = regime.indicators.map((ref) => ref.indicatorCode);
    expect(new Set(indicatorCodes).size).toBe(indicatorCodes.length);
    for (const ref of regime.indicators) {
      expect(codes.has(ref.indicatorCode), ref.indicatorCode).toBe(true);
      if (ref.sectionKey !== null) expect(keys).toContain(ref.sectionKey);
    }
    // A ratio in a form comes with its parts, so it can be recomputed and checked.
    for (const ref of regime.indicators) {
      const indicator = indicators.find((each) => each.code === ref.indicatorCode);
      if (indicator?.numeratorCode) expect(indicatorCodes).toContain(indicator.numeratorCode);
      if (indicator?.denominatorCode) expect(indicatorCodes).toContain(indicator.denominatorCode);
    }
    expect(regime.submittingUnitKinds).toEqual(["department"]);
    expect(regime.receivingUnitKinds).toEqual(["ministry_unit", "people_committee"]);
    expect(regime.legalBasis).toContain("09/2019/NĐ-CP");
    expect(regime.docType).toBe("BC");
  });

  it.each(regimes.map((regime) => [regime.code, regime] as const))(
    "%s has valid cut-off and deadlines",
    (_c, regime) => {
      const { cutoff } = regime;
      expect(cutoff.startDay).toBeGreaterThanOrEqual(1);
      expect(cutoff.startDay).toBeLessThanOrEqual(28);
      expect(cutoff.endDay).toBeGreaterThanOrEqual(1);
      expect(cutoff.endDay).toBeLessThanOrEqual(28);
      const levels = regime.deadlines.map((deadline) => deadline.level);
      expect(levels).toEqual(["department", "ministry_unit"]);
      const [department, ministry] = regime.deadlines;
      for (const deadline of regime.deadlines) {
        expect(deadline.day).toBeGreaterThanOrEqual(1);
        expect(deadline.day).toBeLessThanOrEqual(31);
        if (deadline.fixedMonth != null) {
          expect(deadline.fixedMonth).toBeGreaterThanOrEqual(1);
          expect(deadline.fixedMonth).toBeLessThanOrEqual(12);
        }
      }
      // The forwarding unit's deadline comes after the department's.
      const order = (d: typeof department) => (d?.fixedMonth ?? d?.monthOffset ?? 0) * 100 + (d?.day ?? 0);
      expect(order(ministry)).toBeGreaterThan(order(department));
      // The cut-off leaves at least one day before the department's deadline (in the month the deadline falls).
      const endMonthOfPeriod = { month: 1, quarter: 3, half: 6, year: 12, nine_months: 9, once: 1 }[regime.frequency];
      const cutoffMonth = endMonthOfPeriod + (cutoff.monthShift ?? 0);
      const deadlineMonth = department?.fixedMonth ?? endMonthOfPeriod + (department?.monthOffset ?? 0);
      expect(deadlineMonth * 100 + (department?.day ?? 0)).toBeGreaterThanOrEqual(
        cutoffMonth * 100 + cutoff.endDay + 1,
      );
    },
  );

  it("keeps the Circular 02/2023 deadlines", () => {
    const day = (code: string) =>
      regimes.find((regime) => regime.code === code)?.deadlines.map((d) => [d.day, d.fixedMonth ?? null]);
    expect(day("ICT-THANG")).toEqual([
      [15, null],
      [16, null],
    ]);
    expect(day("ICT-QUY")).toEqual([
      [6, null],
      [8, null],
    ]);
    expect(day("ICT-6THANG")).toEqual([
      [6, 6],
      [8, 6],
    ]);
    expect(day("ICT-NAM")).toEqual([
      [25, 11],
      [27, 11],
    ]);
    expect(regimes.find((regime) => regime.code === "ICT-THANG")?.cutoff).toEqual({
      startDay: 15,
      endDay: 14,
      startInPreviousMonth: true,
    });
  });

  it("gives the monthly report a task-outcome section and every field a section", () => {
    const monthly = regimes.find((regime) => regime.code === "ICT-THANG");
    expect(monthly?.outline.filter((section) => section.contentKind === "task_outcomes")).toHaveLength(1);
    const fields = new Set(monthly?.outline.map((section) => section.divisionField));
    for (const field of FIELDS) expect(fields.has(field)).toBe(true);
  });
});
