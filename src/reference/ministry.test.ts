import { describe, expect, it } from "vitest";
import { ministryUnits } from "./ministry.js";

const [government, ministry, office] = ministryUnits();
const on = (date: string) =>
  ministry?.names.filter((n) => n.validFrom <= date && (n.validTo == null || date <= n.validTo));

describe("ministry level", () => {
  it.each([
    ["2010-01-15", "Bộ Thông tin và Truyền thông", "BTTTT"],
    ["2025-02-28", "Bộ Thông tin và Truyền thông", "BTTTT"],
    ["2025-03-01", "Bộ Khoa học và Công nghệ", "BKHCN"],
    ["2026-06-30", "Bộ Khoa học và Công nghệ", "BKHCN"],
  ])("on %s the receiving ministry is %s (%s)", (date, name, symbol) => {
    expect(on(date)?.map((n) => [n.name, n.symbol])).toEqual([[name, symbol]]);
  });

  it("is one continuous unit under the Government, with its office below", () => {
    expect(government).toMatchObject({ code: "CP", kind: "government", parentCode: null });
    expect(ministry).toMatchObject({ code: "BO", kind: "ministry", parentCode: "CP", validTo: null });
    expect(office).toMatchObject({ code: "BO-VP", kind: "ministry_unit", parentCode: "BO" });
    expect(office?.names.map((n) => n.name)).toEqual(["Văn phòng Bộ"]);
    expect(on("2007-07-31")).toEqual([]);
  });
});
