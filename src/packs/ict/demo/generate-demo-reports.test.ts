import { describe, expect, it } from "vitest";
import type { ReportContent } from "../../../domain/report.js";
import { getIctIndicator, ictIndicators } from "../indicators.js";
import { getIctRegime } from "../regimes.js";
import { demoSuccessions, demoUnitDefinitions } from "./departments.js";
import { generateDemoReports } from "./generate-demo-reports.js";
import { demoSlipFor } from "./slip.js";

const SEED = "kiem-thu";
const reports = generateDemoReports({ seed: SEED });
const LEGACY = ["SO-84", "SO-83", "SO-86"];

const valueMap = (report: ReportContent) =>
  new Map(
    report.values.map((value) => [
      `${value.indicatorCode}${value.disaggregation ? `:${value.disaggregation}` : ""}`,
      value.value,
    ]),
  );

/** Every number written in Vietnamese notation in a text: "29.097" → 29097, "57,33%" → 57.33, "03" → 3. */
function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g)].map((match) =>
    Number(match[0].replaceAll(".", "").replace(",", ".")),
  );
}

const periodOrder = (report: ReportContent) => report.periodCode;
const isSlip = (report: ReportContent) =>
  report.state !== "draft" && demoSlipFor(SEED, report.unitCode, report.regimeCode ?? "", report.periodCode) !== null;

