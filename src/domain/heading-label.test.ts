import { describe, expect, it } from "vitest";
import { headingLabel, headingNumber } from "./heading-label.js";

describe("headingLabel", () => {
  it.each([
    ["I", "CÔNG TÁC QUẢN LÝ NHÀ NƯỚC", "I. CÔNG TÁC QUẢN LÝ NHÀ NƯỚC"],
    ["1", "Lĩnh vực bưu chính", "1. Lĩnh vực bưu chính"],
    ["6.1", "Thông tin cơ sở", "6.1. Thông tin cơ sở"],
    ["a", "Hệ thống quản lý văn bản", "a) Hệ thống quản lý văn bản"],
    ["đ", "Thông tin đối ngoại", "đ) Thông tin đối ngoại"],
    ["Phần thứ nhất", "KẾT QUẢ THỰC HIỆN", "Phần thứ nhất. KẾT QUẢ THỰC HIỆN"],
    [null, "Văn bản chỉ đạo của UBND tỉnh:", "Văn bản chỉ đạo của UBND tỉnh:"],
    ["", "Viễn thông, internet", "Viễn thông, internet"],
  ])("%j + %s → %s", (number, title, expected) => {
    expect(headingLabel({ number, title })).toBe(expected);
  });
});

describe("headingNumber", () => {
  it.each([
    ["I", "I."],
    ["IV", "IV."],
    ["3", "3."],
    ["6.1", "6.1."],
    ["6.1.", "6.1."],
    ["a", "a)"],
    ["b)", "b)"],
    [" II ", "II."],
    ["", null],
    [null, null],
  ])("%j → %j", (number, expected) => {
    expect(headingNumber(number)).toBe(expected);
  });
});
