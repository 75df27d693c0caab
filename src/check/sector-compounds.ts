/**
 * Two-syllable words of the sector's reports. A pair in the text that differs from one of them by a single
 * diacritic ("tuyền truyền", "đơn đốc", "cảm nang") is almost always a typo, since the dictionary, which
 * knows syllables only, accepts each syllable on its own.
 */
export const SECTOR_COMPOUNDS: readonly string[] = (
  "tuyên truyền, đôn đốc, cẩm nang, song song, kinh tế, xã hội, địa bàn, triển khai, thông tin, truyền hình, " +
  "truyền thanh, phát thanh, bưu chính, viễn thông, chuyển đổi, dịch vụ, hành chính, thủ tục, hồ sơ, văn bản, " +
  "công văn, chỉ đạo, điều hành, công nghệ, ứng dụng, hạ tầng, doanh nghiệp, cơ quan, đơn vị, kế hoạch, " +
  "nhiệm vụ, báo cáo, kiểm tra, thanh tra, giám sát, hướng dẫn, phối hợp, tổ chức, thực hiện, phát triển, " +
  "nâng cao, chất lượng, hiệu quả, kết quả, tình hình, dịch bệnh, quản lý, an toàn, an ninh, chính quyền, " +
  "quyết định, tăng cường, thông báo, lãnh đạo, khó khăn, hạn chế, kiến nghị, đề xuất, số hóa, trực tuyến, " +
  "trực tiếp, chữ ký, ký số, mã độc, phóng viên, xuất bản, ấn phẩm, giải quyết, sử dụng, xây dựng, ban hành, " +
  "cán bộ, công chức, viên chức, nhân dân, tổng hợp, đánh giá, xếp hạng, chính phủ, nghị định, thông tư, " +
  "chỉ thị, nghị quyết, thường xuyên, kịp thời, chính xác, đầy đủ, cơ sở, phổ biến, pháp luật, thiết bị, " +
  "mạng lưới, thuê bao, di động, băng rộng, cáp quang, tần số, vô tuyến, điện tử, cổng thông, trang thông, " +
  "tiếp nhận, trả lời, khiếu nại, tố cáo, vi phạm, xử phạt, xử lý, đào tạo, bồi dưỡng, tập huấn, hội nghị, " +
  "diễn tập, sự cố, tấn công, lỗ hổng, phần mềm, máy chủ, dữ liệu, kết nối, chia sẻ, tích hợp, liên thông, " +
  "đô thị, thông minh, nông thôn, biên giới, đối ngoại, thời sự, chính trị, văn hóa, giáo dục, y tế, " +
  "tài chính, ngân sách, kinh phí, đầu tư, dự án, nghiệm thu, bàn giao, vận hành, khai thác, duy trì, hỏa tốc"
)
  .split(",")
  .map((w) => w.trim())
  .filter(Boolean);

/**
 * Real words, or pairs of words that often stand next to each other ("bắt đầu từ", "sự có mặt"), one diacritic
 * away from a sector compound: never reported.
 */
export const LEGITIMATE_NEIGHBOURS: readonly string[] = [
  "truyền thống",
  "cùng cấp",
  "điện từ",
  "dự liệu",
  "đầu từ",
  "sự có",
  "để xuất",
  "tại chính",
  "đồ thị",
  "xếp hàng",
  "thông từ",
  "ký sổ",
];
