import { describe, expect, it } from "vitest";
import type { ExplorerResponse } from "../../../../contract/analytics.js";
import {
  type ChartWords,
  chartFocus,
  chartKindFor,
  chartOptions,
  columnChunks,
  combinedSummary,
  indicatorTables,
  rankChangeText,
  seriesTooltip,
  shortUnitName,
  valueText,
} from "./explorer-view.js";

// Two of today's provinces over June–July 2025: the new Vĩnh Long's June is the sum of Trà Vinh, Bến Tre and the
// old Vĩnh Long (the merger took effect on 1 July 2025); Cao Bằng was only renamed.
const cell = (
  indicatorCode: string,
  unitCode: string,
  periodCode: string,
  value: number | null,
  more: Partial<ExplorerResponse["cells"][number]> = {},
): ExplorerResponse["cells"][number] => ({
  indicatorCode,
  disaggregation: "",
  unitCode,
  periodCode,
  value,
  note: value === null ? "no_values" : null,
  combinedFrom: value === null ? [] : [unitCode],
  isCombined: false,
  hasPartial: false,
  isDerived: false,
  ...more,
});
const MERGED = { combinedFrom: ["SO-83", "SO-84", "SO-86"], isCombined: true };

const response: ExplorerResponse = {
  regime: { code: "ICT-THANG", name: "Báo cáo định kỳ hằng tháng" },
  asOf: "2026-11-23",
  indicators: [
    {
      code: "DOC_OUT",
      name: "Văn bản đi trên hệ thống quản lý văn bản và điều hành",
      unitOfMeasure: "văn bản",
      valueType: "integer",
      categories: [],
    },
    {
      code: "DOC_SIGNED_RATE",
      name: "Tỷ lệ văn bản đi được ký số",
      unitOfMeasure: "%",
      valueType: "percent",
      categories: [],
    },
  ],
  units: [
    { code: "SO-04", name: "Sở Khoa học và Công nghệ tỉnh Cao Bằng" },
    { code: "SO-86-2025", name: "Sở Khoa học và Công nghệ tỉnh Vĩnh Long" },
    { code: "SO-01", name: "Sở Khoa học và Công nghệ thành phố Hà Nội" },
  ],
  periods: [
    { code: "2025-06", label: "tháng 6/2025" },
    { code: "2025-07", label: "tháng 7/2025" },
  ],
  cells: [
    cell("DOC_OUT", "SO-04", "2025-06", 8_412),
    cell("DOC_OUT", "SO-86-2025", "2025-06", 29_097, MERGED),
    cell("DOC_OUT", "SO-01", "2025-06", null),
    cell("DOC_OUT", "SO-04", "2025-07", 8_950),
    cell("DOC_OUT", "SO-86-2025", "2025-07", 27_310, { combinedFrom: ["SO-86-2025"] }),
    cell("DOC_OUT", "SO-01", "2025-07", null),
    cell("DOC_SIGNED_RATE", "SO-04", "2025-06", 57.33),
    cell("DOC_SIGNED_RATE", "SO-86-2025", "2025-06", 61.2, { ...MERGED, isDerived: true }),
    cell("DOC_SIGNED_RATE", "SO-01", "2025-06", null, { note: "zero_denominator" }),
    cell("DOC_SIGNED_RATE", "SO-04", "2025-07", 63.5),
    cell("DOC_SIGNED_RATE", "SO-86-2025", "2025-07", 60.25, { combinedFrom: ["SO-86-2025"] }),
    cell("DOC_SIGNED_RATE", "SO-01", "2025-07", null),
  ],
  rankings: [
    {
      indicatorCode: "DOC_OUT",
      periodCode: "2025-07",
      previousPeriodCode: "2025-06",
      entries: [
        {
          key: "SO-86-2025",
          unitName: "Sở Khoa học và Công nghệ tỉnh Vĩnh Long",
          value: 27_310,
          rank: 1,
          previousRank: 1,
          change: 0,
        },
        {
          key: "SO-04",
          unitName: "Sở Khoa học và Công nghệ tỉnh Cao Bằng",
          value: 8_950,
          rank: 2,
          previousRank: 2,
          change: 0,
        },
        {
          key: "SO-01",
          unitName: "Sở Khoa học và Công nghệ thành phố Hà Nội",
          value: null,
          rank: null,
          previousRank: null,
          change: null,
        },
      ],
    },
    {
      indicatorCode: "DOC_SIGNED_RATE",
      periodCode: "2025-07",
      previousPeriodCode: "2025-06",
      entries: [
        {
          key: "SO-04",
          unitName: "Sở Khoa học và Công nghệ tỉnh Cao Bằng",
          value: 63.5,
          rank: 1,
          previousRank: 2,
          change: 1,
        },
        {
          key: "SO-86-2025",
          unitName: "Sở Khoa học và Công nghệ tỉnh Vĩnh Long",
          value: 60.25,
          rank: 2,
          previousRank: 1,
          change: -1,
        },
        {
          key: "SO-01",
          unitName: "Sở Khoa học và Công nghệ thành phố Hà Nội",
          value: null,
          rank: null,
          previousRank: null,
          change: null,
        },
      ],
    },
  ],
  contributorNames: {
    "SO-83": "Sở Khoa học và Công nghệ tỉnh Bến Tre",
    "SO-84": "Sở Khoa học và Công nghệ tỉnh Trà Vinh",
    "SO-86": "Sở Khoa học và Công nghệ tỉnh Vĩnh Long (cũ)",
    "SO-04": "Sở Khoa học và Công nghệ tỉnh Cao Bằng",
    "SO-86-2025": "Sở Khoa học và Công nghệ tỉnh Vĩnh Long",
  },
};

