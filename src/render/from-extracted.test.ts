import { describe, expect, it } from "vitest";
import type { ExtractedReport } from "../domain/report.js";
import { quarterlyExtracted, quarterlySource } from "./fixtures/quarterly-source.js";
import { fromExtracted, locateHeadings } from "./from-extracted.js";

describe("fromExtracted with the source text", () => {
  const report = fromExtracted(quarterlyExtracted, quarterlySource);

  it("rebuilds the header, leaving the unknown day and the number blank", () => {
    expect(report.header).toEqual({
      parentAgency: "UBND TỈNH CAO BẰNG",
      agency: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
      numberLine: "Số:      /BC-STTTT",
      placeDateLine: "Cao Bằng, ngày    tháng 9 năm 2024",
    });
    expect(report.documentType).toBe("BÁO CÁO");
    expect(report.subjectLines).toEqual(["Kết quả công tác quản lý nhà nước quý III năm 2024"]);
  });

  it("finds the addressee and the preamble between 'Kính gửi' and the first heading", () => {
    expect(report.addressees).toEqual(["Văn phòng Bộ Thông tin và Truyền thông"]);
    expect(report.preamble).toEqual([
      {
        kind: "paragraph",
        text: "Thực hiện Công văn số 615/VP-TH ngày 02/9/2024 của Văn phòng Bộ, Sở báo cáo như sau:",
      },
    ]);
  });

  it("cuts the body at the headings' lines, without Markdown", () => {
    expect(report.sections).toEqual([
      { number: "I", title: "KẾT QUẢ NỔI BẬT", level: 1, blocks: [] },
      {
        number: null,
        title: "* Văn bản tham mưu:",
        level: 2,
        blocks: [
          {
            kind: "bullet",
            depth: 0,
            text: "Tham mưu ban hành Kế hoạch số 210/KH-UBND ngày 15/7/2024 về phát triển hạ tầng số.",
          },
          { kind: "paragraph", text: "Tổng số văn bản đi 21.530, ký số 19.118 văn bản (tỷ lệ 88,80%)." },
        ],
      },
      {
        number: "II",
        title: "NHIỆM VỤ QUÝ IV NĂM 2024",
        level: 1,
        blocks: [
          { kind: "paragraph", text: "1. Hoàn thành diễn tập an toàn thông tin cho 45 cơ quan." },
          { kind: "paragraph", text: "2. Tổ chức hội nghị chuyển đổi số cấp tỉnh." },
        ],
      },
    ]);
  });

  it("moves 'Trên đây là …' to the closing and stops the body at 'Nơi nhận'", () => {
    expect(report.closing).toEqual([
      "Trên đây là báo cáo kết quả công tác quý III năm 2024 của Sở Thông tin và Truyền thông./.",
    ]);
    expect(report.recipients).toEqual(["Như trên", "Lưu: VT, VP"]);
    expect(report.signature).toEqual({
      authorityLine: "KT. GIÁM ĐỐC",
      titleLine: "PHÓ GIÁM ĐỐC",
      signerName: "Nông Thị Lan",
    });
  });
});

