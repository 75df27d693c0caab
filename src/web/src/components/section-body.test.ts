import { describe, expect, it } from "vitest";
import { splitBlocks } from "./section-body.js";

describe("splitBlocks", () => {
  it.each([
    ["", []],
    ["   \n\n  ", []],
    [
      "Tổng văn bản đi trong tháng: 29.097 văn bản.",
      [{ isList: false, lines: ["Tổng văn bản đi trong tháng: 29.097 văn bản."] }],
    ],
    [
      "Đoạn thứ nhất.\n\nĐoạn thứ hai,\nviết trên hai dòng.",
      [
        { isList: false, lines: ["Đoạn thứ nhất."] },
        { isList: false, lines: ["Đoạn thứ hai,", "viết trên hai dòng."] },
      ],
    ],
    [
      "Các nhiệm vụ:\n\n- Rà soát hạ tầng viễn thông thụ động.\n- Đẩy mạnh ký số văn bản đi.",
      [
        { isList: false, lines: ["Các nhiệm vụ:"] },
        { isList: true, lines: ["- Rà soát hạ tầng viễn thông thụ động.", "- Đẩy mạnh ký số văn bản đi."] },
      ],
    ],
    [
      "Nhiệm vụ quý tới:\n- Đôn đốc doanh nghiệp hoàn thành chuẩn hóa thuê bao.\n- Xây dựng kế hoạch hạ tầng.\nCác phòng chủ động triển khai.",
      [
        { isList: false, lines: ["Nhiệm vụ quý tới:"] },
        {
          isList: true,
          lines: ["- Đôn đốc doanh nghiệp hoàn thành chuẩn hóa thuê bao.", "- Xây dựng kế hoạch hạ tầng."],
        },
        { isList: false, lines: ["Các phòng chủ động triển khai."] },
      ],
    ],
    [
      "- Mục một\n\n- Mục hai",
      [
        { isList: true, lines: ["- Mục một"] },
        { isList: true, lines: ["- Mục hai"] },
      ],
    ],
  ])("%j", (body, expected) => {
    expect(splitBlocks(body).map(({ isList, lines }) => ({ isList, lines }))).toEqual(expected);
  });

  it("keys each block by where it starts, so keys are unique", () => {
    const blocks = splitBlocks("A.\n\nA.\n\nA.");
    expect(new Set(blocks.map((b) => b.at)).size).toBe(3);
  });
});
