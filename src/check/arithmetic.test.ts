import { describe, expect, it } from "vitest";
import { checkArithmetic, looksLikeTypo } from "./arithmetic.js";
import { buildReportText } from "./report-text.js";

const run = (s: string) => checkArithmetic(buildReportText(s.split("\n")));

describe("checkArithmetic: totals whose parts do not add up", () => {
  it.each([
    [
      "Từ đầu năm đến nay, hệ thống đã ghi nhận 215.340 lượt cảnh báo, trong đó 210.112 cảnh báo mức độ thấp, 4.906 cảnh báo mức độ trung bình và 312 cảnh báo mức độ cao.",
      "210.112 + 4.906 + 312 = 215.330, báo cáo ghi 215.340",
    ],
    [
      "Trong tháng tiếp nhận 8.452 hồ sơ (6.310 trực tiếp, 2.152 trực tuyến).",
      "6.310 + 2.152 = 8.462, báo cáo ghi 8.452",
    ],
    [
      "Cấp 45 Giấy phép xuất bản tài liệu không kinh doanh (20 hồ sơ trực tuyến; 24 hồ sơ trực tiếp).",
      "20 + 24 = 44, báo cáo ghi 45",
    ],
    [
      "Toàn tỉnh có 1.320 chứng thư số, gồm 512 chứng thư số tổ chức và 826 chứng thư số cá nhân.",
      "512 + 826 = 1.338, báo cáo ghi 1.320",
    ],
    ["Đã thẩm định 36 hồ sơ, trong đó 20 hồ sơ đúng hạn, 19 hồ sơ quá hạn.", "20 + 19 = 39, báo cáo ghi 36"],
    [
      "Tổng kinh phí thực hiện 2,5 tỷ đồng, trong đó ngân sách tỉnh 1,4 tỷ đồng và ngân sách huyện 1,2 tỷ đồng.",
      "1,4 + 1,2 = 2,6, báo cáo ghi 2,5",
    ],
    [
      "Lũy kế đến hết tháng trước: 2.031 chứng thư số; trong tháng cấp mới 95 chứng thư số, thu hồi 26 chứng thư số, nâng tổng số lên 2.126 chứng thư số.",
      "Lũy kế: 2.031 + 95 − 26 = 2.100, báo cáo ghi 2.126",
    ],
    [
      "Số thuê bao tháng trước là 1.200 thuê bao; trong tháng phát triển mới 35 thuê bao, nâng tổng số lên 1.245 thuê bao.",
      "Lũy kế: 1.200 + 35 = 1.235, báo cáo ghi 1.245",
    ],
  ])("%s", (sentence, message) => {
    const findings = run(sentence);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.kind).toBe("arithmetic");
    expect(findings[0]!.message).toContain(message);
    expect(sentence).toContain(findings[0]!.quote);
  });

  it("quotes the total with its parts and keeps the line where the total is written", () => {
    const [f] = run(
      "Kết quả:\n\n- Hệ thống đã ghi nhận 215.340 lượt cảnh báo, trong đó 210.112 cảnh báo mức độ thấp, 4.906 cảnh báo mức độ trung bình và 312 cảnh báo mức độ cao.",
    );
    expect(f?.line).toBe(3);
    expect(f?.quote).toBe(
      "215.340 lượt cảnh báo, trong đó 210.112 cảnh báo mức độ thấp, 4.906 cảnh báo mức độ trung bình và 312 cảnh báo mức độ cao",
    );
  });

  it("reads parts listed on the lines under the sentence that announces them", () => {
    const findings = run(
      "Tổng số hồ sơ tiếp nhận trong tháng là 1.250 hồ sơ, trong đó:\n- Hồ sơ trực tuyến: 730 hồ sơ;\n- Hồ sơ trực tiếp: 510 hồ sơ.\nCác hồ sơ được giải quyết đúng hạn.",
    );
    expect(findings).toEqual([
      {
        kind: "arithmetic",
        message: "730 + 510 = 1.240, báo cáo ghi 1.250",
        quote: "1.250 hồ sơ, trong đó:",
        line: 1,
      },
    ]);
    expect(
      run(
        "Tổng số hồ sơ tiếp nhận trong tháng là 1.250 hồ sơ, trong đó:\n- Hồ sơ trực tuyến: 740 hồ sơ;\n- Hồ sơ trực tiếp: 510 hồ sơ.",
      ),
    ).toEqual([]);
  });

  it.each([
    // Right sums, written several ways.
    "Trong tháng tiếp nhận 12.480 hồ sơ (10.320 trực tiếp, 2.160 trực tuyến), đã giải quyết 11.900 hồ sơ.",
    "Toàn tỉnh có 2.540 chứng thư số (610 chứng thư số tổ chức; 1.930 chứng thư số cá nhân (1.880 USB, 50 SIM PKI) phục vụ ký số văn bản điện tử, ký số hồ sơ giao dịch với các cơ quan như: Bảo hiểm xã hội tỉnh, Cục Thuế tỉnh và Kho bạc Nhà nước tỉnh.",
    "Tổng kinh phí 1.250 triệu đồng, trong đó ngân sách tỉnh 800 triệu đồng, ngân sách huyện 450 triệu đồng.",
    "Tổng kinh phí 0,3 tỷ đồng, gồm 0,1 tỷ đồng vốn sự nghiệp và 0,2 tỷ đồng vốn đầu tư.",
    "Lũy kế tháng trước 7.314 hộp thư; trong tháng cấp mới 54 tài khoản, nâng tổng số lên 7.368 hộp thư.",
    // Parts that are not a partition of the total.
    "Cung cấp 1.845 dịch vụ công trực tuyến (mức độ 3: 702, tỷ lệ 38,05%; mức độ 4: 655, tỷ lệ 35,50%).",
    "Tiếp nhận 12.500 hồ sơ, trong đó 4.200 hồ sơ mức độ 3, 3.100 hồ sơ mức độ 4.",
    "Toàn tỉnh có 105 xã, phường, thị trấn, trong đó 98 xã có trạm truyền thanh, 85 xã có điểm bưu điện văn hóa xã.",
    "Hệ thống phòng chống mã độc (với hơn 1.500 máy tính cài đặt và gần 700 máy tính được giám sát) hoạt động ổn định.",
    "Phối hợp xử lý 05 cá nhân đăng tải thông tin sai sự thật (trong đó có 02 trường hợp liên quan đến dịch bệnh); xử phạt 15.000.000 đồng.",
    "Tổ chức hội nghị tập huấn số hóa truyền hình mặt đất (bao gồm cả một số tỉnh lân cận, khoảng 250 đại biểu).",
    "Tổ chức 03 cuộc thanh tra, trong đó 120 người được kiểm tra, 45 hồ sơ được rà soát.",
    "Đăng 39 tin, bài tiếng Việt; 23 tin, bài tiếng Khmer, 14 văn bản chỉ đạo điều hành, 05 văn bản cải cách hành chính.",
    "Từ 11.725 người cài đặt ứng dụng ngày 05/8/2020 đến ngày 24/8/2020 đã có 64.096 người dùng cài đặt ứng dụng.",
    "Trong tháng cấp 54 tài khoản cho người dùng, nâng tổng số hộp thư điện tử công vụ lên 7.368 hộp thư.",
    "Tiếp nhận khoảng 1.200 hồ sơ, trong đó 700 hồ sơ trực tiếp và 450 hồ sơ trực tuyến.",
  ])("no finding: %s", (sentence) => {
    expect(run(sentence)).toEqual([]);
  });

  it.each([
    [403758, 403768, true],
    [1245, 1254, true],
    [1320, 1338, false],
    [100, 1000, false],
  ])("looksLikeTypo(%d, %d) = %s", (a, b, expected) => {
    expect(looksLikeTypo(a, b)).toBe(expected);
  });
});
