import { describe, expect, it } from "vitest";
import { checkNumbering } from "./numbering.js";
import { buildReportText } from "./report-text.js";

const run = (lines: string[]) => checkNumbering(buildReportText(lines));

describe("checkNumbering: headings and items out of sequence", () => {
  it.each([
    [["I. KẾT QUẢ", "1. Bưu chính", "2. Viễn thông", "4. Công nghệ thông tin"], "nhảy từ 2 sang 4 (thiếu 3)", 4],
    [["**I. KẾT QUẢ THỰC HIỆN**", "**II. TỒN TẠI**", "**IV. NHIỆM VỤ**"], "nhảy từ II sang IV (thiếu III)", 3],
    [["I. KẾT QUẢ", "1. Bưu chính", "2. Viễn thông", "2. Công nghệ thông tin"], "2 bị lặp lại", 4],
    [["1. Lĩnh vực viễn thông", "a) Cấp phép", "b) Thanh tra", "d) Quy hoạch"], "nhảy từ b) sang d)", 4],
    [
      ["4. Công nghệ thông tin", "1. Cổng dịch vụ công", "2. Thư điện tử", "6. An toàn thông tin"],
      "nhảy từ 4 sang 6 (thiếu 5)",
      4,
    ],
    [["6.1. Cổng thông tin điện tử", "6.2. Xuất bản", "6.4. Thông tin cơ sở"], "nhảy từ 6.2 sang 6.4", 3],
    [["## 3. Viễn thông", "## 2. Bưu chính"], "2 đứng sau 3", 2],
    [["I. KẾT QUẢ", "III. BƯU CHÍNH", "III. VIỄN THÔNG", "IV. CNTT"], "nhảy từ I sang III (thiếu II)", 2],
  ])("%j", (lines, message, line) => {
    const findings = run(lines);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: "numbering", line });
    expect(findings[0]!.message).toContain(message);
  });

  it("finds a number run into the text of the item before", () => {
    const findings = run([
      "III. NHIỆM VỤ THÁNG 11",
      "1. Tiếp tục triển khai các nhiệm vụ chuyển đổi số của tỉnh.",
      "2. Tổ chức tập huấn an toàn thông tin cho cán bộ phụ trách CNTT.3. Tiếp tục rà soát các hệ thống thông tin.",
      "4. Xây dựng kế hoạch ứng dụng CNTT năm 2021.",
    ]);
    expect(findings).toEqual([
      {
        kind: "numbering",
        message: "Mục 3 bị viết liền vào cuối mục 2, cần xuống dòng",
        quote: "CNTT.3. Tiếp tục",
        line: 3,
      },
    ]);
  });

  it.each([
    [["I. KẾT QUẢ", "1. Bưu chính", "2. Viễn thông", "II. NHIỆM VỤ", "1. Tiếp tục", "2. Xây dựng"]],
    [["6. Thông tin", "6.1. Cổng thông tin điện tử", "6.2. Xuất bản", "6.3. Thông tin cơ sở", "7. Thanh tra"]],
    [["a) Một", "b) Hai", "c) Ba", "d) Bốn", "đ) Năm", "e) Sáu"]],
    [["a) Một", "b) Hai", "c) Ba", "d) Bốn", "e) Năm"]],
    [["1. Một", "1. Hai", "1. Ba"]],
    [
      [
        "1. Lĩnh vực bưu chính",
        "1. Báo cáo tình hình triển khai thực hiện Chỉ thị số 28/CT-BTTTT về an toàn bưu chính.",
        "2. Góp ý quy trình tiếp nhận hồ sơ của doanh nghiệp bưu chính.",
        "3. Theo dõi, giám sát các công việc thường xuyên của lĩnh vực bưu chính.",
        "2. Lĩnh vực viễn thông",
      ],
    ],
    [["I. KẾT QUẢ", "1. Bưu chính", "2. Viễn thông", "II. TỒN TẠI", "III. NHIỆM VỤ", "3. Tiếp tục"]],
    [["4. Công nghệ thông tin", "1. Cổng dịch vụ công", "2. Thư điện tử công vụ", "5. An toàn thông tin"]],
    [
      [
        "## 4. Công nghệ thông tin",
        "1. Cổng dịch vụ công",
        "2. Thư điện tử",
        "3. Chữ ký số",
        "4. Một cửa",
        "## 5. An toàn thông tin",
      ],
    ],
    [["01 lượt tiếp công dân.", "02 đơn khiếu nại.", "05 đơn kiến nghị."]],
    [["V/v triển khai ứng dụng Bluezone", "Kính gửi: Văn phòng Bộ Thông tin và Truyền thông."]],
  ])("no finding: %j", (lines) => {
    expect(run(lines)).toEqual([]);
  });
});
