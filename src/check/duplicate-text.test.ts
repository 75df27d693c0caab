import { describe, expect, it } from "vitest";
import { checkDuplicateText } from "./duplicate-text.js";
import { buildReportText } from "./report-text.js";

const run = (s: string) => checkDuplicateText(buildReportText(s.split("\n")));

describe("checkDuplicateText: repeated by accident next to itself", () => {
  it.each([
    ["Báo cáo kết quả thực hiện nhiệm vụ của của Sở Thông tin và Truyền thông.", "nhiệm vụ của của Sở Thông"],
    [
      "Tăng cường công tác tuyên truyền tuyên truyền phòng, chống dịch bệnh.",
      "công tác tuyên truyền tuyên truyền phòng, chống",
    ],
    ["Hoàn thiện Báo cáo đánh giá đánh giá, xếp hạng mức độ chuyển đổi số.", "Báo cáo đánh giá đánh giá, xếp hạng"],
    [
      "Chỉ đạo các cơ quan báo chí đẩy mạnh tuyên truyền Đại hội Đảng bộ tỉnh, Chỉ đạo các cơ quan báo chí đẩy mạnh tuyên truyền Đại hội Đảng bộ tỉnh, bảo đảm định hướng.",
      "Chỉ đạo các cơ quan báo chí đẩy mạnh tuyên truyền Đại hội Đảng bộ tỉnh, Chỉ đạo các cơ quan báo chí đẩy mạnh tuyên truyền Đại hội Đảng bộ tỉnh,",
    ],
    [
      "Đã cấp 95 chứng thư số cho cán bộ. Đã cấp 95 chứng thư số cho cán bộ. Các chứng thư hoạt động ổn định.",
      "Đã cấp 95 chứng thư số cho cán bộ. Đã cấp 95 chứng thư số cho cán bộ.",
    ],
    [
      "Tổ chức Hội thi tin học trẻ năm 2021 tại thành phố Cà Mau năm 2021 thu hút 300 thí sinh.",
      "năm 2021 tại thành phố Cà Mau năm 2021",
    ],
  ])("%s", (text, quote) => {
    const findings = run(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: "duplicate-text", quote, line: 1 });
  });

  it("flags a headline pasted again two lines below", () => {
    const title = "Ngành Thông tin và Truyền thông tỉnh đẩy mạnh chuyển đổi số phục vụ người dân";
    const findings = run(
      `${title}\n\nTrong 6 tháng đầu năm, Sở đã triển khai nhiều nhiệm vụ trọng tâm.\n${title}\nNội dung tiếp theo.`,
    );
    expect(findings).toEqual([
      { kind: "duplicate-text", message: "Dòng 4 lặp lại nguyên văn dòng 1", quote: title, line: 4 },
    ]);
  });

  it.each([
    "Ngày ngày các đài truyền thanh phát sóng chương trình; từ từ khắc phục khó khăn; người người thi đua.",
    "Tăng cường công tác phòng, chống dịch bệnh; phòng, chống thiên tai.",
    "Tham gia đánh giá kết quả thực hiện tiêu chí các xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao năm 2020.",
    "Triển khai từng bước, từng bước hoàn thiện hạ tầng; xã Nhị Long, Nhị Long Phú.",
    "Đăng 39 tin, bài tiếng Việt; 23 tin, bài tiếng Khmer.",
    "Kế hoạch ứng dụng CNTT năm 2021 và Kế hoạch giai đoạn năm 2021-2025; so sánh năm 2020 với năm 2020 của tỉnh bạn.",
    "Tổ chức Ngày hội năm 2020 trên địa bàn tỉnh và Lễ kỷ niệm năm 2020 của ngành.",
    "Tiếp công dân: 01 01 lượt; đánh giá, đánh giá lại hồ sơ.",
    "Cấp 15 giấy phép xuất bản bản tin; bồi dưỡng cho học sinh sinh viên; hội nghị nghị sự.",
  ])("no finding: %s", (text) => {
    expect(run(text)).toEqual([]);
  });

  it("does not flag the same task written in the report part and again in the plan far below", () => {
    const item = "- Tiếp tục triển khai 02 dự án đầu tư công năm 2020 về ứng dụng công nghệ thông tin.";
    expect(run([item, "", "- Một", "", "- Hai", "", "- Ba", "", "III. NHIỆM VỤ", "", item].join("\n"))).toEqual([]);
  });
});
