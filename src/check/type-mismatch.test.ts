import { describe, expect, it } from "vitest";
import { citationsInText } from "./citations-in-text.js";
import { buildReportText } from "./report-text.js";
import { checkTypeMismatch } from "./type-mismatch.js";

const run = (s: string) => checkTypeMismatch(citationsInText(buildReportText(s.split("\n"))));

describe("checkTypeMismatch: type word or issuer contradicting the code", () => {
  it.each([
    [
      "Tích cực thực hiện Nghị quyết 17/NĐ-CP ngày 07/3/2019 của Chính phủ.",
      "Nghị quyết 17/NĐ-CP ngày 07/3/2019",
      "Nghị định",
    ],
    [
      "Triển khai Quyết định số 1667/KH-UBND ngày 08/7/2020 của UBND tỉnh.",
      "Quyết định số 1667/KH-UBND ngày 08/7/2020",
      "Kế hoạch",
    ],
    ["Thực hiện Công văn số 215/QĐ-STTTT ngày 02/6/2020.", "Công văn số 215/QĐ-STTTT ngày 02/6/2020", "Quyết định"],
    ["Theo Chỉ thị số 12/KH-UBND ngày 01/4/2020.", "Chỉ thị số 12/KH-UBND ngày 01/4/2020", "Kế hoạch"],
    [
      "Cung cấp thông tin theo Nghị định số 43/2011/NĐ-CP ngày 13/6/2011 của Thủ tướng Chính phủ quy định về việc cung cấp thông tin.",
      "Nghị định số 43/2011/NĐ-CP ngày 13/6/2011 của Thủ tướng Chính phủ",
      "do Chính phủ ban hành",
    ],
    [
      "Thực hiện Quyết định số 411/QĐ-TTg ngày 24/3/2020 của Chính phủ về danh mục dịch vụ công.",
      "Quyết định số 411/QĐ-TTg ngày 24/3/2020 của Chính phủ",
      "do Thủ tướng Chính phủ ban hành",
    ],
    [
      "Triển khai Kế hoạch số 1645/KH-UBND ngày 07/7/2020 của Bộ Thông tin và Truyền thông về tuyên truyền.",
      "Kế hoạch số 1645/KH-UBND ngày 07/7/2020 của Bộ Thông tin và Truyền thông",
      'cơ quan "UBND"',
    ],
    [
      "Thực hiện Chỉ thị số 28/CT-BTTTT ngày 08/5/2020 của UBND tỉnh về an toàn bưu chính.",
      "Chỉ thị số 28/CT-BTTTT ngày 08/5/2020 của UBND tỉnh",
      'cơ quan "BTTTT"',
    ],
  ])("%s", (text, quote, message) => {
    const findings = run(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: "type-mismatch", quote, line: 1 });
    expect(findings[0]!.message).toContain(message);
  });

  it.each([
    "Thực hiện Quyết định số 45/QĐ-TTg của Thủ tướng Chính phủ và Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ.",
    "Triển khai Nghị định số 47/2020/NĐ-CP ngày 09/4/2020 của Chính phủ về quản lý, kết nối và chia sẻ dữ liệu số.",
    "Thực hiện Quy định số 205-QĐ/TW của Bộ Chính trị; Kế hoạch số 79-KH/TU; Hướng dẫn số 36-HD/BTGTW.",
    "Thực hiện Thông tư số 03/2008/TTLT-BTTTT-BNV; Tờ trình số 45/TTr-STTTT; Chương trình số 12-CTr/TU.",
    "Báo cáo tình hình thực hiện Chỉ thị số 28/CT-BTTTT ngày 08/5/2020 của Bộ trưởng Bộ Thông tin và Truyền thông.",
    "Quyết định số 1519/QĐ-UBND ngày 18/8/2020 của Chủ tịch UBND tỉnh; Văn bản số 12/QĐ-UBND.",
    "Kế hoạch ứng phó sự cố an toàn thông tin mạng năm 2021 (Quyết định số 1519/QĐ-UBND ngày 18/08/2020).",
    "Tham mưu UBND tỉnh ban hành Kế hoạch triển khai Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ.",
    "Tuyên truyền chỉ đạo của Thủ tướng Chính phủ tại Thông báo số 238/TB-VPCP ngày 12/7/2020.",
    "Chỉ thị số 37-CT/TU ngày 05/5/2020 của Ban Thường vụ Tỉnh ủy; Chỉ thị số 18-CT/TW ngày 10/01/2018 của Bộ Chính trị.",
    "Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng; Kế hoạch số 62/KH-STTTT ngày 6/7/2020 của Sở Thông tin và Truyền thông.",
    "Công văn số 2654/UBND-THNV ngày 13/7/2020 của Chủ tịch UBND tỉnh; Công văn số 5438/VPCP-KSTT của Văn phòng Chính phủ.",
    "Quyết định số 31/2014/QĐ-UBND ngày 23/9/2014 của Ủy ban nhân dân tỉnh; Kế hoạch số 1571/KH-UBND của UBND tỉnh.",
    "Công văn 783/BQLVTCI của Ban Quản lý Chương trình; Kế hoạch số 2011/KH-BCĐ của Ban Chỉ đạo xây dựng Chính quyền điện tử.",
  ])("no finding: %s", (text) => {
    expect(run(text)).toEqual([]);
  });
});