const words: ChartWords = { combined: "gộp", newlyRanked: "mới", periodLabel: (_code, label) => label };

describe("valueText", () => {
  it.each([
    [29_097, "văn bản", "vi", false, "29.097"],
    [29_097, "văn bản", "vi", true, "29.097 văn bản"],
    [57.33, "%", "vi", false, "57,33%"],
    [1_234_567.891, null, "vi", true, "1.234.567,89"],
    [-12.5, "tỷ đồng", "vi", true, "-12,5 tỷ đồng"],
    [29_097, "văn bản", "en", true, "29,097 văn bản"],
    [57.33, "%", "en", false, "57.33%"],
    [null, "%", "vi", true, "—"],
  ] as const)("%s %s (%s, unit %s) → %s", (value, uom, lang, withUnit, expected) => {
    expect(valueText(value, uom, lang, withUnit)).toBe(expected);
  });
});

describe("rankChangeText", () => {
  it.each([
    [{ rank: 3, previousRank: 5, change: 2 }, "▲2"],
    [{ rank: 4, previousRank: 3, change: -1 }, "▼1"],
    [{ rank: 1, previousRank: 1, change: 0 }, "—"],
    [{ rank: 7, previousRank: null, change: null }, "mới"],
    [{ rank: null, previousRank: 2, change: null }, ""],
  ])("%j → %s", (entry, expected) => {
    expect(rankChangeText(entry, { newlyRanked: "mới" })).toBe(expected);
  });
});

describe("shortUnitName", () => {
  it.each([
    ["Sở Khoa học và Công nghệ tỉnh Cao Bằng", "Cao Bằng"],
    ["Sở Thông tin và Truyền thông tỉnh Trà Vinh", "Trà Vinh"],
    ["Sở Khoa học và Công nghệ thành phố Hà Nội", "Hà Nội"],
    ["Phòng Công nghệ thông tin", "Phòng Công nghệ thông tin"],
  ])("%s → %s", (name, expected) => {
    expect(shortUnitName(name)).toBe(expected);
  });
});

