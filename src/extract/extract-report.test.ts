import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDocxReport } from "./docx-fixture.test-helper.js";
import { extractReport, extractText } from "./index.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const outline = (r: ReturnType<typeof extractText>) => r.headings.map((h) => [h.number, h.title, h.level]);

describe("plain text in two columns, numbering with dots, lettered sub-headings (monthly)", () => {
  const r = extractText(fixture("plain-monthly.txt"));

  it("reads the header and the signature block laid out in columns", () => {
    expect(r.meta).toMatchObject({
      docType: "BC",
      number: "215/BC-STTTT",
      title: "Kết quả công tác thông tin và truyền thông tháng 3 năm 2023 và nhiệm vụ trọng tâm tháng 4 năm 2023",
      place: "Hà Giang",
      issueYear: 2023,
      issueMonth: 3,
      issueDay: 14,
      province: "Hà Giang",
      period: { kind: "month", year: 2023, index: 3 },
      nextPeriod: { kind: "month", year: 2023, index: 4 },
      signerName: "Lò Thị Hạnh",
      signerTitle: "Phó Giám đốc",
      signingAuthority: "KT.",
      recipients: ["Bộ Thông tin và Truyền thông (b/c)", "UBND tỉnh (b/c)", "Lãnh đạo Sở", "Lưu: VT, VP."],
    });
  });

  it("finds the outline with its levels", () => {
    expect(outline(r)).toEqual([
      ["I", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ", 1],
      ["1", "Công tác tham mưu, chỉ đạo điều hành", 2],
      ["2", "Lĩnh vực bưu chính, viễn thông", 2],
      ["a", "Bưu chính", 3],
      ["b", "Viễn thông, internet", 3],
      ["3", "Lĩnh vực công nghệ thông tin, chuyển đổi số", 2],
      ["4", "Lĩnh vực báo chí, xuất bản, thông tin cơ sở", 2],
      ["II", "TỒN TẠI, HẠN CHẾ", 1],
      ["III", "ĐỀ XUẤT, KIẾN NGHỊ", 1],
      ["IV", "NHIỆM VỤ TRỌNG TÂM THÁNG 4 NĂM 2023", 1],
    ]);
    expect(r.headings[0]!.line).toBe(12);
  });

  it("splits the tasks, including a number run into the item before", () => {
    expect(r.tasks.map((t) => t.text.slice(0, 30))).toEqual([
      "Tham mưu UBND tỉnh ban hành Kế",
      "Triển khai các nhiệm vụ chuyển",
      "Tổ chức 03 hội nghị tập huấn v",
      "Tiếp tục phối hợp với các doan",
      "Thực hiện các nhiệm vụ khác do",
    ]);
    expect(r.difficulties).toHaveLength(2);
    expect(r.recommendations.map((x) => x.line)).toEqual([33]);
  });

  it("keeps figures and drops dates, anniversaries, phone numbers and 24/24", () => {
    const values = r.figures.map((f) => f.value);
    expect(values).toEqual(expect.arrayContaining([198, 165, 41250, 3.2, 712405, 1.8, 99.44, 1, 15, 1204, 45, 12, 63]));
    expect(values).not.toEqual(expect.arrayContaining([93]));
    expect(values).not.toContain(24);
    expect(values).not.toContain(2023);
    expect(r.figures.find((f) => f.value === 12)?.kind).toBe("rank");
    expect(r.figures.find((f) => f.value === 15000000)?.kind).toBe("money");
    expect(r.references.map((x) => x.code)).toEqual(["02/2023/TT-BTTTT", "412/QĐ-UBND", "2269/QĐ-TTg", "05-NQ/TU"]);
  });
});

describe("headings in capitals and numbers without dots (6-month report)", () => {
  const r = extractText(fixture("caps-half-year.txt"));

  it("reads the half-year periods and the signer written in capitals", () => {
    expect(r.meta.period).toEqual({ kind: "half", year: 2022, index: 1 });
    expect(r.meta.nextPeriod).toEqual({ kind: "half", year: 2022, index: 2 });
    expect(r.meta.signerName).toBe("Nguyễn Văn Bình");
    expect(r.meta.signerTitle).toBe("Giám đốc");
    expect(r.meta.addressees).toEqual(["Bộ Thông tin và Truyền thông", "Ủy ban nhân dân tỉnh Quảng Ngãi."]);
  });

  it("finds bare numbers, capital headings and label lines", () => {
    expect(outline(r)).toEqual([
      [null, "KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2022", 1],
      ["I", "CÔNG TÁC QUẢN LÝ NHÀ NƯỚC", 2],
      ["1", "Công tác tham mưu xây dựng văn bản", 3],
      ["2", "Bưu chính, viễn thông", 3],
      [null, "Viễn thông, internet", 4],
      [null, "Bưu chính", 4],
      ["3", "Công nghệ thông tin", 3],
      ["II", "CÔNG TÁC THANH TRA", 2],
      [null, "ĐÁNH GIÁ CHUNG", 1],
      [null, "Những tồn tại, hạn chế", 2],
      [null, "PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2022", 1],
      [null, "KIẾN NGHỊ", 1],
    ]);
  });

  it("splits an unnumbered paragraph of tasks on semicolons", () => {
    expect(r.tasks).toHaveLength(4);
    expect(r.tasks[3]!.text).toBe("nâng tỷ lệ hồ sơ trực tuyến toàn trình lên 50%.");
    expect(r.difficulties).toHaveLength(3);
  });
});

describe("Markdown annual report in parts, bold headings, footnotes and page numbers", () => {
  const r = extractText(fixture("annual-parts.md"));

  it("reads the year periods and a TL. signature", () => {
    expect(r.meta).toMatchObject({
      period: { kind: "year", year: 2021, index: null },
      nextPeriod: { kind: "year", year: 2022, index: null },
      signingAuthority: "TL.",
      signerTitle: "Chánh Văn phòng",
      signerName: "Trần Minh Quang",
    });
  });

  it("takes 'Phần thứ nhất' with the title on the next line as the top level", () => {
    expect(outline(r).filter((h) => h[2] === 1)).toEqual([
      ["Phần thứ nhất", "KẾT QUẢ CÔNG TÁC NĂM 2021", 1],
      ["Phần thứ hai", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022", 1],
      ["Phần thứ ba", "KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ", 1],
    ]);
  });

  it("sorts a mixed difficulties-and-recommendations section by its items", () => {
    expect(r.tasks).toHaveLength(3);
    expect(r.difficulties.map((d) => d.text)).toEqual([
      "Kinh phí sự nghiệp thông tin và truyền thông còn thấp so với nhu cầu.",
    ]);
    expect(r.recommendations[0]!.text).toMatch(/^Kiến nghị Bộ/);
    expect(r.figures.map((f) => f.value)).not.toContain(12);
    expect(r.figures.find((f) => f.value === 18)?.kind).toBe("count");
  });

  it("splits the body into sections by heading", () => {
    const titles = r.sections?.map((s) => s.heading?.title ?? null);
    expect(titles?.[0]).toBe("KẾT QUẢ CÔNG TÁC NĂM 2021");
    expect(r.sections?.find((s) => s.heading?.title === "Báo chí")?.paragraphs).toHaveLength(1);
  });
});

describe(".docx with heading styles and Word-numbered lists", () => {
  it("recovers the numbering Word draws and uses paragraph indexes as lines", async () => {
    const r = await extractReport({ fileName: "bao-cao.docx", docx: await buildDocxReport() });
    expect(outline(r)).toEqual([
      ["I", "KẾT QUẢ THỰC HIỆN", 1],
      ["1", "Lĩnh vực viễn thông", 2],
      ["2", "Lĩnh vực công nghệ thông tin", 2],
      ["II", "NHIỆM VỤ QUÝ IV NĂM 2024", 1],
    ]);
    expect(r.meta).toMatchObject({
      number: "301/BC-STTTT",
      place: "Điện Biên",
      period: { kind: "quarter", year: 2024, index: 3 },
      nextPeriod: { kind: "quarter", year: 2024, index: 4 },
      signingAuthority: "KT.",
      signerTitle: "Phó Giám đốc",
      signerName: "Vàng A Sáng",
      recipients: ["Bộ Khoa học và Công nghệ", "Lưu: VT."],
    });
    expect(r.tasks.map((t) => t.line)).toEqual([16, 17, 18]);
    expect(r.references.map((x) => x.code)).toEqual(["455/STTTT-CNTT", "1012/QĐ-UBND"]);
    expect(r.figures.map((f) => [f.value, f.kind])).toEqual([
      [1145, "count"],
      [612, "count"],
      [210, "money"],
      [85, "count"],
      [62.5, "percent"],
      [2, "count"],
    ]);
  });
});

describe("capital-letter parts, a Markdown table and numbered groups of tasks", () => {
  const r = extractText(fixture("letters-table.md"));

  it("ranks A./B./C. above roman numerals and keeps table rows out of the outline", () => {
    expect(outline(r)).toEqual([
      ["A", "KẾT QUẢ ĐẠT ĐƯỢC", 1],
      ["I", "Viễn thông", 2],
      ["B", "PHƯƠNG HƯỚNG THÁNG 7 NĂM 2024", 1],
      ["1", "Lĩnh vực bưu chính", 3],
      ["2", "Lĩnh vực viễn thông", 3],
      ["C", "KIẾN NGHỊ", 1],
    ]);
  });

  it("reads table cells but not row numbers, and money written with 'đ'", () => {
    expect(r.figures.map((f) => [f.value, f.kind])).toEqual([
      [712405, "count"],
      [1145, "count"],
      [12914, "count"],
      [50, "count"],
      [15000000, "money"],
    ]);
  });

  it("takes the paragraphs under numbered task groups as tasks", () => {
    expect(r.tasks.map((t) => t.text)).toEqual([
      "Tiếp tục kiểm tra các điểm phục vụ bưu chính",
      "phối hợp xử lý bưu gửi vi phạm.",
      "Đôn đốc doanh nghiệp phát triển 50 trạm BTS mới, thu phí 15.000.000đ.",
    ]);
    expect(r.meta.nextPeriod).toEqual({ kind: "month", year: 2024, index: 7 });
  });
});
