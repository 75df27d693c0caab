import { describe, expect, it } from "vitest";
import { numberTokens } from "./number-tokens.js";

const roles = (s: string) => numberTokens(s).map((t) => [t.raw, t.role, t.approximate]);

describe("numberTokens: which numbers count", () => {
  it.each([
    [
      "tiếp nhận 12.914 hồ sơ, tỷ lệ 57,33%",
      [
        ["12.914", "quantity", false],
        ["57,33", "percent", false],
      ],
    ],
    [
      "hồ sơ mức độ 3: 775 dịch vụ",
      [
        ["3", "other", false],
        ["775", "quantity", false],
      ],
    ],
    ["tổng văn bản đi trong tháng 18.420 văn bản", [["18.420", "quantity", false]]],
    [
      "trong tháng 10 năm 2020",
      [
        ["10", "other", false],
        ["2020", "other", false],
      ],
    ],
    [
      "khoảng 250 đại biểu, hơn 1.500 máy tính",
      [
        ["250", "quantity", true],
        ["1.500", "quantity", true],
      ],
    ],
    [
      "1.650 trạm 4G, 170 trạm 3G",
      [
        ["1.650", "quantity", false],
        ["4", "other", false],
        ["170", "quantity", false],
        ["3", "other", false],
      ],
    ],
    [
      "xếp thứ 35, lần thứ XI, Đại hội lần thứ 22",
      [
        ["35", "other", false],
        ["22", "other", false],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it.each([
    "Công văn số 742/STTTT-TTBCXB ngày 27/7/2020",
    "giai đoạn 2021-2025, dịch Covid-19, 01/40 hồ sơ, trực 24/24 giờ",
    "Chỉ thị số 37-CT/TU",
  ])("no counted number in %s", (text) => {
    expect(numberTokens(text).filter((t) => t.role !== "other")).toEqual([]);
  });
});
