import { describe, expect, it } from "vitest";
import { matchIndicator } from "./match-indicator.js";

// Labels and units as the importer recovers them from reports of the genre (written for this test).
const cases: [label: string, unit: string | null, code: string, disaggregation?: string][] = [
  ["Tổng văn bản đi trong tháng", "văn bản", "DOC_OUT"],
  ["TONG VAN BAN DI", "van ban", "DOC_OUT"],
  ["văn bản được ký số", "văn bản", "DOC_SIGNED"],
  ["ký số", "văn bản", "DOC_SIGNED"],
  ["tỷ lệ văn bản ký số", "%", "DOC_SIGNED_RATE"],
  ["tổng số người dùng trên hệ thống", "người", "DMS_USERS"],
  ["cấp mới", "chứng thư số", "CERT_ISSUED"],
  ["thu hồi", "chứng thư số", "CERT_REVOKED"],
  ["nâng tổng số", "chứng thư số", "CERT_TOTAL"],
  ["chứng thư số tổ chức", "chứng thư số", "CERT_TOTAL", "organisation"],
  ["chứng thư số cá nhân", "chứng thư số", "CERT_TOTAL", "personal"],
  ["trong tháng cấp tài khoản cho người dùng", "tài khoản", "EMAIL_NEW"],
  ["hộp thư điện tử công vụ cấp cho cán bộ", "hộp thư", "EMAIL_TOTAL"],
  ["dịch vụ công trực tuyến", "dịch vụ", "PS_ONLINE"],
  ["mức độ 3", "dịch vụ", "PS_ONLINE", "level_3"],
  ["dịch vụ công trực tuyến toàn trình", "dịch vụ", "PS_ONLINE", "full"],
  ["tiếp nhận hồ sơ mức độ 4", "hồ sơ", "DOSSIER_RECEIVED", "level_4"],
  ["hệ thống đã tiếp nhận", "hồ sơ", "DOSSIER_RECEIVED"],
  ["trực tuyến", "hồ sơ", "DOSSIER_ONLINE"],
  ["trực tiếp", "hồ sơ", "DOSSIER_IN_PERSON"],
  ["tỷ lệ hồ sơ trực tuyến", "%", "DOSSIER_ONLINE_RATE"],
  ["hồ sơ tồn", "hồ sơ", "DOSSIER_PENDING"],
  ["đã giải quyết", "hồ sơ", "DOSSIER_RESOLVED"],
  ["giải quyết đúng hạn", "hồ sơ", "DOSSIER_ON_TIME"],
  ["tỷ lệ giải quyết đúng hạn", "%", "DOSSIER_ON_TIME_RATE"],
  ["lượt cảnh báo mã độc", "lượt", "MALWARE_ALERTS"],
  ["cảnh báo mức độ cao", "cảnh báo", "MALWARE_ALERTS", "high"],
  ["cảnh báo mức độ trung bình", "cảnh báo", "MALWARE_ALERTS", "medium"],
  ["máy tính cài đặt phần mềm", "máy tính", "AV_COMPUTERS"],
  ["thuê bao di động", "thuê bao", "SUBS_MOBILE"],
  ["thuê bao băng rộng cố định", "thuê bao", "SUBS_FIXED_BROADBAND"],
  ["trạm BTS", "trạm", "BTS_TOTAL"],
  ["trạm 5G", "trạm", "BTS_5G"],
  ["người sử dụng Internet", "người", "INTERNET_USERS"],
  ["doanh thu viễn thông", "triệu đồng", "TELECOM_REVENUE"],
  ["doanh thu bưu chính", "tỷ đồng", "POSTAL_REVENUE"],
  ["Cấp Giấy phép xuất bản tài liệu không kinh doanh", "giấy phép", "PUBLISHING_LICENCES"],
  ["nâng tổng số giấy phép cấp đến nay", "hồ sơ", "PUBLISHING_LICENCES_TOTAL"],
  ["trạm truyền thanh xã", "trạm truyền thanh", "COMMUNE_RADIO"],
  ["đài truyền thanh ứng dụng công nghệ thông tin", "đài", "COMMUNE_RADIO_IP"],
  ["tin, bài tiếng Việt", "tin, bài", "PORTAL_POSTS", "vi"],
  ["tin, bài tiếng Khmer", "tin, bài", "PORTAL_POSTS", "ethnic"],
  ["xử phạt vi phạm hành chính", "triệu đồng", "FINES"],
  ["phát hiện vi phạm", "trường hợp", "VIOLATIONS"],
  ["lượt tiếp công dân thường xuyên", "lượt", "CITIZENS_RECEIVED", "regular"],
  ["đơn khiếu nại", "đơn", "COMPLAINTS"],
  ["Tiếp nhận đơn tố cáo", "đơn", "DENUNCIATIONS"],
  ["cuộc thanh tra", "cuộc", "INSPECTIONS"],
  ["mở lớp tập huấn", "lớp", "TRAINING_COURSES"],
  ["học viên", "học viên", "TRAINEES"],
  ["Bằng khen của Chủ tịch UBND tỉnh", "bằng khen", "AWARD_MERIT"],
  ["Chiến sĩ thi đua cơ sở", "cá nhân", "AWARD_EMULATION_SOLDIER", "grassroots"],
  ["Cờ thi đua của Bộ", "cờ", "AWARD_FLAG"],
];

describe("matchIndicator", () => {
  it.each(cases)("%s (%s) → %s %s", (label, unit, code, disaggregation) => {
    const match = matchIndicator(label, unit);
    expect(match?.code).toBe(code);
    expect(match?.disaggregation).toBe(disaggregation);
    expect(match?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(match?.confidence).toBeLessThanOrEqual(1);
  });

  it.each([
    ["Đại hội Đại biểu Đảng bộ tỉnh lần thứ", null],
    ["xếp thứ", null],
    ["tần suất", "lần/ngày"],
    ["", null],
  ])("finds nothing for %s (%s)", (label, unit) => {
    expect(matchIndicator(label, unit)).toBeNull();
  });

  it("refuses a percent for a count and a count for a percent", () => {
    expect(matchIndicator("ký số", "%")?.code).not.toBe("DOC_SIGNED");
    expect(matchIndicator("tỷ lệ văn bản ký số", "văn bản")?.code).not.toBe("DOC_SIGNED_RATE");
  });

  it("is more confident when the unit agrees with the indicator", () => {
    const agreeing = matchIndicator("thuê bao di động", "thuê bao");
    const disagreeing = matchIndicator("thuê bao di động", "hồ sơ");
    expect(agreeing?.code).toBe("SUBS_MOBILE");
    expect(agreeing?.confidence ?? 0).toBeGreaterThan(disagreeing?.confidence ?? 0);
  });

  it("folds diacritics, case and spacing the same way", () => {
    expect(matchIndicator("VĂN  BẢN   KÝ SỐ", "Văn bản")).toEqual(matchIndicator("van ban ky so", "van ban"));
  });
});
