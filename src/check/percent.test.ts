import { describe, expect, it } from "vitest";
import { checkPercent } from "./percent.js";
import { buildReportText } from "./report-text.js";

const run = (s: string) => checkPercent(buildReportText(s.split("\n")));

describe("checkPercent: percentages that do not match their parts", () => {
  it.each([
    [
      "Tổng văn bản đi trong tháng: 31.240, ký số 18.502 văn bản (tỷ lệ 60,23%).",
      "18.502 / 31.240 = 59,23%, báo cáo ghi 60,23%",
    ],
    [
      "Trong đó tiếp nhận 3.820 hồ sơ mức độ 3 (3.500 trực tiếp, 320 trực tuyến (tỷ lệ 9,7%)).",
      "320 / 3.820 = 8,38%, báo cáo ghi 9,7%",
    ],
    ["Giải quyết đúng hạn 38/40 hồ sơ (đạt 92%).", "38 / 40 = 95,00%, báo cáo ghi 92%"],
    [
      "Cung cấp 1.845 dịch vụ công trực tuyến (mức độ 3: 702, tỷ lệ 38,05%; mức độ 4: 655, tỷ lệ 53,50%).",
      "655 / 1.845 = 35,50%, báo cáo ghi 53,5%",
    ],
    ["Tổng số 250 cán bộ, công chức, trong đó nữ chiếm 46%, nam chiếm 58%.", "46% + 58% = 104%, vượt quá 100%"],
    ["Số thuê bao di động trả trước chiếm 112% tổng số thuê bao.", "vượt quá 100%"],
  ])("%s", (sentence, message) => {
    const findings = run(sentence);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.kind).toBe("percent");
    expect(findings[0]!.message).toContain(message);
    expect(sentence).toContain(findings[0]!.quote);
  });

  it.each([
    "Tổng văn bản đi trong tháng: 30.720, ký số 18.502 văn bản (tỷ lệ 60,23%).",
    "Trong đó tiếp nhận 3.820 hồ sơ mức độ 3 (3.500 trực tiếp, 320 trực tuyến (tỷ lệ 8,38%)); 4.468 hồ sơ mức độ 4 (2.679 trực tiếp, 1.789 trực tuyến (tỷ lệ 40,04%)).",
    "Cung cấp 1.845 dịch vụ công trực tuyến (mức độ 3: 702, tỷ lệ 38,05%; mức độ 4: 655, tỷ lệ 35,50%).",
    "Đã giải quyết 2/3 số hồ sơ (tỷ lệ 66,66%).",
    "Đã giải quyết 2/3 số hồ sơ (tỷ lệ 66,67%).",
    "Có 82/105 xã có đài truyền thanh (đạt 78,1%).",
    "Cấp 1.200 thuê bao, trong đó 300 thuê bao trả sau (tỷ lệ 25%).",
    "Toàn tỉnh có 1.820 trạm BTS, trong đó 1.650 trạm 4G (chiếm 90,66%), 170 trạm 3G.",
    "Doanh thu tăng 12,5% so với cùng kỳ năm 2019, đạt 95% kế hoạch năm.",
    "Tỷ lệ hồ sơ trực tuyến đạt 45%, tăng 3% so với tháng trước.",
    "Phủ sóng 4G đạt 98,5% dân số; 100% xã có cáp quang.",
    "Năm 2020 tiếp nhận 5.000 hồ sơ; ký số 1.200 văn bản đi (tỷ lệ 80%).",
    "Tổng số 250 cán bộ, công chức, trong đó nữ chiếm 46%, nam chiếm 54%.",
    "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 45%, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.",
  ])("no finding: %s", (sentence) => {
    expect(run(sentence)).toEqual([]);
  });
});
