import { describe, expect, it } from "vitest";
import { citationsInText } from "./citations-in-text.js";
import { checkCodes } from "./code.js";
import { buildReportText } from "./report-text.js";

const run = (s: string, year: number | null = 2020) => {
  const text = buildReportText(s.split("\n"));
  return checkCodes(citationsInText(text), year, text);
};

describe("checkCodes: malformed codes, stray spaces, one unit code spelled two ways", () => {
  it.each([
    [
      "Triển khai Thông tư số 12/2019/TT- BTTTT của Bộ Thông tin và Truyền thông.",
      "Thông tư số 12/2019/TT- BTTTT",
      "12/2019/TT-BTTTT",
    ],
    [
      "Thực hiện Quyết định số 1024 /QĐ-UBND ngày 12/5/2020 của UBND tỉnh.",
      "Quyết định số 1024 /QĐ-UBND ngày 12/5/2020",
      "1024/QĐ-UBND",
    ],
    ["Theo Kế hoạch số 45/KH - UBND ngày 02/3/2020.", "Kế hoạch số 45/KH - UBND ngày 02/3/2020", "45/KH-UBND"],
    ["Thực hiện Nghị định số 15/NĐ-CP về xử phạt vi phạm hành chính.", "Nghị định số 15/NĐ-CP", "thiếu năm"],
    [
      "Triển khai Quyết định số 25/QĐ ngày 03/02/2020 của Sở.",
      "Quyết định số 25/QĐ ngày 03/02/2020",
      "thiếu tên viết tắt",
    ],
    ["Thực hiện Thông tư số 03/2202/TT-BTTTT.", "Thông tư số 03/2202/TT-BTTTT", "Năm 2202"],
    [
      "Thực hiện Nghị định số 47/2020/NĐCP ngày 09/4/2020.",
      "Nghị định số 47/2020/NĐCP ngày 09/4/2020",
      "47/2020/NĐ-CP",
    ],
    ["Thực hiện Quyết định số 12/QĐ--UBND ngày 09/4/2020.", "12/QĐ--UBND", "12/QĐ-UBND"],
    ["Thực hiện Quyết định số 12//QĐ-UBND ngày 09/4/2020.", "12//QĐ-UBND", "12/QĐ-UBND"],
  ])("%s", (text, quote, message) => {
    const findings = run(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: "code", quote, line: 1 });
    expect(findings[0]!.message).toContain(message);
  });

  it("flags the rarer spelling of a unit code of the same issuer", () => {
    const text = [
      "- Công văn số 512/STTTT-TTBCXB ngày 02/7/2020 về việc tuyên truyền phòng, chống dịch.",
      "- Công văn số 530/STTTT-TTBCXB ngày 09/7/2020 về việc định hướng tuyên truyền.",
      "- Công văn số 541/STTTT-TTBXCB ngày 15/7/2020 về việc cung cấp thông tin cho báo chí.",
      "- Công văn số 560/STTTT-VP ngày 20/7/2020 về việc báo cáo định kỳ.",
    ].join("\n\n");
    const findings = run(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: "code", quote: "Công văn số 541/STTTT-TTBXCB ngày 15/7/2020", line: 5 });
    expect(findings[0]!.message).toContain("541/STTTT-TTBCXB");
  });

  it.each([
    "Thực hiện Công văn số 1882/UBND-VX ngày 03/8/2020 và Công văn số 2012/UBND-KT ngày 14/8/2020 của UBND tỉnh.",
    "Công văn số 12/BTTTT-CBC ngày 05/01/2020 của Bộ và Công văn số 13/STTTT-CBC ngày 10/01/2020 của Sở.",
    "Nghị quyết số 17/NQ-CP ngày 07/3/2019; Chỉ thị số 37-CT/TU ngày 05/5/2020; Luật số 86/2015/QH13.",
    "Quyết định số 45/2016/QĐ-TTg; Nghị định số 64/2007/NĐ-CP; Thông tư số 03/2017/TT-BTTTT.",
    "Thông tư liên tịch số 03/2008/TTLT-BTTTT-BNV hướng dẫn chức năng, nhiệm vụ của Sở.",
    "Phòng chống dịch Covid - 19; hệ thống VNPT - iGate; giai đoạn 2021- 2025; kinh tế- xã hội; tỷ lệ 01/40 hồ sơ.",
    "Công văn số 742/STTTT-TTBCXB và Công văn số 756/STTTT-BCVT, Công văn số 1671/STTTT-TTra.",
    "Công văn số 2654/UBND-THNV ngày 13/7/2020 và Công văn số 2700/UBND-TH ngày 20/7/2020.",
    "Kế hoạch số 79-KH/TU ngày 20/4/2018; Công văn 783/BQLVTCI; Chỉ thị 52 của Bộ TTTT.",
    "Lễ kỷ niệm 70 năm Chiến thắng Biên giới (03/10/1950 - 03/10/2020).",
  ])("no finding: %s", (text) => {
    expect(run(text)).toEqual([]);
  });
});
