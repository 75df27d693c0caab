import { beforeAll, describe, expect, it } from "vitest";
import { checkReport, emptyExtractedReport } from "./check-report.js";
import { loadVietnameseDictionary } from "./load-vietnamese-dictionary.js";
import type { SyllableDictionary } from "./spelling.js";

let dictionary: SyllableDictionary;
beforeAll(async () => {
  dictionary = await loadVietnameseDictionary();
});

/** A monthly report in plain text (no Markdown), written for these tests, with nothing wrong in it. */
const CLEAN_REPORT = `UBND TỈNH HẬU GIANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 215/BC-STTTT
Hậu Giang, ngày 16 tháng 3 năm 2021
BÁO CÁO
Kết quả công tác thông tin và truyền thông tháng 3/2021 và kế hoạch công tác tháng 4/2021
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ
1. Công tác tham mưu
- Tham mưu UBND tỉnh ban hành Kế hoạch số 45/KH-UBND ngày 02/3/2021 về chuyển đổi số tỉnh Hậu Giang năm 2021.
- Triển khai Nghị định số 47/2020/NĐ-CP ngày 09/4/2020 của Chính phủ về quản lý, kết nối và chia sẻ dữ liệu số.
- Thực hiện Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia.
2. Lĩnh vực bưu chính, viễn thông
- Trong tháng phát triển mới 3.250 thuê bao di động, nâng tổng số thuê bao di động trên địa bàn tỉnh lên 812.400 thuê bao.
- Ban hành Công văn số 180/STTTT-BCVT ngày 22/02/2021 và Công văn số 195/STTTT-BCVT ngày 05/3/2021 về hạ tầng viễn thông thụ động.
3. Lĩnh vực công nghệ thông tin
- Hệ thống quản lý văn bản và điều hành: tổng văn bản đi trong tháng 18.420, ký số 15.210 văn bản (tỷ lệ 82,57%).
- Cổng Dịch vụ công tỉnh tiếp nhận 9.640 hồ sơ (7.120 trực tiếp, 2.520 trực tuyến), đã giải quyết 9.315 hồ sơ đúng hạn.
- Hệ thống giám sát an toàn thông tin ghi nhận 12.350 lượt cảnh báo, trong đó 11.900 cảnh báo mức độ thấp, 420 cảnh báo mức độ trung bình và 30 cảnh báo mức độ cao.
4. Lĩnh vực báo chí, xuất bản
- Cấp 12 giấy phép xuất bản tài liệu không kinh doanh (7 hồ sơ trực tuyến, 5 hồ sơ trực tiếp).
- Cổng thông tin điện tử tỉnh đăng 215 tin, bài; 18 văn bản chỉ đạo điều hành; 06 văn bản phổ biến pháp luật.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 4/2021
1. Tiếp tục triển khai Kế hoạch chuyển đổi số năm 2021 và Kế hoạch giai đoạn 2021-2025.
2. Tổ chức tập huấn an toàn thông tin cho cán bộ phụ trách công nghệ thông tin (dự kiến khoảng 80 học viên).
3. Đôn đốc các doanh nghiệp viễn thông phát triển hạ tầng mạng 4G, 5G tại vùng sâu, vùng xa.
Nơi nhận:
- Bộ TT&TT (b/c);
- UBND tỉnh (b/c);
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Bình`;

describe("checkReport", () => {
  it("finds nothing in a correct report (no false alarm on any check)", () => {
    const findings = checkReport({ lines: CLEAN_REPORT.split("\n"), report: emptyExtractedReport(), dictionary });
    expect(findings).toEqual([]);
  });

  it("finds each seeded mistake once, with its kind and line", () => {
    const faulty = CLEAN_REPORT.replace("(tỷ lệ 82,57%)", "(tỷ lệ 85,57%)")
      .replace("7.120 trực tiếp", "7.210 trực tiếp")
      .replace("Kế hoạch số 45/KH-UBND", "Quyết định số 45/KH-UBND")
      .replace("195/STTTT-BCVT", "195/STTTT-BVCT")
      .replace("- Triển khai Nghị định", "- Triển khai triển khai Nghị định")
      .replace("4. Lĩnh vực báo chí", "5. Lĩnh vực báo chí")
      .replace("Công văn số 180/STTTT-BCVT ngày 22/02/2021", "Công văn số 180/STTTT-BCVT ngày 30/02/2021")
      .replace("Đôn đốc các doanh nghiệp", "Đơn đốc các doanh nghiệp");
    const findings = checkReport({ lines: faulty.split("\n"), report: emptyExtractedReport(), dictionary });
    expect(findings.map((f) => [f.kind, f.line])).toEqual([
      ["type-mismatch", 9],
      ["duplicate-text", 10],
      ["code", 14],
      ["period", 14],
      ["percent", 16],
      ["arithmetic", 17],
      ["numbering", 19],
      ["spelling", 25],
    ]);
  });

  it("uses the period and issue date the extractor found over its own reading of the header", () => {
    const lines = [
      "BÁO CÁO",
      "Kết quả công tác quý III năm 2020",
      "Các sự kiện nổi bật của tỉnh trong tháng được đưa tin kịp thời.",
    ];
    const asQuarter = checkReport({ lines, report: emptyExtractedReport() });
    expect(asQuarter.map((f) => f.kind)).toEqual(["period"]);
    const report = emptyExtractedReport();
    report.meta.period = { kind: "month", year: 2020, index: 9 };
    expect(checkReport({ lines, report })).toEqual([]);
  });
});
