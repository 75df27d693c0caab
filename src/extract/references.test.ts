import { describe, expect, it } from "vitest";
import { findReferences, publicReferences } from "./references.js";
import { textToLines } from "./text-lines.js";

function refs(text: string) {
  const lines = textToLines(text);
  return publicReferences(findReferences(lines, 0, lines.length));
}

describe("findReferences", () => {
  it.each([
    [
      "Thực hiện Công văn số 915/STTTT-VP ngày 21/8/2021 của Văn phòng Bộ Thông tin và Truyền thông về việc báo cáo.",
      { type: "Công văn", code: "915/STTTT-VP", date: "2021-08-21", issuer: "Văn phòng Bộ Thông tin và Truyền thông" },
    ],
    [
      "(Quyết định số 2210/QĐ-UBND ngày 18/08/2021 của Chủ tịch UBND tỉnh Sơn La).",
      { type: "Quyết định", code: "2210/QĐ-UBND", date: "2021-08-18", issuer: "Chủ tịch UBND tỉnh Sơn La" },
    ],
    [
      "triển khai Chỉ thị số 16-CT/TW ngày 07/4/2017 của Bộ Chính trị về tăng cường",
      { type: "Chỉ thị", code: "16-CT/TW", date: "2017-04-07", issuer: "Bộ Chính trị" },
    ],
    [
      "triển khai Thông tư 12/2022/TT- BTTTT của Bộ Thông tin và Truyền thông hướng dẫn",
      { type: "Thông tư", code: "12/2022/TT-BTTTT", date: null, issuer: "Bộ Thông tin và Truyền thông" },
    ],
    [
      "theo Nghị định 13/2023/NĐ-CP ngày 17/4/2023 về bảo vệ dữ liệu cá nhân",
      { type: "Nghị định", code: "13/2023/NĐ-CP", date: "2023-04-17", issuer: null },
    ],
    [
      "họp triển khai Chỉ thị 07 của Bộ TTTT, thúc đẩy dùng chung hạ tầng",
      { type: "Chỉ thị", code: "07", date: null, issuer: "Bộ TTTT" },
    ],
    [
      "Kế hoạch số 44/KH-UBND, ngày 2 tháng 3 năm 2022 của UBND tỉnh, triển khai",
      { type: "Kế hoạch", code: "44/KH-UBND", date: "2022-03-02", issuer: "UBND tỉnh" },
    ],
    [
      "Nghị quyết số 52-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XII) về chủ động tham gia",
      { type: "Nghị quyết", code: "52-NQ/TW", date: null, issuer: "Ban Chấp hành Trung ương Đảng (khóa XII)" },
    ],
    [
      "ban hành Công văn số 1108/STTTT-TTra ngày 3/10/2022 trả lời công dân",
      { type: "Công văn", code: "1108/STTTT-TTra", date: "2022-10-03", issuer: null },
    ],
    [
      "theo Quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ và Nghị quyết 09/NQ-CP",
      { type: "Quyết định", code: "06/QĐ-TTg", date: null, issuer: "Thủ tướng Chính phủ" },
    ],
  ])("%s", (text, expected) => {
    expect(refs(text)[0]).toMatchObject(expected);
  });

  it("lists each type and code once, in order of first appearance", () => {
    const text =
      "Theo Kế hoạch số 12/KH-UBND ngày 5/1/2023 và Quyết định số 7/QĐ-STTTT.\nTiếp tục thực hiện Kế hoạch số 12/KH-UBND; Đề án 06 của Chính phủ.";
    expect(refs(text).map((r) => r.code)).toEqual(["12/KH-UBND", "7/QĐ-STTTT", "06"]);
  });

  it("reads a second code after the same type word", () => {
    expect(refs("các Quyết định số 101/QĐ-UBND và 102/QĐ-UBND ngày 3/3/2023").map((r) => r.code)).toEqual([
      "101/QĐ-UBND",
      "102/QĐ-UBND",
    ]);
  });

  it.each([
    "Hoàn thành sơ kết 07 năm thực hiện Luật Xuất bản.",
    "Kế hoạch giai đoạn 2021-2025 và Kế hoạch 2 năm 2024-2025.",
    "Báo cáo 6 tháng đầu năm 2022 đã gửi.",
  ])("no reference in: %s", (text) => {
    expect(refs(text)).toEqual([]);
  });
});
