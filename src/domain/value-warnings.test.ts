import { describe, expect, it } from "vitest";
import { type IndicatorFacts, valueWarnings } from "./value-warnings.js";

const indicator = (code: string, overrides: Partial<IndicatorFacts> = {}): IndicatorFacts => ({
  code,
  name: code,
  valueType: "integer",
  unitOfMeasure: "hồ sơ",
  isCumulative: false,
  numeratorCode: null,
  denominatorCode: null,
  categories: new Map(),
  ...overrides,
});

const INDICATORS = new Map(
  [
    indicator("DOSSIER_RECEIVED", {
      name: "Tổng số hồ sơ tiếp nhận",
      categories: new Map([
        ["online", "Trực tuyến"],
        ["in_person", "Trực tiếp"],
      ]),
    }),
    indicator("DOSSIER_ONLINE", { name: "Số hồ sơ trực tuyến" }),
    indicator("DOSSIER_ONLINE_RATE", {
      name: "Tỷ lệ hồ sơ trực tuyến",
      valueType: "percent",
      unitOfMeasure: "%",
      numeratorCode: "DOSSIER_ONLINE",
      denominatorCode: "DOSSIER_RECEIVED",
    }),
    indicator("CERT_TOTAL", { name: "Tổng số chứng thư số (lũy kế)", unitOfMeasure: "chứng thư", isCumulative: true }),
  ].map((i) => [i.code, i]),
);

const v = (indicatorCode: string, value: number, disaggregation = "") => ({ indicatorCode, disaggregation, value });

describe("valueWarnings", () => {
  it.each([
    [
      "consistent figures",
      [
        v("DOSSIER_RECEIVED", 64096),
        v("DOSSIER_RECEIVED", 40000, "online"),
        v("DOSSIER_ONLINE", 40000),
        v("DOSSIER_ONLINE_RATE", 62.41),
      ],
      [],
    ],
    [
      "a category larger than its total",
      [v("DOSSIER_RECEIVED", 1200), v("DOSSIER_RECEIVED", 1500, "online")],
      ["Tổng số hồ sơ tiếp nhận (Trực tuyến): 1.500 hồ sơ lớn hơn tổng số 1.200 hồ sơ."],
    ],
    [
      "a numerator larger than its denominator",
      [v("DOSSIER_RECEIVED", 1200), v("DOSSIER_ONLINE", 1250), v("DOSSIER_ONLINE_RATE", 104.17)],
      [
        "Tỷ lệ hồ sơ trực tuyến: tỷ lệ 104,17% vượt quá 100%.",
        "Số hồ sơ trực tuyến (1.250 hồ sơ) lớn hơn tổng số hồ sơ tiếp nhận (1.200 hồ sơ), nên tỷ lệ hồ sơ trực tuyến vượt quá 100%.",
      ],
    ],
    [
      "a negative count",
      [v("DOSSIER_ONLINE", -3)],
      ["Số hồ sơ trực tuyến: giá trị -3 hồ sơ âm, số liệu thống kê không thể âm."],
    ],
    ["a total without categories", [v("DOSSIER_RECEIVED", 10)], []],
    ["an indicator not in the catalogue", [v("KHONG_CO", -1)], []],
  ])("%s", (_case, values, messages) => {
    expect(valueWarnings(values, INDICATORS).map((w) => w.message)).toEqual(messages);
  });

  it.each([
    [
      15230,
      15000,
      [
        "Tổng số chứng thư số (lũy kế): số lũy kế 15.000 chứng thư thấp hơn kỳ trước (15.230 chứng thư); số lũy kế không giảm.",
      ],
    ],
    [15230, 15230, []],
    [15230, 15900, []],
  ])("cumulative: last period %i, now %i", (previous, now, messages) => {
    const warnings = valueWarnings([v("CERT_TOTAL", now)], INDICATORS, new Map([["CERT_TOTAL|", previous]]));
    expect(warnings.map((w) => w.message)).toEqual(messages);
    expect(warnings.every((w) => w.kind === "cumulative-decreased")).toBe(true);
  });
});
