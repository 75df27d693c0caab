import { beforeAll, describe, expect, it } from "vitest";
import { loadVietnameseDictionary } from "./load-vietnamese-dictionary.js";
import { buildReportText } from "./report-text.js";
import { checkSpelling, type SyllableDictionary } from "./spelling.js";

let dictionary: SyllableDictionary;
beforeAll(async () => {
  dictionary = await loadVietnameseDictionary();
});

const run = (s: string, withDictionary = true) =>
  checkSpelling(buildReportText(s.split("\n")), withDictionary ? dictionary : undefined);

describe("checkSpelling: known misspellings of the sector's vocabulary", () => {
  it.each([
    ["Làm tốt công tác thông tin, tuyền truyền về biển, đảo.", "tin, tuyền truyền về biển", "tuyên truyền"],
    ["* Văn bản đơn đốc, hướng dẫn của Sở:", "bản đơn đốc, hướng dẫn", "đôn đốc"],
    ["Hiện tại Công Dịch vụ công của tỉnh đã kết nối.", "tại Công Dịch vụ công của tỉnh", "Cổng Dịch vụ công"],
    ["Phát hành cảm nang hướng dẫn chuyển đổi số.", "hành cảm nang hướng dẫn", "cẩm nang"],
    ["Hoạt động bưu chính trên địa tỉnh ổn định.", "chính trên địa tỉnh ổn", "trên địa bàn"],
    ["Phục vụ phát triển kinh kế - xã hội của địa phương.", "triển kinh kế - xã", "kinh tế"],
    ["Tiếp tục tuyên truyền về tình dịch bệnh Covid-19.", "về tình dịch bệnh Covid-19", "tình hình dịch bệnh"],
    ["Nâng cao chất lương dịch vụ bưu chính công ích.", "cao chất lương dịch vụ", "chất lượng"],
    ["Hoàn thành bàng giao hệ thống cho đơn vị vận hành.", "thành bàng giao hệ thống", "bàn giao"],
    ["Tổ chức 02 cuộc hợp với doanh nghiệp viễn thông.", "cuộc hợp với doanh", "họp"],
    ["Bảo đảm các giải pháp hợp, học trực tuyến.", "pháp hợp, học trực", "họp"],
  ])("%s", (text, quote, right) => {
    const findings = run(text, false);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: "spelling", quote, line: 1 });
    expect(findings[0]!.message).toContain(right);
  });
});

describe("checkSpelling: syllables that are not Vietnamese (hunspell dictionary)", () => {
  it.each([
    ["Tuyên truyền các ngày Lễ lón của đất nước.", "ngày Lễ lón"],
    ["Phòng chống dịch bệnh sọng hành với phát triển kinh tế.", "dịch bệnh sọng"],
    ["Triển khai hệ thống thư điện tữ công vụ.", "thư điện tữ công vụ"],
  ])("%s", (text, quote) => {
    const findings = run(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: "spelling", quote, line: 1 });
  });

  it.each([
    "Chuyển đổi số, văn hóa, văn hoá, thỏa thuận, thoả thuận, Ủy ban, uỷ ban, tọa đàm, toạ đàm, khỏe, khoẻ.",
    "Đăng tải thông tin sai sự thật trên mạng xã hội facebook, zalo; điểm truy nhập wifi Internet công cộng.",
    "Hệ thống VNPT-iOffice, VNPT - iGate, mail.travinh.gov.vn; tiếng Khmer; Gtel Mobile; PayGov.",
    "Có 03 đ/c học lớp trung cấp lý luận chính trị; xã An Trường A, Huyện Hội, Nhị Long Phú.",
    "Kinh phí 120 trđ (120.000.000 vnđ) đã được giải ngân.",
    "Ban Quản lý Khu kinh tế, Tập đoàn Bưu chính Viễn thông Việt Nam; cửa khẩu quốc tế Tà Lùng, thác Bản Giốc.",
    "Tổ chức lớp tập huấn kỹ năng vận hành truyền thanh cơ sở; nghiệm thu các Đài, Trạm truyền thanh.",
    "Giáo dục truyền thống cách mạng; nâng cao chất lượng; kiểm tra, hỗ trợ; sáp nhập đơn vị; lương cơ sở.",
    "Phối hợp tổ chức; hợp tác quốc tế; tổng hợp báo cáo; phù hợp với quy định; hợp đồng thuê bao.",
  ])("no finding: %s", (text) => {
    expect(run(text)).toEqual([]);
  });
});