describe("indicatorTables and combinedSummary", () => {
  it("lays out a table per indicator with a row per unit and a column per period", () => {
    const tables = indicatorTables(response, "Tổng số");
    expect(tables.map((t) => t.indicator.code)).toEqual(["DOC_OUT", "DOC_SIGNED_RATE"]);
    const [docOut] = tables;
    expect(docOut!.rows.map((r) => r.unitCode)).toEqual(["SO-04", "SO-86-2025", "SO-01"]);
    expect(docOut!.rows[1]!.cells.map((c) => [c?.value, c?.isCombined])).toEqual([
      [29_097, true],
      [27_310, false],
    ]);
  });

  it("adds a row per category under each unit when the response is split", () => {
    const split: ExplorerResponse = {
      ...response,
      indicators: [
        {
          code: "CERT_TOTAL",
          name: "Chứng thư số đang hoạt động",
          unitOfMeasure: "chứng thư số",
          valueType: "integer",
          categories: [
            { code: "organisation", name: "Tổ chức" },
            { code: "personal", name: "Cá nhân" },
          ],
        },
      ],
      units: [response.units[0]!],
      periods: [response.periods[0]!],
      cells: [
        cell("CERT_TOTAL", "SO-04", "2025-06", 2_126),
        cell("CERT_TOTAL", "SO-04", "2025-06", 474, { disaggregation: "organisation" }),
        cell("CERT_TOTAL", "SO-04", "2025-06", 1_652, { disaggregation: "personal" }),
      ],
    };
    const [table] = indicatorTables(split, "Tổng số");
    expect(table!.rows.map((r) => [r.categoryName, r.cells[0]?.value])).toEqual([
      ["Tổng số", 2_126],
      ["Tổ chức", 474],
      ["Cá nhân", 1_652],
    ]);
  });

  it("names the provinces a merged province's figures were combined from, and when", () => {
    expect(combinedSummary(response, "DOC_OUT")).toEqual([
      {
        unitName: "Sở Khoa học và Công nghệ tỉnh Vĩnh Long",
        contributors: [
          "Sở Khoa học và Công nghệ tỉnh Bến Tre",
          "Sở Khoa học và Công nghệ tỉnh Trà Vinh",
          "Sở Khoa học và Công nghệ tỉnh Vĩnh Long (cũ)",
        ],
        periods: ["2025-06"],
      },
    ]);
  });
});

describe("columnChunks", () => {
  it.each([
    [0, 12, []],
    [3, 12, [[0, 1, 2]]],
    [12, 12, [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]]],
    [5, 2, [[0, 1], [2, 3], [4]]],
  ])("%i columns by %i → %j", (count, size, expected) => {
    expect(columnChunks(count, size)).toEqual(expected);
  });

  it("splits 33 months (January 2024 to September 2026) into years", () => {
    expect(columnChunks(33).map((c) => c.length)).toEqual([12, 12, 9]);
  });
});

describe("chartKindFor and chartFocus", () => {
  const oneUnit = { ...response, units: [response.units[0]!], rankings: [] };
  it.each([
    ["auto", oneUnit, "series"],
    ["auto", { ...response, periods: [response.periods[1]!] }, "bars"],
    ["auto", { ...response, units: Array.from({ length: 34 }, (_, i) => ({ code: `U${i}`, name: `U${i}` })) }, "bars"],
    ["ranking", response, "ranking"],
    // A single unit has no ranking: the chart falls back to what suits the data.
    ["ranking", oneUnit, "series"],
    ["bars", oneUnit, "bars"],
  ] as const)("chart=%s → %s", (chart, data, expected) => {
    expect(chartKindFor({ chart }, data as ExplorerResponse)).toBe(expected);
  });

  it("focuses on the chosen indicator and period, else the first indicator and the last period", () => {
    expect(chartFocus({ focus: "", at: "" }, response)).toEqual({ indicatorCode: "DOC_OUT", periodCode: "2025-07" });
    expect(chartFocus({ focus: "DOC_SIGNED_RATE", at: "2025-06" }, response)).toEqual({
      indicatorCode: "DOC_SIGNED_RATE",
      periodCode: "2025-06",
    });
    expect(chartFocus({ focus: "GONE", at: "1999-01" }, response)).toEqual({
      indicatorCode: "DOC_OUT",
      periodCode: "2025-07",
    });
  });
});

