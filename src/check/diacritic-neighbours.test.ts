import { describe, expect, it } from "vitest";
import { compoundMisspeltAs } from "./diacritic-neighbours.js";

describe("compoundMisspeltAs: a sector compound with one diacritic wrong", () => {
  it.each([
    ["tuyền", "truyền", "tuyên truyền"],
    ["đơn", "đốc", "đôn đốc"],
    ["cảm", "nang", "cẩm nang"],
    ["sọng", "song", "song song"],
    ["tính", "hình", "tình hình"],
    ["sự", "dụng", "sử dụng"],
    ["lảnh", "đạo", "lãnh đạo"],
    ["chuyên", "đổi", "chuyển đổi"],
    ["Tuyền", "truyền", "tuyên truyền"],
    ["chất", "lương", "chất lượng"],
  ])("%s %s → %s", (a, b, right) => {
    expect(compoundMisspeltAs(a, b)).toBe(right);
  });

  it.each([
    ["tuyên", "truyền"],
    ["văn", "hoá"],
    ["văn", "hóa"],
    ["đầu", "từ"],
    ["sự", "có"],
    ["truyền", "thống"],
    ["cùng", "cấp"],
    ["đồ", "thị"],
    ["xếp", "hàng"],
    ["có", "sở"],
    ["cơ", "số"],
    ["kinh", "kế"],
    ["bản", "tin"],
    ["co", "quan"],
    ["thong", "tin"],
  ])("%s %s is not reported", (a, b) => {
    expect(compoundMisspeltAs(a, b)).toBeNull();
  });

  it("does not read across two words: công văn | hỏa tốc", () => {
    expect(compoundMisspeltAs("văn", "hỏa", "công", "tốc")).toBeNull();
    expect(compoundMisspeltAs("văn", "hỏa")).toBe("văn hóa");
  });
});
