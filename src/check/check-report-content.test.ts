import { describe, expect, it } from "vitest";
import type { ReportContent } from "../domain/report.js";
import { checkReportContent, reportContentLines } from "./check-report-content.js";

function content(sections: ReportContent["sections"], periodCode = "2020-10"): ReportContent {
  return {
    regimeCode: null,
    unitCode: "STTTT-TV",
    periodCode,
    state: "draft",
    origin: "authored",
    docType: "BC",
    number: null,
    numberText: null,
    title: "Công tác thông tin và truyền thông tháng 10/2020",
    place: "Trà Vinh",
    issuedOn: "2020-10-16",
    addressee: null,
    signerName: null,
    signerTitle: null,
    signingAuthority: null,
    recipients: [],
    nextPeriodCode: null,
    sections,
    values: [],
    tasks: [],
    difficulties: [],
    recommendations: [],
    references: [],
    findings: [],
  };
}

describe("checkReportContent", () => {
  const sections: ReportContent["sections"] = [
    { number: "1", title: "Bưu chính", level: 1, body: "Cấp 12 giấy phép (7 hồ sơ trực tuyến, 4 hồ sơ trực tiếp)." },
    {
      number: "3",
      title: "Viễn thông",
      level: 1,
      body: "- Lũy kế đến hết tháng 9/2020 có 812.400 thuê bao.\n- Ổn định.",
    },
  ];

  it("writes each section as a heading and its paragraphs", () => {
    expect(reportContentLines(content(sections))).toEqual([
      "BÁO CÁO",
      "Công tác thông tin và truyền thông tháng 10/2020",
      "",
      "## 1. Bưu chính",
      "",
      "Cấp 12 giấy phép (7 hồ sơ trực tuyến, 4 hồ sơ trực tiếp).",
      "",
      "## 3. Viễn thông",
      "",
      "- Lũy kế đến hết tháng 9/2020 có 812.400 thuê bao.",
      "- Ổn định.",
      "",
    ]);
  });

  it("finds the arithmetic, numbering and period mistakes of a stored monthly report", () => {
    expect(checkReportContent(content(sections)).map((f) => [f.kind, f.line])).toEqual([
      ["arithmetic", 6],
      ["numbering", 8],
      ["period", 10],
    ]);
  });

  it("does not judge periods when the period code is not a calendar period", () => {
    const thematic = { ...content(sections, "chuyen-de"), title: "Chuyên đề chuyển đổi số" };
    const found = checkReportContent(thematic);
    expect(found.map((f) => f.kind)).toEqual(["arithmetic", "numbering"]);
  });
});
