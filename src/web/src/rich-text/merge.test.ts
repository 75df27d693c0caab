import { describe, expect, it } from "vitest";
import { mergeAdditions } from "./merge.js";

describe("mergeAdditions", () => {
  it.each([
    [
      "an item the other person added goes into the list at its place",
      "Kết quả:\n\n- Cấp 1.250 chứng thư số\n- Kết nối 15 hệ thống",
      "Kết quả trong tháng:\n\n- Cấp 1.250 chứng thư số\n- Kết nối 15 hệ thống",
      "Kết quả:\n\n- Cấp 1.250 chứng thư số\n- Triển khai ký số trên di động\n- Kết nối 15 hệ thống",
      "Kết quả trong tháng:\n\n- Cấp 1.250 chứng thư số\n- Triển khai ký số trên di động\n- Kết nối 15 hệ thống",
    ],
    [
      "a paragraph they added at the end",
      "Đoạn mở đầu.",
      "Đoạn mở đầu, đã sửa.",
      "Đoạn mở đầu.\n\nKhó khăn: thiếu kinh phí duy trì hệ thống.",
      "Đoạn mở đầu, đã sửa.\n\nKhó khăn: thiếu kinh phí duy trì hệ thống.",
    ],
    [
      "a line both changed: both versions stay, theirs first, as separate paragraphs",
      "Mở đầu.\n\nTỷ lệ hồ sơ trực tuyến đạt 60%.",
      "Mở đầu.\n\nTỷ lệ hồ sơ trực tuyến đạt 62,4%.",
      "Mở đầu.\n\nTỷ lệ hồ sơ trực tuyến toàn trình đạt 61%.",
      "Mở đầu.\n\nTỷ lệ hồ sơ trực tuyến toàn trình đạt 61%.\n\nTỷ lệ hồ sơ trực tuyến đạt 62,4%.",
    ],
    [
      "a paragraph they added at the start",
      "Nội dung.",
      "Nội dung của tôi.",
      "Tổng quan.\n\nNội dung.",
      "Tổng quan.\n\nNội dung của tôi.",
    ],
    ["what they deleted stays in the user's text", "A.\n\nB.", "A.\n\nB.\n\nC.", "A.", "A.\n\nB.\n\nC."],
    ["nothing new from them: the user's text as it is", "A.", "A. Thêm.", "A.", "A. Thêm."],
    [
      "a sub-item they added under an item the user reworded goes before the next item",
      "- Hạ tầng\n- Dữ liệu",
      "- Hạ tầng số\n- Dữ liệu",
      "- Hạ tầng\n+ 124 trạm BTS mới\n- Dữ liệu",
      "- Hạ tầng số\n+ 124 trạm BTS mới\n- Dữ liệu",
    ],
  ])("%s", (_name, base, mine, theirs, expected) => {
    const merged = mergeAdditions(base, mine, theirs);
    expect(merged).toBe(expected);
    for (const line of mine.split("\n").filter(Boolean)) expect(merged).toContain(line);
  });
});
