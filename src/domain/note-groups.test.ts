import { describe, expect, it } from "vitest";
import { firstSentence, groupNotes } from "./note-groups.js";

describe("groupNotes", () => {
  it("places notes by theme, accents or not, and keeps the rest under Khác", () => {
    const groups = groupNotes([
      { text: "Đề nghị Bộ hỗ trợ kinh phí chuyển đổi số cấp xã." },
      { text: "Hạ tầng mạng tại một số xã vùng sâu còn yếu, nhiều thôn lõm sóng." },
      { text: "Thieu can bo chuyen trach an toan thong tin." },
      { text: "Tỷ lệ hồ sơ trực tuyến toàn trình còn thấp." },
      { text: "Thời tiết mưa lũ kéo dài." },
    ]);
    expect(groups.map((g) => [g.title, g.items.length])).toEqual([
      ["Kinh phí, đầu tư", 1],
      ["Nhân lực, tổ chức bộ máy", 1],
      ["Hạ tầng viễn thông, công nghệ thông tin", 1],
      ["Chuyển đổi số, dịch vụ công trực tuyến", 1],
      ["Khác", 1],
    ]);
  });
});

describe("firstSentence", () => {
  it.each([
    [
      "Tổng văn bản đi trong tháng: 29.097 văn bản. Ký số 16.681 văn bản.",
      "Tổng văn bản đi trong tháng: 29.097 văn bản.",
    ],
    ["\n\n- Triển khai 12 cuộc kiểm tra; phát hiện 2 vi phạm.", "Triển khai 12 cuộc kiểm tra;"],
    ["Không có dấu chấm cuối", "Không có dấu chấm cuối"],
  ])("%j → %j", (body, expected) => {
    expect(firstSentence(body)).toBe(expected);
  });

  it("cuts a long sentence with an ellipsis", () => {
    expect(firstSentence("a".repeat(300), 20)).toBe(`${"a".repeat(19)}…`);
  });
});
