import { describe, expect, it } from "vitest";
import { cutoffWindow, nextPeriod, periodFromRef } from "../domain/period.js";
import type { PeriodRef } from "../domain/report.js";
import { citationsInText } from "./citations-in-text.js";
import { checkPeriod, type PeriodContext } from "./period.js";
import { inferIssueDate, inferReportPeriod } from "./report-period.js";
import { buildReportText } from "./report-text.js";

const october: PeriodRef = { kind: "month", year: 2020, index: 10 };
const q3: PeriodRef = { kind: "quarter", year: 2020, index: 3 };
const h1: PeriodRef = { kind: "half", year: 2020, index: 1 };

function run(lines: string[], period: PeriodRef, issue: PeriodContext["issue"] = null) {
  const text = buildReportText(lines);
  const calendar = periodFromRef(period)!;
  const ctx: PeriodContext = { period, nextPeriod: nextPeriod(calendar), issue, window: cutoffWindow(calendar) };
  return checkPeriod(text, citationsInText(text), ctx);
}

describe("checkPeriod: periods and dates that contradict the report's own period", () => {
  it.each([
    [["Số chứng thư số lũy kế đến hết tháng 9/2020 là 2.126 chứng thư."], october, null, "lũy kế đến hết tháng 9/2020"],
    [["## II. Kết quả nổi bật công tác QLNN Quý II/2020"], q3, null, "II. Kết quả nổi bật công tác QLNN Quý II/2020"],
    [["Ngày 31/6/2020 Sở tổ chức hội nghị trực tuyến."], q3, null, "Ngày 31/6/2020"],
    [
      ["Trên đây là báo cáo kết quả công tác quý II/2020 của Sở Thông tin và Truyền thông./."],
      q3,
      null,
      "Trên đây là báo cáo kết quả công tác quý II/2020",
    ],
    [["Tổ chức kiểm tra vào ngày 29/02/2021 tại huyện."], q3, null, "ngày 29/02/2021"],
    [["Tổ chức tiếp công dân ngày 31 tháng 9 năm 2020."], october, null, "ngày 31 tháng 9 năm 2020"],
    [
      ["Thực hiện Công văn số 912/STTTT-VP ngày 25/9/2020 của Sở."],
      { kind: "quarter", year: 2020, index: 3 },
      { year: 2020, month: 8, day: null },
      "Công văn số 912/STTTT-VP ngày 25/9/2020",
    ],
    [
      [
        "Báo chí đã tuyên truyền kịp thời các sự kiện chính trị nổi bật của tỉnh trong tháng; đẩy mạnh thông tin đối ngoại.",
      ],
      h1,
      null,
      "sự kiện chính trị nổi bật của tỉnh trong tháng",
    ],
    [
      ["Xây dựng Kế hoạch ứng dụng CNTT năm 2021 và Kế hoạch giai đoạn 2020- 2025 của tỉnh."],
      h1,
      null,
      "Kế hoạch giai đoạn 2020- 2025",
    ],
  ] as [string[], PeriodRef, PeriodContext["issue"], string][])("%j", (lines, period, issue, quote) => {
    const findings = run(lines, period, issue);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: "period", quote, line: 1 });
  });

  it.each([
    [["Ban hành Công văn số 1671/STTTT-TTra ngày 30/9/2020 trả lời công dân."], october],
    [["V. Nhiệm vụ công tác Quý IV năm 2020"], q3],
    [["Tiếp nhận hồ sơ ngày 29/02/2020; giải quyết 01/40 hồ sơ; trực 24/24 giờ."], q3],
    [["Trong tháng 10, Sở đã cấp 95 chứng thư số."], q3],
    [["Tổ chức các hoạt động trong Tháng Thanh niên và trong tháng cao điểm an toàn thông tin."], q3],
    [["Trong tháng, cấp mới 95 chứng thư số, lũy kế đến hết tháng 10/2020 là 2.126."], october],
    [["Kế hoạch thực hiện nhiệm vụ năm 2020 và giai đoạn 2021-2025; nhiệm kỳ 2020-2025."], h1],
    [["Kế hoạch ứng dụng CNTT năm 2021 và Kế hoạch giai đoạn 2021-2025."], h1],
    [["Lễ kỷ niệm 70 năm Chiến thắng Biên giới (03/10/1950 - 03/10/2020)."], q3],
    [["Thực hiện Kế hoạch số 30/KH-UBND ngày 12/6/2020 và Chỉ thị số 62-CT/TU ngày 22/6/2015."], october],
    [["**III. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 11/2020**"], october],
    [["Trên đây là kết quả công tác tháng 10/2020 và kế hoạch công tác tháng 11/2020 của Sở./."], october],
    [["1. So với Quý II/2020, số hồ sơ trực tuyến tăng 12%"], q3],
  ] as [string[], PeriodRef][])("no finding: %j", (lines, period) => {
    expect(run(lines, period, { year: 2020, month: 10, day: 20 })).toEqual([]);
  });
});

describe("the report's own period and issue date, read from its first lines", () => {
  it.each([
    [["BÁO CÁO", "Công tác thông tin và truyền thông tháng 10/2020 và kế hoạch công tác tháng 11/2020"], october],
    [
      ["Số: /BC-STTTT", "Cao Bằng, ngày   tháng 8 năm 2020", "BÁO CÁO", "Phục vụ Hội nghị giao ban Quý III năm 2020"],
      q3,
    ],
    [["Tin tức", "Trong 6 tháng đầu năm 2020, ngành đã đạt nhiều kết quả."], h1],
    [["BÁO CÁO", "Tổng kết công tác năm 2020 và phương hướng năm 2021"], { kind: "year", year: 2020, index: null }],
  ] as [string[], PeriodRef][])("%j", (lines, period) => {
    expect(inferReportPeriod(buildReportText(lines))).toEqual(period);
  });

  it("reads a blank day as unknown", () => {
    expect(inferIssueDate(buildReportText(["Cao Bằng, ngày   tháng 8 năm 2020"]))).toEqual({
      year: 2020,
      month: 8,
      day: null,
    });
    expect(inferIssueDate(buildReportText(["Trà Vinh, ngày 15 tháng 10 năm 2020"]))).toEqual({
      year: 2020,
      month: 10,
      day: 15,
    });
  });
});
