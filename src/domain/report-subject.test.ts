import { describe, expect, it } from "vitest";
import { consolidationSubject, reportSubject } from "./report-subject.js";

describe("reportSubject", () => {
  it.each([
    [
      "Báo cáo tình hình hoạt động thông tin và truyền thông hằng tháng",
      "tháng 11/2026",
      "Tình hình hoạt động thông tin và truyền thông tháng 11/2026",
    ],
    [
      "Báo cáo phục vụ Hội nghị giao ban công tác quản lý nhà nước hằng quý của Bộ",
      "quý IV năm 2026",
      "Phục vụ Hội nghị giao ban công tác quản lý nhà nước quý IV năm 2026 của Bộ",
    ],
    [
      "Báo cáo sơ kết công tác thông tin và truyền thông 6 tháng đầu năm",
      "6 tháng đầu năm 2026",
      "Sơ kết công tác thông tin và truyền thông 6 tháng đầu năm 2026",
    ],
    [
      "Báo cáo tổng kết công tác thông tin và truyền thông năm",
      "năm 2026",
      "Tổng kết công tác thông tin và truyền thông năm 2026",
    ],
    [
      "Tình hình ứng dụng công nghệ thông tin",
      "quý I năm 2027",
      "Tình hình ứng dụng công nghệ thông tin quý I năm 2027",
    ],
  ])("%s, %s → %s", (name, label, subject) => {
    expect(reportSubject(name, label)).toBe(subject);
  });

  it("keeps a name that only mentions the year in passing whole", () => {
    expect(reportSubject("Báo cáo kết quả chuyển đổi số", "năm 2026")).toBe("Kết quả chuyển đổi số năm 2026");
  });
});

describe("consolidationSubject", () => {
  it.each([
    [
      "Báo cáo tình hình hoạt động thông tin và truyền thông hằng tháng",
      "tháng 9/2026",
      "Tổng hợp tình hình hoạt động thông tin và truyền thông tháng 9/2026",
    ],
    [
      "Báo cáo sơ kết công tác thông tin và truyền thông 6 tháng đầu năm",
      "6 tháng đầu năm 2026",
      "Tổng hợp sơ kết công tác thông tin và truyền thông 6 tháng đầu năm 2026",
    ],
  ])("%s, %s → %s", (name, label, subject) => {
    expect(consolidationSubject(name, label)).toBe(subject);
  });
});
