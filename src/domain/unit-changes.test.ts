import { describe, expect, it } from "vitest";
import type { UnitDefinition } from "./org-unit.js";
import { checkEnd, dayBefore, planRename } from "./unit-changes.js";

const division: UnitDefinition = {
  code: "SO-04-TTBCXB",
  kind: "division",
  parentCode: "SO-04",
  provinceCode: "04",
  validFrom: "2008-04-01",
  validTo: null,
  names: [
    { name: "Phòng Báo chí - Xuất bản", symbol: "BCXB", validFrom: "2008-04-01", validTo: "2016-12-31" },
    { name: "Phòng Thông tin - Báo chí - Xuất bản", symbol: "TTBCXB", validFrom: "2017-01-01", validTo: null },
  ],
};

const change = (validFrom: string, name = "Phòng Chuyển đổi số") => ({
  name,
  shortName: null,
  symbol: "CĐS",
  validFrom,
});

describe("planRename", () => {
  it("closes the latest name the day before and opens the new one", () => {
    expect(planRename(division, change("2025-07-01"))).toEqual({
      closed: { ...division.names[1], validTo: "2025-06-30" },
      added: { name: "Phòng Chuyển đổi số", shortName: null, symbol: "CĐS", validFrom: "2025-07-01", validTo: null },
    });
  });

  it("ends the new name with the unit when the unit has ended", () => {
    const ended = { ...division, validTo: "2025-12-31" };
    expect(planRename(ended, change("2025-07-01")).added.validTo).toBe("2025-12-31");
  });

  it.each([
    ["before the latest name", "2016-01-01", "CONFLICT", "từ ngày 2017-01-01"],
    ["on the latest name's first day", "2017-01-01", "CONFLICT", "sau ngày đó"],
    ["before the unit began", "2000-01-01", "INVALID_INPUT", "2008-04-01"],
  ])("refuses a date %s", (_case, validFrom, code, message) => {
    expect(() => planRename(division, change(validFrom))).toThrowError(
      expect.objectContaining({ code, message: expect.stringContaining(message), location: { field: "validFrom" } }),
    );
  });

  it("refuses the same name again", () => {
    expect(() =>
      planRename(division, { ...change("2025-07-01", "Phòng Thông tin - Báo chí - Xuất bản"), symbol: "TTBCXB" }),
    ).toThrowError(expect.objectContaining({ location: { field: "name" } }));
  });
});

describe("checkEnd", () => {
  it("accepts a last day after the start with no children left", () => {
    expect(() => checkEnd(division, "2025-06-30", [])).not.toThrow();
  });

  it("refuses while a child is still in force, naming it", () => {
    expect(() => checkEnd(division, "2025-06-30", [{ code: "X", name: "Tổ Chuyển đổi số" }])).toThrowError(
      expect.objectContaining({ code: "CONFLICT", message: expect.stringContaining("Tổ Chuyển đổi số") }),
    );
  });

  it("refuses a day before the start, or after an earlier end", () => {
    expect(() => checkEnd(division, "2008-03-31", [])).toThrowError(expect.objectContaining({ code: "INVALID_INPUT" }));
    expect(() => checkEnd({ ...division, validTo: "2020-01-01" }, "2025-06-30", [])).toThrowError(
      expect.objectContaining({ code: "CONFLICT" }),
    );
  });

  it("computes the day before across months and leap years", () => {
    expect(dayBefore("2024-03-01")).toBe("2024-02-29");
    expect(dayBefore("2025-01-01")).toBe("2024-12-31");
  });
});