describe("chartOptions", () => {
  it("draws a line per unit over the periods, combined points hollow, numbers in Vietnamese", () => {
    const option = chartOptions(response, "series", { indicatorCode: "DOC_OUT", periodCode: "2025-07" }, "vi", words);
    expect(option.xAxis.data).toEqual(["tháng 6/2025", "tháng 7/2025"]);
    expect(option.series.map((s) => s.name)).toEqual(["Cao Bằng", "Vĩnh Long", "Hà Nội"]);
    const vinhLong = option.series[1]!.data as { value: number | null; symbol: string }[];
    expect(vinhLong.map((d) => [d.value, d.symbol])).toEqual([
      [29_097, "emptyDiamond"],
      [27_310, "circle"],
    ]);
    expect((option.series[2]!.data as { value: number | null }[]).map((d) => d.value)).toEqual([null, null]);
    const yAxis = option.yAxis as { name: string; axisLabel: { formatter: (v: number) => string } };
    expect(yAxis.name).toBe("văn bản");
    expect(yAxis.axisLabel.formatter(30_000)).toBe("30.000");
  });

  it("draws bars for the units with a value in the focus period", () => {
    const option = chartOptions(
      response,
      "bars",
      { indicatorCode: "DOC_SIGNED_RATE", periodCode: "2025-06" },
      "vi",
      words,
    );
    expect(option.xAxis.data).toEqual(["Cao Bằng", "Vĩnh Long"]);
    const data = option.series[0]!.data as { value: number; combined: boolean }[];
    expect(data.map((d) => [d.value, d.combined])).toEqual([
      [57.33, false],
      [61.2, true],
    ]);
    const label = option.series[0]!.label as { formatter: (p: { value: number }) => string };
    expect(label.formatter({ value: 61.2 })).toBe("61,2%");
  });

  it("ranks best first with rank numbers on the axis and the change of rank on the bar", () => {
    const option = chartOptions(
      response,
      "ranking",
      { indicatorCode: "DOC_SIGNED_RATE", periodCode: "2025-07" },
      "vi",
      words,
    );
    // ECharts puts the first category at the bottom, so the list runs from the last rank up to the first.
    expect(option.yAxis.data).toEqual(["2. Vĩnh Long", "1. Cao Bằng"]);
    const data = option.series[0]!.data as { value: number; change: string }[];
    expect(data).toEqual([
      { value: 60.25, change: "▼1" },
      { value: 63.5, change: "▲1" },
    ]);
    const label = option.series[0]!.label as {
      formatter: (p: { value: number; data: { change: string } }) => string;
    };
    expect(label.formatter({ value: 63.5, data: { value: 63.5, change: "▲1" } as never })).toBe("63,5%  ▲1");
  });

  it("writes English notation for English readers", () => {
    const option = chartOptions(response, "series", { indicatorCode: "DOC_OUT", periodCode: "2025-07" }, "en", words);
    const yAxis = option.yAxis as { axisLabel: { formatter: (v: number) => string } };
    expect(yAxis.axisLabel.formatter(30_000)).toBe("30,000");
  });
});

describe("seriesTooltip", () => {
  it("lists each series with its value, says which are combined, and escapes names", () => {
    const html = seriesTooltip(
      [
        { name: "tháng 6/2025", seriesName: "Vĩnh Long", data: { value: 29_097, combined: true }, marker: "●" },
        { name: "tháng 6/2025", seriesName: "Cao <Bằng>", data: { value: 8_412, combined: false }, marker: "●" },
        { name: "tháng 6/2025", seriesName: "Hà Nội", data: { value: null }, marker: "●" },
      ],
      (v) => valueText(v, "văn bản", "vi", true),
      "gộp",
    );
    expect(html).toBe(
      "<b>tháng 6/2025</b><br/>●Vĩnh Long: <b>29.097 văn bản</b> (gộp)<br/>●Cao &lt;Bằng&gt;: <b>8.412 văn bản</b><br/>●Hà Nội: <b>—</b>",
    );
  });
});