describe("generateDemoReports", () => {
  it("writes the monthly and quarterly reports of Cao Bằng and of Vĩnh Long with its predecessors", () => {
    const count = (unit: string, regime: string) =>
      reports.filter((report) => report.unitCode === unit && report.regimeCode === regime).length;
    // 2024-07 … 2026-10: 28 months; quarters ending 2024-09 … 2026-09: 9.
    expect(count("SO-04", "ICT-THANG")).toBe(28);
    expect(count("SO-04", "ICT-QUY")).toBe(9);
    for (const unit of LEGACY) {
      expect(count(unit, "ICT-THANG")).toBe(12);
      expect(count(unit, "ICT-QUY")).toBe(4);
    }
    expect(count("SO-86-2025", "ICT-THANG")).toBe(16);
    expect(count("SO-86-2025", "ICT-QUY")).toBe(5);
    expect(reports).toHaveLength(28 + 9 + 3 * 16 + 16 + 5);
  });

  it("is deterministic: the same seed gives the same reports, another seed other figures", () => {
    expect(generateDemoReports({ seed: SEED })).toEqual(reports);
    const other = generateDemoReports({ seed: "khac" });
    expect(other.map((report) => report.values)).not.toEqual(reports.map((report) => report.values));
  });

  it("keeps a month's values whatever range or provinces are asked for", () => {
    const narrow = generateDemoReports({ seed: SEED, provinces: ["04"], from: "2025-01", to: "2025-02" });
    const wide = reports.find((report) => report.unitCode === "SO-04" && report.periodCode === "2025-01");
    expect(narrow.find((report) => report.periodCode === "2025-01")?.values).toEqual(wide?.values);
  });

  it("refuses an unknown province and a reversed range with a Vietnamese message", () => {
    expect(() => generateDemoReports({ provinces: ["99"] })).toThrow(/Không có dữ liệu mẫu cho tỉnh mã "99"/);
    expect(() => generateDemoReports({ from: "2026-01", to: "2025-01" })).toThrow(/Khoảng thời gian không hợp lệ/);
    expect(() => generateDemoReports({ from: "2025-13" })).toThrow(/Tháng không hợp lệ/);
  });

  it("writes every stored value in the text of its section, in Vietnamese notation", () => {
    let checked = 0;
    for (const report of reports) {
      const regime = getIctRegime(report.regimeCode ?? "");
      for (const value of report.values) {
        const sectionKey = regime.indicators.find((ref) => ref.indicatorCode === value.indicatorCode)?.sectionKey;
        const section = report.sections.find((each) => each.templateKey === sectionKey);
        expect(section, `${report.unitCode} ${report.periodCode} ${value.indicatorCode}`).toBeDefined();
        const body = section?.body ?? "";
        if (value.value === 0) {
          expect(/không|\b0\b/.test(body), `${value.indicatorCode} = 0 in ${report.periodCode}`).toBe(true);
        } else {
          expect(numbersIn(body), `${report.unitCode} ${report.periodCode} ${value.indicatorCode}`).toContain(
            value.value,
          );
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(4000);
  });

  it("fills every form indicator, except press and publishing after they moved on 1 March 2025", () => {
    for (const report of reports) {
      const codes = new Set(report.values.map((value) => value.indicatorCode));
      const form = getIctRegime(report.regimeCode ?? "").indicators.map((ref) => ref.indicatorCode);
      const isTransferred = report.sections.some((section) => section.body.includes("chuyển giao về Sở Văn hóa"));
      for (const code of form) {
        const isPress = ["bao-chi", "ttcs", "ttdn"].includes(getIctIndicator(code).field);
        expect(codes.has(code), `${report.periodCode} ${code}`).toBe(!(isPress && isTransferred));
      }
      expect(isTransferred).toBe(report.periodCode >= "2025-03" && report.periodCode !== "2025-Q1");
    }
  });

  it("never lets a cumulative stock decrease, across the merge too", () => {
    const cumulative = ictIndicators.filter((indicator) => indicator.isCumulative).map((indicator) => indicator.code);
    for (const regime of ["ICT-THANG", "ICT-QUY"]) {
      for (const unit of ["SO-04", ...LEGACY, "SO-86-2025"]) {
        const series = reports
          .filter((r) => r.unitCode === unit && r.regimeCode === regime)
          .sort((a, b) => periodOrder(a).localeCompare(periodOrder(b)));
        for (let i = 1; i < series.length; i++) {
          const before = valueMap(series[i - 1]!);
          const after = valueMap(series[i]!);
          for (const [key, value] of after) {
            if (!cumulative.includes(key.split(":")[0] ?? "")) continue;
            const previous = before.get(key);
            if (previous !== undefined)
              expect(value, `${unit} ${series[i]?.periodCode} ${key}`).toBeGreaterThanOrEqual(previous);
          }
        }
      }
      const lastLegacy = reports
        .filter((r) => LEGACY.includes(r.unitCode) && r.regimeCode === regime)
        .sort((a, b) => periodOrder(b).localeCompare(periodOrder(a)));
      const firstNew = reports
        .filter((r) => r.unitCode === "SO-86-2025" && r.regimeCode === regime)
        .sort((a, b) => periodOrder(a).localeCompare(periodOrder(b)))[0]!;
      const legacyLatest = LEGACY.map((unit) => lastLegacy.find((r) => r.unitCode === unit)!);
      for (const code of ["CERT_TOTAL", "EMAIL_TOTAL"]) {
        const sum = legacyLatest.reduce((total, r) => total + (valueMap(r).get(code) ?? 0), 0);
        expect(valueMap(firstNew).get(code)).toBeGreaterThanOrEqual(sum);
      }
    }
  });

  it("gives the merged province about the sum of its predecessors", () => {
    const june = reports.filter((r) => LEGACY.includes(r.unitCode) && r.periodCode === "2025-06");
    const july = reports.find((r) => r.unitCode === "SO-86-2025" && r.periodCode === "2025-07")!;
    expect(june).toHaveLength(3);
    for (const code of ["SUBS_MOBILE", "BTS_TOTAL", "DMS_USERS", "DOC_OUT", "DOSSIER_RECEIVED", "AV_COMPUTERS"]) {
      const sum = june.reduce((total, r) => total + (valueMap(r).get(code) ?? 0), 0);
      const merged = valueMap(july).get(code) ?? 0;
      expect(Math.abs(merged - sum) / sum, code).toBeLessThan(0.35);
    }
  });

  it("keeps ratios and totals consistent with their parts, except in the reports written with a slip", () => {
    const ratios = ictIndicators.filter((indicator) => indicator.aggregationTime === "ratio");
    const sums: [string, string[]][] = [
      ["MALWARE_ALERTS", ["MALWARE_ALERTS:low", "MALWARE_ALERTS:medium", "MALWARE_ALERTS:high"]],
      ["DOSSIER_RECEIVED", ["DOSSIER_ONLINE", "DOSSIER_IN_PERSON"]],
      ["CERT_TOTAL", ["CERT_TOTAL:organisation", "CERT_TOTAL:personal"]],
      ["CERT_ISSUED", ["CERT_ISSUED:organisation", "CERT_ISSUED:personal"]],
      ["PS_ONLINE", ["PS_ONLINE:full", "PS_ONLINE:partial"]],
    ];
    const inconsistencies = (report: ReportContent) => {
      const values = valueMap(report);
      const found: string[] = [];
      for (const ratio of ratios) {
        const value = values.get(ratio.code);
        if (value === undefined) continue;
        const expected =
          ((values.get(ratio.numeratorCode ?? "") ?? 0) / (values.get(ratio.denominatorCode ?? "") ?? 1)) * 100;
        if (Math.abs(value - expected) > 0.0051) found.push(ratio.code);
      }
      for (const [total, parts] of sums) {
        if (values.has(total) && values.get(total) !== parts.reduce((sum, part) => sum + (values.get(part) ?? 0), 0))
          found.push(total);
      }
      return found;
    };
    const slipped = reports.filter(isSlip);
    expect(slipped.length).toBeGreaterThanOrEqual(2);
    expect(slipped.length).toBeLessThan(reports.length / 8);
    for (const report of reports) {
      expect(inconsistencies(report), `${report.unitCode} ${report.periodCode}`).toHaveLength(isSlip(report) ? 1 : 0);
    }
  });

  it("names the department as it was named on the issue date: renamed on 1 March 2025", () => {
    for (const report of reports.filter((r) => r.state === "sent")) {
      const isOld = (report.issuedOn ?? "") < "2025-03-01";
      expect(report.numberText).toMatch(isOld ? /^\d{2,}\/BC-STTTT$/ : /^\d{2,}\/BC-SKHCN$/);
      expect(report.agency).toBe(isOld ? "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" : "SỞ KHOA HỌC VÀ CÔNG NGHỆ");
      const ministry = isOld ? "Bộ Thông tin và Truyền thông" : "Bộ Khoa học và Công nghệ";
      expect(report.addressee).toContain(ministry);
      const intro = report.sections.find((section) => section.templateKey === "qlnn")?.body ?? "";
      expect(intro).toContain(isOld ? "Sở Thông tin và Truyền thông tỉnh" : "Sở Khoa học và Công nghệ tỉnh");
    }
    expect(reports.some((r) => r.issuedOn?.startsWith("2025-02") && r.numberText?.endsWith("STTTT"))).toBe(true);
    expect(reports.some((r) => r.issuedOn?.startsWith("2025-03") && r.numberText?.endsWith("SKHCN"))).toBe(true);
  });

  it("switches Vĩnh Long's units on 1 July 2025 and follows the unit code scheme", () => {
    const vinhLong = reports.filter((r) => r.unitCode !== "SO-04");
    for (const report of vinhLong) {
      const isMonthly = report.regimeCode === "ICT-THANG";
      const isBefore = isMonthly ? report.periodCode <= "2025-06" : report.periodCode <= "2025-Q2";
      expect(isBefore ? LEGACY : ["SO-86-2025"]).toContain(report.unitCode);
      expect(report.place).toBe(
        report.unitCode === "SO-84" ? "Trà Vinh" : report.unitCode === "SO-83" ? "Bến Tre" : "Vĩnh Long",
      );
    }
    for (const report of reports) {
      for (const section of report.sections) {
        expect(section.divisionCode).toMatch(new RegExp(`^${report.unitCode}-(VP|TT|BCVT|CNTT|TTBCXB)$`));
      }
    }
    const unitCodes = new Set(demoUnitDefinitions().map((unit) => unit.code));
    for (const report of reports) {
      for (const section of report.sections) expect(unitCodes.has(section.divisionCode ?? "")).toBe(true);
    }
    expect(
      demoSuccessions()
        .map((succession) => succession.fromCode)
        .sort(),
    ).toEqual(["SO-83", "SO-84", "SO-86"]);
  });

  it("carries each report's planned tasks into the next one with their outcome", () => {
    const statuses = new Set<string>();
    for (const report of reports) {
      const nextPlanned = report.tasks.filter((task) => task.status === "planned");
      expect(nextPlanned.length).toBeGreaterThanOrEqual(3);
      for (const task of nextPlanned) expect(task.plannedPeriodCode).toBe(report.nextPeriodCode);
      const successor = reports.find(
        (r) =>
          r.unitCode === report.unitCode &&
          r.regimeCode === report.regimeCode &&
          r.periodCode === report.nextPeriodCode,
      );
      if (!successor) continue;
      const outcomes = successor.tasks.filter((task) => task.plannedPeriodCode === successor.periodCode);
      expect(outcomes.map((task) => task.text)).toEqual(nextPlanned.map((task) => task.text));
      for (const task of outcomes) {
        expect(["done", "in_progress", "not_done", "carried_over"]).toContain(task.status);
        statuses.add(task.status ?? "");
      }
      if (report.regimeCode === "ICT-THANG") {
        const body = successor.sections.find((section) => section.contentKind === "task_outcomes")?.body ?? "";
        for (const task of outcomes) expect(body).toContain(task.text);
      }
    }
    expect([...statuses].sort()).toEqual(["carried_over", "done", "in_progress", "not_done"]);
    const merged = reports.find((r) => r.unitCode === "SO-86-2025" && r.periodCode === "2025-07")!;
    expect(merged.tasks.filter((task) => task.plannedPeriodCode === "2025-07").length).toBeGreaterThan(6);
  });

  it("issues most reports by the deadline, some late; the latest period is a draft", () => {
    const sent = reports.filter((r) => r.state === "sent");
    const late = sent.filter((r) => {
      const deadline = r.regimeCode === "ICT-THANG" ? `${r.periodCode}-15` : lastMonthOfQuarter(r.periodCode, 6);
      return (r.issuedOn ?? "") > deadline;
    });
    expect(late.length).toBeGreaterThan(0);
    expect(late.length).toBeLessThan(sent.length * 0.2);
    const drafts = reports.filter((r) => r.state === "draft");
    expect(drafts.map((r) => `${r.unitCode} ${r.periodCode}`).sort()).toEqual([
      "SO-04 2026-10",
      "SO-04 2026-Q3",
      "SO-86-2025 2026-10",
      "SO-86-2025 2026-Q3",
    ]);
    for (const draft of drafts) {
      expect(draft.number).toBeNull();
      expect(draft.numberText).toBe("/BC-SKHCN");
      expect(draft.issuedOn).toBeNull();
    }
    for (const report of sent) {
      expect(report.signingAuthority === "KT.").toBe(report.signerTitle === "Phó Giám đốc");
      expect(report.sentAt?.slice(0, 10)).toBe(report.issuedOn);
    }
    const byUnitYear = new Map<string, number[]>();
    for (const report of sent) {
      const key = `${report.unitCode}|${report.issuedOn?.slice(0, 4)}`;
      byUnitYear.set(key, [...(byUnitYear.get(key) ?? []), report.number ?? 0]);
    }
    for (const numbers of byUnitYear.values()) expect(new Set(numbers).size).toBe(numbers.length);
  });

  it("cites documents dated inside the period's data window and before the issue date, at the line they appear", () => {
    for (const report of reports) {
      expect(report.references.length).toBeGreaterThan(0);
      const codes = report.references.map((reference) => `${reference.type}|${reference.code}`);
      expect(new Set(codes).size).toBe(codes.length);
      for (const reference of report.references) {
        if (reference.date !== null) {
          const window = dataWindow(report.periodCode);
          expect(reference.date >= window.start && reference.date <= window.end, reference.quote).toBe(true);
          if (report.issuedOn) expect(reference.date < report.issuedOn).toBe(true);
          expect(reference.quote).toMatch(
            /^(Công văn|Kế hoạch|Quyết định) số \d+\/[\p{L}-]+ ngày \d{1,2}\/\d{1,2}\/20\d\d$/u,
          );
        } else {
          expect(reference.quote).toMatch(/^(Quyết định|Nghị định|Thông tư) số \d+\/\d{4}\/[\p{L}-]+$/u);
        }
        expect(report.sections.some((section) => section.body.includes(reference.quote))).toBe(true);
        expect(reference.line).toBeGreaterThan(14);
      }
    }
  });
});

/** Decree 09 windows: a month 15/(m−1) → 14/m; the quarterly briefing shifted a month earlier (Q3 = 15/5 → 14/8). */
function dataWindow(periodCode: string): { start: string; end: string } {
  const quarter = /^(\d{4})-Q(\d)$/.exec(periodCode);
  const year = Number(periodCode.slice(0, 4));
  const lastMonth = quarter ? Number(quarter[2]) * 3 - 1 : Number(periodCode.slice(5, 7));
  const firstMonth = quarter ? lastMonth - 3 : lastMonth - 1;
  const iso = (month: number, day: number) => {
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.toISOString().slice(0, 10);
  };
  return { start: iso(firstMonth, 15), end: iso(lastMonth, 14) };
}

function lastMonthOfQuarter(periodCode: string, day: number): string {
  const [year, quarter] = periodCode.split("-Q").map(Number) as [number, number];
  return `${year}-${String(quarter * 3).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

describe("demo figures over time", () => {
  const monthly = (unit: string) =>
    reports
      .filter((r) => r.unitCode === unit && r.regimeCode === "ICT-THANG")
      .map((r) => ({ period: r.periodCode, values: valueMap(r) }));

  it("slow down at Tết and grow over the years", () => {
    const caoBang = monthly("SO-04");
    const at = (period: string, key: string) => caoBang.find((r) => r.period === period)?.values.get(key) ?? Number.NaN;
    for (const year of ["2025", "2026"]) {
      expect(at(`${year}-02`, "DOC_OUT")).toBeLessThan(at(`${year}-01`, "DOC_OUT"));
      expect(at(`${year}-02`, "DOC_OUT")).toBeLessThan(at(`${year}-03`, "DOC_OUT"));
    }
    expect(at("2026-09", "DOC_SIGNED_RATE")).toBeGreaterThan(at("2024-09", "DOC_SIGNED_RATE"));
    expect(at("2026-09", "DOSSIER_ONLINE_RATE")).toBeGreaterThan(at("2024-09", "DOSSIER_ONLINE_RATE"));
    expect(at("2026-09", "SUBS_FIXED_BROADBAND")).toBeGreaterThan(at("2024-09", "SUBS_FIXED_BROADBAND"));
    expect(at("2024-09", "BTS_5G")).toBe(0);
    expect(at("2026-09", "BTS_5G")).toBeGreaterThan(0);
  });

  it("sums a quarter's flows from its three monthly windows and takes its stocks from the last", () => {
    const quarter = reports.find((r) => r.unitCode === "SO-04" && r.periodCode === "2025-Q4")!;
    const months = ["2025-09", "2025-10", "2025-11"].map(
      (period) => reports.find((r) => r.unitCode === "SO-04" && r.periodCode === period)!,
    );
    const sum = (key: string) => months.reduce((total, r) => total + (valueMap(r).get(key) ?? 0), 0);
    const slipped = [quarter, ...months].some(isSlip);
    if (!slipped) {
      expect(valueMap(quarter).get("DOC_OUT")).toBe(sum("DOC_OUT"));
      expect(valueMap(quarter).get("DOSSIER_RECEIVED")).toBe(sum("DOSSIER_RECEIVED"));
    }
    expect(valueMap(quarter).get("CERT_TOTAL")).toBe(valueMap(months[2]!).get("CERT_TOTAL"));
    expect(valueMap(quarter).get("SUBS_MOBILE")).toBe(valueMap(months[2]!).get("SUBS_MOBILE"));
  });
});

describe("demo units", () => {
  it("renames the departments on 1 March 2025 and closes the merged ones on 30 June 2025", () => {
    const units = demoUnitDefinitions();
    const caoBang = units.find((unit) => unit.code === "SO-04");
    expect(caoBang?.names.map((name) => [name.name, name.symbol, name.validFrom, name.validTo ?? null])).toEqual([
      ["Sở Thông tin và Truyền thông tỉnh Cao Bằng", "STTTT", "2008-04-01", "2025-02-28"],
      ["Sở Khoa học và Công nghệ tỉnh Cao Bằng", "SKHCN", "2025-03-01", null],
    ]);
    expect(units.find((unit) => unit.code === "SO-84")?.validTo).toBe("2025-06-30");
    expect(units.find((unit) => unit.code === "SO-86-2025")?.validFrom).toBe("2025-07-01");
    expect(units.some((unit) => unit.code === "SO-86-2025-TTBCXB")).toBe(false);
    expect(units.find((unit) => unit.code === "SO-04-TTBCXB")?.validTo).toBe("2025-02-28");
    for (const unit of units.filter((each) => each.kind === "division")) {
      expect(unit.code).toMatch(/^SO-\d\d(-2025)?-(VP|TT|BCVT|CNTT|TTBCXB)$/);
      expect(units.some((parent) => parent.code === unit.parentCode)).toBe(true);
    }
  });
});
