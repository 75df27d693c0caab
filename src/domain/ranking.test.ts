import { describe, expect, it } from "vitest";
import { rankValues, rankWithChange } from "./ranking.js";

describe("rankValues", () => {
  it.each([
    [
      "higher is better, ties share a rank",
      "desc",
      [
        ["Cao Bằng", 57.3],
        ["Vĩnh Long", 80],
        ["Hà Nội", 80],
        ["Huế", 12],
      ],
      { "Vĩnh Long": 1, "Hà Nội": 1, "Cao Bằng": 3, Huế: 4 },
    ],
    [
      "lower is better (a DTI rank)",
      "asc",
      [
        ["Cao Bằng", 35],
        ["Vĩnh Long", 12],
        ["Huế", 3],
      ],
      { Huế: 1, "Vĩnh Long": 2, "Cao Bằng": 3 },
    ],
    [
      "units without a value are not ranked",
      "desc",
      [
        ["Cao Bằng", null],
        ["Huế", 5],
      ],
      { Huế: 1 },
    ],
  ] as const)("%s", (_, order, entries, expected) => {
    const ranks = rankValues(
      entries.map(([key, value]) => ({ key, value })),
      order,
    );
    expect(Object.fromEntries(ranks)).toEqual(expected);
  });
});

describe("rankWithChange", () => {
  it("gives places gained since the previous period, best first", () => {
    const ranked = rankWithChange(
      [
        { key: "SO-04", value: 90 },
        { key: "SO-86-2025", value: 70 },
        { key: "SO-01", value: 95 },
        { key: "SO-46", value: null },
      ],
      [
        { key: "SO-04", value: 60 },
        { key: "SO-86-2025", value: 80 },
        { key: "SO-01", value: 99 },
      ],
    );
    expect(ranked.map((r) => [r.key, r.rank, r.previousRank, r.change])).toEqual([
      ["SO-01", 1, 1, 0],
      ["SO-04", 2, 3, 1],
      ["SO-86-2025", 3, 2, -1],
      ["SO-46", null, null, null],
    ]);
  });
});