describe("fromExtracted without the source text", () => {
  it("puts each planned task under its heading", () => {
    const report = fromExtracted(quarterlyExtracted);
    expect(report.sections.map((s) => [s.number, s.blocks.length])).toEqual([
      ["I", 0],
      [null, 0],
      ["II", 2],
    ]);
    expect(report.preamble).toEqual([]);
  });

  it("uses the extracted sections when the importer gives them", () => {
    const withSections: ExtractedReport = {
      ...quarterlyExtracted,
      meta: {
        ...quarterlyExtracted.meta,
        agency: "Sở Khoa học và Công nghệ",
        parentAgency: "UBND tỉnh Cao Bằng",
        addressees: ["UBND tỉnh"],
      },
      sections: [
        { heading: null, paragraphs: [{ text: "Căn cứ Kế hoạch số 12/KH-UBND, Sở báo cáo như sau:", line: 14 }] },
        {
          heading: { number: "I.", title: "**KẾT QUẢ**", level: 1, line: 16 },
          paragraphs: [{ text: "- Cấp mới **95** chứng thư số.", line: 17 }],
        },
        {
          heading: { number: "II", title: "NHIỆM VỤ", level: 1, line: 18 },
          paragraphs: [{ text: "Trên đây là báo cáo của Sở./.", line: 19 }],
        },
      ],
    };
    const report = fromExtracted(withSections);
    expect(report.header.agency).toBe("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    expect(report.addressees).toEqual(["UBND tỉnh"]);
    expect(report.preamble).toEqual([
      { kind: "paragraph", text: "Căn cứ Kế hoạch số 12/KH-UBND, Sở báo cáo như sau:" },
    ]);
    expect(report.sections[0]).toEqual({
      number: "I",
      title: "KẾT QUẢ",
      level: 1,
      blocks: [{ kind: "bullet", depth: 0, text: "Cấp mới 95 chứng thư số." }],
    });
    expect(report.sections[1]?.blocks).toEqual([]);
    expect(report.closing).toEqual(["Trên đây là báo cáo của Sở./."]);
  });

  it("defaults the agency lines from the province and lets the caller override them", () => {
    const bare: ExtractedReport = {
      ...quarterlyExtracted,
      meta: { ...quarterlyExtracted.meta, province: "Vĩnh Long", number: null },
    };
    expect(fromExtracted(bare).header.parentAgency).toBe("UBND TỈNH VĨNH LONG");
    expect(fromExtracted(bare).header.numberLine).toBe("Số:      /BC");
    const named = fromExtracted(bare, undefined, {
      agencyName: "Sở Khoa học và Công nghệ",
      parentAgencyName: "UBND tỉnh Vĩnh Long",
    });
    expect(named.header.agency).toBe("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
  });
});

describe("locateHeadings", () => {
  const lines = [
    "**BÁO CÁO**",
    "#### **I. CÔNG TÁC QUẢN LÝ**",
    "Công tác quản lý được tăng cường, trong đó có lĩnh vực bưu chính nói chung và nhiều lĩnh vực khác nữa.",
    "### **1. Lĩnh vực bưu chính**",
    "- Cấp 02 giấy phép bưu chính.",
    "*\\* Văn bản chỉ đạo:*",
    "1. Lĩnh vực bưu chính",
  ];
  const h = (number: string | null, title: string, line: number) => ({ number, title, level: 1, line });

  it("trusts a heading's line when that line holds it", () => {
    expect(locateHeadings(lines, [h("I", "CÔNG TÁC QUẢN LÝ", 2), h("1", "Lĩnh vực bưu chính", 7)])).toEqual([1, 6]);
  });

  it("finds headings without lines by their text, in order, skipping paragraphs that only mention them", () => {
    expect(
      locateHeadings(lines, [
        h("I", "CÔNG TÁC QUẢN LÝ", 0),
        h("1", "Lĩnh vực bưu chính", 0),
        h(null, "Văn bản chỉ đạo:", 0),
      ]),
    ).toEqual([1, 3, 5]);
  });

  it("marks a heading it cannot find with -1 and keeps looking for the next", () => {
    expect(locateHeadings(lines, [h("II", "KẾ HOẠCH THÁNG SAU", 0), h("I", "Công tác quản lý", 0)])).toEqual([-1, 1]);
  });
});

describe("fromExtracted with sections and the source text", () => {
  it("takes the closing sentence from the source when the sections leave it out", () => {
    const withSections: ExtractedReport = {
      ...quarterlyExtracted,
      sections: [{ heading: quarterlyExtracted.headings[0] ?? null, paragraphs: [{ text: "Văn bản.", line: 18 }] }],
    };
    expect(fromExtracted(withSections, quarterlySource).closing).toEqual([
      "Trên đây là báo cáo kết quả công tác quý III năm 2024 của Sở Thông tin và Truyền thông./.",
    ]);
    expect(fromExtracted(withSections).closing).toEqual([]);
  });
});

describe("fromExtracted: where the body starts without 'Kính gửi'", () => {
  it("starts after the last line of a subject written over two lines", () => {
    const source = [
      "**BÁO CÁO**",
      "**Kết quả công tác thông tin và truyền thông**",
      "**tháng 10 năm 2024**",
      "Trong tháng, Sở tập trung triển khai các nhiệm vụ trọng tâm.",
      "## I. KẾT QUẢ",
      "Văn bản.",
    ].join("\n");
    const extracted: ExtractedReport = {
      ...quarterlyExtracted,
      meta: { ...quarterlyExtracted.meta, title: "Kết quả công tác thông tin và truyền thông tháng 10 năm 2024" },
      headings: [{ number: "I", title: "KẾT QUẢ", level: 1, line: 5 }],
      tasks: [],
    };
    const report = fromExtracted(extracted, source);
    expect(report.preamble).toEqual([
      { kind: "paragraph", text: "Trong tháng, Sở tập trung triển khai các nhiệm vụ trọng tâm." },
    ]);
    expect(report.addressees).toEqual([]);
    expect(report.sections[0]?.blocks).toEqual([{ kind: "paragraph", text: "Văn bản." }]);
  });
});
