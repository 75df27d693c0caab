import { describe, expect, it } from "vitest";
import type { Unit } from "../domain/records.js";
import { divisionForSection } from "./division-map.js";

const unit = (code: string): Unit => ({
  id: code.length,
  code,
  kind: "division",
  parentId: 1,
  parentCode: "SO-04",
  provinceCode: "04",
  validFrom: "2008-01-01",
  validTo: null,
  name: code,
  shortName: null,
  symbol: null,
  names: [],
});

// Cao Bằng's department in 2026: no inspectorate (ended 30/6/2025), no press division (ended 28/2/2025).
const in2026 = ["SO-04-VP", "SO-04-BCVT", "SO-04-CNTT"].map(unit);
const in2024 = [...in2026, unit("SO-04-TT"), unit("SO-04-TTBCXB")];

describe("divisionForSection", () => {
  it.each([
    ["cntt", in2026, "SO-04-CNTT"],
    ["attt", in2026, "SO-04-CNTT"],
    ["buu-chinh", in2026, "SO-04-BCVT"],
    ["vien-thong", in2026, "SO-04-BCVT"],
    ["van-phong", in2026, "SO-04-VP"],
    ["to-chuc", in2026, "SO-04-VP"],
    ["thanh-tra", in2024, "SO-04-TT"],
    ["thanh-tra", in2026, "SO-04-VP"],
    ["bao-chi", in2024, "SO-04-TTBCXB"],
    ["bao-chi", in2026, "SO-04-VP"],
    ["linh-vuc-moi", in2026, "SO-04-VP"],
    [null, in2026, null],
    ["cntt", [], null],
  ] as const)("%s with %j divisions → %s", (field, divisions, expected) => {
    expect(divisionForSection("SO-04", divisions, field)?.code ?? null).toBe(expected);
  });
});
