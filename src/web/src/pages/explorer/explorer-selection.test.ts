import { describe, expect, it } from "vitest";
import {
  type ExplorerSelection,
  explorerQuery,
  exportHref,
  parseSelection,
  periodCodes,
  periodOfDate,
  selectionParams,
  shiftPeriodCode,
} from "./explorer-selection.js";

const base: ExplorerSelection = parseSelection(new URLSearchParams(""), { regime: "ICT-THANG" });

describe("parseSelection / selectionParams", () => {
  it.each([
    ["", { regime: "ICT-THANG", unitMode: "provinces", indicators: [], by: "period", disaggregation: "total" }],
    [
      "regime=ICT-QUY&indicators=DOC_OUT,DOC_SIGNED_RATE,DOC_OUT&units=SO-04,SO-86-2025",
      {
        regime: "ICT-QUY",
        indicators: ["DOC_OUT", "DOC_SIGNED_RATE"],
        unitMode: "units",
        units: ["SO-04", "SO-86-2025"],
      },
    ],
    ["level=divisions&of=SO-04", { unitMode: "divisions", of: "SO-04" }],
    ["level=units", { unitMode: "units", units: [] }],
    ["asOf=2025-06-30&order=asc&disaggregation=split", { asOf: "2025-06-30", order: "asc", disaggregation: "split" }],
    // Values the page does not know fall back to the defaults instead of breaking it.
    ["asOf=30/06/2025&order=up&chart=pie&by=week", { asOf: "", order: "desc", chart: "auto", by: "period" }],
  ])("reads %j", (search, expected) => {
    expect(parseSelection(new URLSearchParams(search), { regime: "ICT-THANG" })).toMatchObject(expected);
  });

  it.each([
    "regime=ICT-THANG&indicators=DOC_OUT&units=SO-04&from=2024-01&to=2026-09&asOf=2025-06-30",
    "regime=ICT-QUY&indicators=DOC_SIGNED_RATE&level=provinces&by=year&from=2024&to=2026&order=asc&chart=ranking&at=2026",
    "regime=ICT-THANG&indicators=CERT_TOTAL&level=divisions&of=SO-04&disaggregation=split&focus=CERT_TOTAL",
    "regime=ICT-THANG&level=units",
  ])("writes back what it read: %s", (search) => {
    const params = selectionParams(parseSelection(new URLSearchParams(search), { regime: "X" }));
    const written = new URLSearchParams(
      Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined),
    );
    expect(Object.fromEntries(written)).toEqual(Object.fromEntries(new URLSearchParams(search)));
  });
});

describe("periodCodes", () => {
  it.each([
    [
      { by: "period", from: "2025-11", to: "2026-02" },
      "month",
      { codes: ["2025-11", "2025-12", "2026-01", "2026-02"] },
    ],
    [{ by: "period", from: "2025-Q4", to: "2026-Q1" }, "quarter", { codes: ["2025-Q4", "2026-Q1"] }],
    [{ by: "year", from: "2024", to: "2026" }, "month", { codes: ["2024", "2025", "2026"] }],
    [{ by: "period", from: "2026-09", to: "2026-09" }, "month", { codes: ["2026-09"] }],
    [{ by: "period", from: "", to: "2026-09" }, "month", { problem: "missing" }],
    [{ by: "period", from: "2026-13", to: "2026-09" }, "month", { problem: "invalid" }],
    [{ by: "period", from: "2026-Q1", to: "2026-Q2" }, "month", { problem: "wrongKind" }],
    [{ by: "year", from: "2024-01", to: "2026" }, "month", { problem: "wrongKind" }],
    [{ by: "period", from: "2026-09", to: "2026-01" }, "month", { problem: "reversed" }],
    [{ by: "period", from: "2010-01", to: "2026-12" }, "month", { problem: "tooMany" }],
  ] as const)("%j over %s → %j", (selection, kind, expected) => {
    expect(periodCodes(selection, kind)).toEqual(expected);
  });
});

describe("period arithmetic for the defaults", () => {
  it.each([
    ["2026-01", -1, "2025-12"],
    ["2026-09", -11, "2025-10"],
    ["2026-Q1", -3, "2025-Q2"],
    ["2025", 1, "2026"],
  ])("shiftPeriodCode(%s, %i) = %s", (code, step, expected) => {
    expect(shiftPeriodCode(code, step)).toBe(expected);
  });

  it.each([
    ["2026-11-23", "month", "2026-11"],
    ["2026-11-23", "quarter", "2026-Q4"],
    ["2026-05-02", "half", "2026-H1"],
    ["2026-05-02", "nine_months", "2025-9M"],
    ["2026-05-02", "year", "2026"],
  ] as const)("periodOfDate(%s, %s) = %s", (date, kind, expected) => {
    expect(periodOfDate(date, kind)).toBe(expected);
  });
});

describe("explorerQuery", () => {
  it.each([
    [
      { indicators: ["DOC_OUT"], units: ["SO-04"], unitMode: "units", from: "2025-01", to: "2025-03" },
      { regime: "ICT-THANG", indicators: "DOC_OUT", periods: "2025-01,2025-02,2025-03", units: "SO-04" },
    ],
    [
      { indicators: ["DOC_OUT", "DOC_SIGNED_RATE"], from: "2026-09", to: "2026-09", asOf: "2025-06-30", order: "asc" },
      {
        regime: "ICT-THANG",
        indicators: "DOC_OUT,DOC_SIGNED_RATE",
        periods: "2026-09",
        level: "provinces",
        asOf: "2025-06-30",
        order: "asc",
      },
    ],
    [
      { indicators: ["CERT_TOTAL"], unitMode: "divisions", of: "SO-04", by: "year", from: "2025", to: "2026" },
      { regime: "ICT-THANG", indicators: "CERT_TOTAL", periods: "2025,2026", level: "divisions", of: "SO-04" },
    ],
    [
      { indicators: ["CERT_TOTAL"], disaggregation: "split", from: "2026-01", to: "2026-01" },
      {
        regime: "ICT-THANG",
        indicators: "CERT_TOTAL",
        periods: "2026-01",
        level: "provinces",
        disaggregation: "split",
      },
    ],
    // Incomplete selections ask nothing of the server.
    [{ indicators: [], from: "2026-01", to: "2026-01" }, null],
    [{ indicators: ["DOC_OUT"], unitMode: "units", units: [], from: "2026-01", to: "2026-01" }, null],
    [{ indicators: ["DOC_OUT"], unitMode: "divisions", of: "", from: "2026-01", to: "2026-01" }, null],
    [{ indicators: ["DOC_OUT"], from: "2026-05", to: "2026-01" }, null],
  ] as const)("%j → %j", (patch, expected) => {
    const selection = { ...base, ...patch } as unknown as ExplorerSelection;
    expect(explorerQuery(selection, "month")).toEqual(expected);
  });

  it("builds the export address from the same query", () => {
    const query = explorerQuery(
      { ...base, indicators: ["DOC_OUT"], units: ["SO-86-2025"], unitMode: "units", from: "2025-06", to: "2025-07" },
      "month",
    )!;
    const href = exportHref("indicators", query, "xlsx");
    const url = new URL(href, "http://x");
    expect(url.pathname).toBe("/api/analytics/export/indicators");
    expect(Object.fromEntries(url.searchParams)).toEqual({ ...query, format: "xlsx" });
    expect(exportHref("ranking", query, "csv")).toMatch(/^\/api\/analytics\/export\/ranking\?.*format=csv$/);
  });
});
