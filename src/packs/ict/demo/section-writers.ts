import { cite, citeKnown, count, figure, has, type NarrativeContext, num, pct } from "./narrative-context.js";

/** Writes the body items of one outline section; each string is one paragraph or list item. */
type SectionWriter = (ctx: NarrativeContext) => string[];

/** One of several wordings; only the chosen one runs, so only its citations are recorded. */
const choose = (ctx: NarrativeContext, ...variants: (() => string)[]): string => ctx.rng.pick(variants)();
const province = (ctx: NarrativeContext) => `tỉnh ${ctx.department.provinceName}`;

/** "không có" for a zero count, "03 cuộc" otherwise. */
function countOrNone(ctx: NarrativeContext, key: string, noun: string): string {
  return figure(ctx, key) === 0 ? "không có" : `${count(ctx, key)} ${noun}`;
}

const postal: SectionWriter = (ctx) => {
  const items = [
    choose(
      ctx,
      () =>
        `Toàn ${province(ctx)} hiện có ${num(ctx, "POSTAL_POINTS")} điểm phục vụ bưu chính, cơ bản đáp ứng nhu cầu sử dụng dịch vụ của người dân; doanh thu bưu chính trong kỳ ước đạt ${num(ctx, "POSTAL_REVENUE")} triệu đồng.`,
      () =>
        `Mạng lưới ${num(ctx, "POSTAL_POINTS")} điểm phục vụ bưu chính duy trì hoạt động ổn định; doanh thu lĩnh vực bưu chính ước đạt ${num(ctx, "POSTAL_REVENUE")} triệu đồng.`,
    ),
    choose(
      ctx,
      () =>
        `Tiếp nhận và trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích: ${num(ctx, "POSTAL_PUBLIC_DOSSIERS")} hồ sơ; tiếp tục theo dõi việc thực hiện ${citeKnown(ctx, "Quyết định", "45/2016/QĐ-TTg", "Thủ tướng Chính phủ")}.`,
      () =>
        `Trong kỳ, doanh nghiệp bưu chính công ích đã tiếp nhận, chuyển phát ${num(ctx, "POSTAL_PUBLIC_DOSSIERS")} hồ sơ thủ tục hành chính giữa người dân và cơ quan nhà nước.`,
    ),
    `Ban hành ${cite(ctx, "department", "Công văn", "BCVT")} đề nghị các doanh nghiệp bưu chính tăng cường bảo đảm an toàn, an ninh bưu chính, phòng, chống vận chuyển hàng cấm qua đường bưu chính.`,
  ];
  if (has(ctx, "POSTAL_ENTERPRISES")) {
    items.push(
      `Trên địa bàn hiện có ${num(ctx, "POSTAL_ENTERPRISES")} doanh nghiệp cung ứng dịch vụ bưu chính đang hoạt động.`,
    );
  }
  return items;
};

const telecom: SectionWriter = (ctx) => {
  const items = [
    choose(
      ctx,
      () =>
        `Tổng số thuê bao di động trên địa bàn đạt ${num(ctx, "SUBS_MOBILE")} thuê bao, trong đó thuê bao băng rộng di động ${num(ctx, "SUBS_MOBILE_BROADBAND")} thuê bao; thuê bao băng rộng cố định đạt ${num(ctx, "SUBS_FIXED_BROADBAND")} thuê bao.`,
      () =>
        `Hạ tầng viễn thông tiếp tục được đầu tư: ${num(ctx, "SUBS_MOBILE")} thuê bao di động (${num(ctx, "SUBS_MOBILE_BROADBAND")} thuê bao băng rộng di động), ${num(ctx, "SUBS_FIXED_BROADBAND")} thuê bao băng rộng cố định.`,
    ),
    `Toàn tỉnh có ${num(ctx, "BTS_TOTAL")} trạm BTS, trong đó ${num(ctx, "BTS_4G")} trạm 4G${figure(ctx, "BTS_5G") > 0 ? ` và ${num(ctx, "BTS_5G")} trạm 5G` : "; chưa có trạm 5G được lắp đặt (0 trạm)"}; doanh thu viễn thông trong kỳ ước đạt ${num(ctx, "TELECOM_REVENUE")} triệu đồng.`,
    choose(
      ctx,
      () =>
        `Ban hành ${cite(ctx, "department", "Công văn", "BCVT")} đề nghị các doanh nghiệp viễn thông bảo đảm thông tin liên lạc phục vụ phòng, chống thiên tai và chuẩn bị phương án ứng cứu thông tin.`,
      () =>
        `Phối hợp các doanh nghiệp viễn thông rà soát các cột ăng ten không bảo đảm an toàn, thúc đẩy chia sẻ, dùng chung hạ tầng kỹ thuật viễn thông thụ động theo ${cite(ctx, "ministry", "Công văn")}.`,
    ),
  ];
  if (has(ctx, "INTERNET_USERS")) items.push(`Số người sử dụng Internet ước đạt ${num(ctx, "INTERNET_USERS")} người.`);
  return items;
};

const egov: SectionWriter = (ctx) => {
  const items = [
    choose(
      ctx,
      () =>
        `Hệ thống quản lý văn bản và điều hành hoạt động ổn định với ${num(ctx, "DMS_USERS")} người dùng. Tổng văn bản đi trong kỳ: ${num(ctx, "DOC_OUT")} văn bản, ký số ${num(ctx, "DOC_SIGNED")} văn bản (tỷ lệ ${pct(ctx, "DOC_SIGNED_RATE")}).`,
      () =>
        `Hệ thống quản lý văn bản và điều hành: tổng số người dùng là ${num(ctx, "DMS_USERS")}; trong kỳ phát hành ${num(ctx, "DOC_OUT")} văn bản đi, trong đó ${num(ctx, "DOC_SIGNED")} văn bản được ký số, đạt tỷ lệ ${pct(ctx, "DOC_SIGNED_RATE")}.`,
    ),
    `Hệ thống thư điện tử công vụ (mail.${ctx.department.mailDomain}): cấp mới ${num(ctx, "EMAIL_NEW")} tài khoản, nâng tổng số hộp thư cấp cho cán bộ, công chức, viên chức lên ${num(ctx, "EMAIL_TOTAL")} hộp thư.`,
    `Chứng thư số chuyên dùng: cấp mới ${num(ctx, "CERT_ISSUED")} chứng thư số (${num(ctx, "CERT_ISSUED:organisation")} tổ chức, ${num(ctx, "CERT_ISSUED:personal")} cá nhân), thu hồi ${num(ctx, "CERT_REVOKED")} chứng thư số, nâng tổng số lên ${num(ctx, "CERT_TOTAL")} chứng thư số (${num(ctx, "CERT_TOTAL:organisation")} chứng thư số tổ chức; ${num(ctx, "CERT_TOTAL:personal")} chứng thư số cá nhân).`,
    `Cổng dịch vụ công của tỉnh cung cấp ${num(ctx, "PS_TOTAL")} dịch vụ công, trong đó ${num(ctx, "PS_ONLINE")} dịch vụ công trực tuyến (toàn trình: ${num(ctx, "PS_ONLINE:full")}; một phần: ${num(ctx, "PS_ONLINE:partial")}), tỷ lệ ${pct(ctx, "PS_ONLINE_RATE")}.`,
    choose(
      ctx,
      () =>
        `Trong kỳ, hệ thống tiếp nhận ${num(ctx, "DOSSIER_RECEIVED")} hồ sơ (${num(ctx, "DOSSIER_ONLINE")} hồ sơ trực tuyến, ${num(ctx, "DOSSIER_IN_PERSON")} hồ sơ trực tiếp), tỷ lệ hồ sơ trực tuyến đạt ${pct(ctx, "DOSSIER_ONLINE_RATE")}; đã giải quyết ${num(ctx, "DOSSIER_RESOLVED")} hồ sơ, trong đó ${num(ctx, "DOSSIER_ON_TIME")} hồ sơ đúng hạn (tỷ lệ ${pct(ctx, "DOSSIER_ON_TIME_RATE")}); ${num(ctx, "DOSSIER_PENDING")} hồ sơ đang giải quyết.`,
      () =>
        `Tiếp nhận ${num(ctx, "DOSSIER_RECEIVED")} hồ sơ thủ tục hành chính, gồm ${num(ctx, "DOSSIER_IN_PERSON")} hồ sơ trực tiếp và ${num(ctx, "DOSSIER_ONLINE")} hồ sơ trực tuyến (tỷ lệ ${pct(ctx, "DOSSIER_ONLINE_RATE")}). Đã giải quyết ${num(ctx, "DOSSIER_RESOLVED")} hồ sơ, đúng hạn ${num(ctx, "DOSSIER_ON_TIME")} hồ sơ (đạt ${pct(ctx, "DOSSIER_ON_TIME_RATE")}); còn ${num(ctx, "DOSSIER_PENDING")} hồ sơ trong quá trình giải quyết.`,
    ),
    choose(
      ctx,
      () =>
        `Tham mưu UBND tỉnh ban hành ${cite(ctx, "province", "Kế hoạch")} về chuyển đổi số, phát triển chính quyền số năm ${ctx.periodLabel.slice(-4)}.`,
      () =>
        `Triển khai ${cite(ctx, "ministry", "Công văn")} về kết nối, chia sẻ dữ liệu giữa nền tảng tích hợp, chia sẻ dữ liệu của tỉnh (LGSP) với các hệ thống thông tin quốc gia.`,
      () =>
        `Ban hành ${cite(ctx, "department", "Công văn", "CNTT")} đôn đốc các cơ quan, địa phương sử dụng chữ ký số, gửi nhận văn bản điện tử qua Trục liên thông văn bản quốc gia.`,
    ),
  ];
  if (has(ctx, "DX_COMMUNITY_TEAMS")) {
    items.push(
      `Duy trì hoạt động của ${num(ctx, "DX_COMMUNITY_TEAMS")} tổ công nghệ số cộng đồng, hỗ trợ người dân sử dụng dịch vụ công trực tuyến và các nền tảng số.`,
    );
  }
  return items;
};

const security: SectionWriter = (ctx) => {
  const items = [
    `Hệ thống phòng, chống mã độc tập trung của tỉnh bảo vệ ${num(ctx, "AV_COMPUTERS")} máy tính; trong kỳ phát hiện ${num(ctx, "MALWARE_ALERTS")} lượt cảnh báo mã độc, trong đó ${num(ctx, "MALWARE_ALERTS:low")} cảnh báo mức độ thấp, ${num(ctx, "MALWARE_ALERTS:medium")} cảnh báo mức độ trung bình và ${num(ctx, "MALWARE_ALERTS:high")} cảnh báo mức độ cao. Các cảnh báo đã được xem xét, xử lý kịp thời.`,
    choose(
      ctx,
      () =>
        `Hệ thống giám sát an toàn thông tin đã ngăn chặn ${num(ctx, "ATTACKS_BLOCKED")} lượt tấn công vào các hệ thống thông tin của tỉnh; không để xảy ra sự cố nghiêm trọng.`,
      () =>
        `Phối hợp Trung tâm Giám sát an toàn không gian mạng quốc gia ngăn chặn ${num(ctx, "ATTACKS_BLOCKED")} lượt tấn công mạng, cảnh báo lỗ hổng tới các cơ quan, đơn vị.`,
    ),
    `Ban hành ${cite(ctx, "department", "Công văn", "CNTT")} đề nghị các cơ quan, địa phương rà soát, khắc phục lỗ hổng bảo mật và tham gia chiến dịch rà quét, bóc gỡ mã độc.`,
  ];
  if (has(ctx, "SYSTEMS_TOTAL")) {
    items.push(
      `Đã phê duyệt cấp độ an toàn cho ${num(ctx, "SYSTEMS_LEVEL_APPROVED")}/${num(ctx, "SYSTEMS_TOTAL")} hệ thống thông tin (tỷ lệ ${pct(ctx, "SYSTEMS_LEVEL_RATE")}).`,
    );
  }
  return items;
};

const TRANSFERRED =
  "Từ ngày 01/3/2025, chức năng quản lý nhà nước về báo chí, xuất bản, thông tin cơ sở và thông tin đối ngoại được chuyển giao về Sở Văn hóa, Thể thao và Du lịch; Sở phối hợp cung cấp thông tin khi được đề nghị.";

const press: SectionWriter = (ctx) => {
  if (ctx.isPressTransferred) return [TRANSFERRED];
  const items = [
    `Ban hành ${count(ctx, "PRESS_GUIDANCE_DOCS")} văn bản định hướng tuyên truyền cho báo, đài địa phương, trong đó có ${cite(ctx, "department", "Công văn", "TTBCXB")} về tuyên truyền các nhiệm vụ chính trị trọng tâm của tỉnh.`,
    choose(
      ctx,
      () => `Cổng thông tin điện tử tỉnh đăng tải ${num(ctx, "PORTAL_POSTS")} tin, bài, văn bản các loại.`,
      () =>
        `Trong kỳ, Cổng thông tin điện tử tỉnh đã đăng ${num(ctx, "PORTAL_POSTS")} tin, bài phản ánh hoạt động chỉ đạo, điều hành của tỉnh.`,
    ),
    `Cấp ${count(ctx, "PUBLISHING_LICENCES")} giấy phép xuất bản tài liệu không kinh doanh (${count(ctx, "PUBLISHING_LICENCES:online")} hồ sơ trực tuyến; ${count(ctx, "PUBLISHING_LICENCES:in_person")} hồ sơ trực tiếp), nâng tổng số giấy phép cấp đến nay là ${num(ctx, "PUBLISHING_LICENCES_TOTAL")} giấy phép.`,
  ];
  if (has(ctx, "PRESS_AGENCIES"))
    items.push(
      `Trên địa bàn có ${count(ctx, "PRESS_AGENCIES")} cơ quan báo chí địa phương hoạt động đúng tôn chỉ, mục đích.`,
    );
  return items;
};

const grassroots: SectionWriter = (ctx) => {
  if (ctx.isPressTransferred) return [TRANSFERRED];
  return [
    choose(
      ctx,
      () =>
        `Toàn tỉnh có ${num(ctx, "COMMUNE_RADIO")} đài truyền thanh cấp xã, trong đó ${num(ctx, "COMMUNE_RADIO_IP")} đài ứng dụng công nghệ thông tin - viễn thông (tỷ lệ ${pct(ctx, "COMMUNE_RADIO_IP_RATE")}).`,
      () =>
        `Hệ thống ${num(ctx, "COMMUNE_RADIO")} đài truyền thanh cấp xã duy trì tiếp sóng và phát chương trình tự sản xuất; ${num(ctx, "COMMUNE_RADIO_IP")} đài đã chuyển sang truyền thanh ứng dụng CNTT - viễn thông, đạt ${pct(ctx, "COMMUNE_RADIO_IP_RATE")}.`,
    ),
    "Hướng dẫn các xã, phường nội dung tuyên truyền trên hệ thống truyền thanh cơ sở, bảng tin công cộng và bản tin thông tin cơ sở.",
  ];
};

const foreignInfo: SectionWriter = (ctx) => {
  if (ctx.isPressTransferred) return [TRANSFERRED];
  return [
    choose(
      ctx,
      () =>
        `Đăng tải ${num(ctx, "FOREIGN_INFO_ITEMS")} tin, bài thông tin đối ngoại giới thiệu tiềm năng, hình ảnh con người ${ctx.department.provinceName}.`,
      () =>
        `Phối hợp các cơ quan báo chí thực hiện ${num(ctx, "FOREIGN_INFO_ITEMS")} tin, bài thông tin đối ngoại; hướng dẫn hoạt động của phóng viên nước ngoài theo quy định.`,
    ),
  ];
};

const inspection: SectionWriter = (ctx) => [
  `Thanh tra chuyên ngành: ${countOrNone(ctx, "INSPECTIONS", "cuộc")}; kiểm tra: ${countOrNone(ctx, "CHECKS", "cuộc")}; phát hiện vi phạm: ${countOrNone(ctx, "VIOLATIONS", "trường hợp")}; ${figure(ctx, "FINES") > 0 ? `xử phạt vi phạm hành chính số tiền ${num(ctx, "FINES")} triệu đồng` : "không phát sinh tiền xử phạt vi phạm hành chính"}.`,
  `Tiếp công dân: ${countOrNone(ctx, "CITIZENS_RECEIVED", "lượt")}. Đơn khiếu nại: ${countOrNone(ctx, "COMPLAINTS", "đơn")}; đơn tố cáo: ${countOrNone(ctx, "DENUNCIATIONS", "đơn")}; đơn phản ánh, kiến nghị: ${countOrNone(ctx, "PETITIONS", "đơn")}. Các đơn thuộc thẩm quyền đã được xem xét, giải quyết theo quy định.`,
];

const staff: SectionWriter = (ctx) => [
  figure(ctx, "TRAINING_COURSES") === 0
    ? `Trong kỳ không tổ chức lớp tập huấn; cử công chức, viên chức tham gia các lớp bồi dưỡng do cấp trên tổ chức (không có học viên do Sở tổ chức).`
    : `Tổ chức ${count(ctx, "TRAINING_COURSES")} lớp tập huấn, bồi dưỡng kỹ năng số, an toàn thông tin cho ${num(ctx, "TRAINEES")} học viên là cán bộ, công chức các cơ quan, địa phương.`,
  "Thực hiện quy trình bổ nhiệm, bổ nhiệm lại, nâng lương và chế độ chính sách cho công chức, viên chức, người lao động theo quy định.",
];

const office: SectionWriter = (ctx) => [
  `Thực hiện ${num(ctx, "REPORTS_SUBMITTED")} báo cáo định kỳ, đột xuất gửi Bộ, Tỉnh ủy, UBND tỉnh; góp ý các dự thảo văn bản của bộ, ngành trung ương và của tỉnh.`,
  choose(
    ctx,
    () =>
      "Duy trì nền nếp hành chính, bảo đảm các điều kiện phục vụ hoạt động của cơ quan; thực hiện công tác văn thư, lưu trữ trên môi trường điện tử.",
    () =>
      `Triển khai ${cite(ctx, "department", "Kế hoạch")} thực hiện công tác cải cách hành chính, thi đua, khen thưởng của Sở.`,
  ),
];

const advisory: SectionWriter = (ctx) => [
  `Tham mưu UBND tỉnh ban hành ${cite(ctx, "province", "Kế hoạch")} triển khai nhiệm vụ chuyển đổi số trên địa bàn ${province(ctx)}.`,
  `Tham mưu UBND tỉnh ban hành ${cite(ctx, "province", "Quyết định")} phê duyệt danh mục hệ thống thông tin và cấp độ an toàn thông tin.`,
  `Báo cáo UBND tỉnh tình hình thực hiện các chỉ tiêu phát triển hạ tầng số của tỉnh (${cite(ctx, "department", "Công văn", "VP")}).`,
];

/** Qualitative activities a division reports besides its figures; one or two appear per report. */
const ACTIVITIES: Record<string, ((ctx: NarrativeContext) => string)[]> = {
  "buu-chinh": [
    () =>
      "Kiểm tra, nắm tình hình hoạt động của các điểm bưu điện - văn hóa xã; đôn đốc doanh nghiệp khôi phục các điểm tạm ngừng hoạt động.",
    (ctx) => `Góp ý dự thảo văn bản của Bộ về quản lý dịch vụ bưu chính theo ${cite(ctx, "ministry", "Công văn")}.`,
    () =>
      "Phối hợp Cục Quản lý thị trường kiểm tra việc chấp nhận, vận chuyển bưu gửi thương mại điện tử trên địa bàn.",
  ],
  "vien-thong": [
    () => "Xác nhận mức độ đạt tiêu chí thông tin và truyền thông trong xây dựng nông thôn mới cho các xã đăng ký.",
    (ctx) =>
      `Hướng dẫn doanh nghiệp lập hồ sơ cấp phép xây dựng trạm thu phát sóng theo ${cite(ctx, "province", "Quyết định")}.`,
    () => "Theo dõi chất lượng dịch vụ viễn thông, xử lý phản ánh của người dân về vùng lõm sóng di động.",
  ],
  cntt: [
    () =>
      "Vận hành ổn định Trung tâm dữ liệu của tỉnh, Trung tâm giám sát, điều hành đô thị thông minh (IOC) và các nền tảng dùng chung.",
    (ctx) =>
      `Tổ chức đánh giá, xếp hạng mức độ chuyển đổi số của các sở, ngành, địa phương theo ${cite(ctx, "department", "Kế hoạch")}.`,
    () =>
      "Hỗ trợ các cơ quan cấu hình quy trình điện tử, đồng bộ dữ liệu hồ sơ thủ tục hành chính lên Cổng Dịch vụ công quốc gia.",
  ],
  attt: [
    () =>
      "Duy trì giám sát an toàn thông tin thường xuyên, liên tục đối với Trung tâm dữ liệu, Cổng thông tin điện tử và hệ thống quản lý văn bản của tỉnh.",
    (ctx) =>
      `Triển khai ${cite(ctx, "ministry", "Công văn")} về cảnh báo lỗ hổng bảo mật nghiêm trọng trên các sản phẩm phổ biến.`,
  ],
  "thanh-tra": [
    (ctx) => `Ban hành ${cite(ctx, "department", "Quyết định")} phê duyệt kế hoạch thanh tra, kiểm tra chuyên ngành.`,
    () => "Phối hợp Công an tỉnh xác minh, xử lý các trường hợp đăng tải thông tin sai sự thật trên mạng xã hội.",
  ],
  "van-phong": [
    () =>
      "Thực hiện tốt công tác văn thư, lưu trữ; toàn bộ văn bản đi của Sở được ký số và phát hành trên môi trường điện tử.",
    () => "Bảo đảm cơ sở vật chất, kinh phí phục vụ hoạt động thường xuyên của cơ quan.",
  ],
};

/** Adds one qualitative activity (two in a quarter) after a section's figures. */
function withActivities(key: string, writer: SectionWriter): SectionWriter {
  return (ctx) => {
    const items = writer(ctx);
    if (ctx.isPressTransferred && (key === "bao-chi" || key === "ttcs" || key === "ttdn")) return items;
    const pool = [...(ACTIVITIES[key] ?? [])];
    for (let i = 0; i < (ctx.isMonthly ? 1 : 2) && pool.length > 0; i++) {
      const [activity] = pool.splice(ctx.rng.int(0, pool.length - 1), 1);
      if (activity) items.push(activity(ctx));
    }
    return items;
  };
}

/** Narrative section writers of the demo, by outline key. */
export const sectionWriters: Record<string, SectionWriter> = {
  "buu-chinh": withActivities("buu-chinh", postal),
  "vien-thong": withActivities("vien-thong", telecom),
  cntt: withActivities("cntt", egov),
  attt: withActivities("attt", security),
  "bao-chi": press,
  ttcs: grassroots,
  ttdn: foreignInfo,
  "thanh-tra": withActivities("thanh-tra", inspection),
  "to-chuc": staff,
  "van-phong": withActivities("van-phong", office),
  "tham-muu": advisory,
  "tong-hop": (ctx) => [
    ctx.rng.pick([
      "Các công tác thanh tra, tổ chức cán bộ, văn phòng được thực hiện đúng kế hoạch.",
      "Công tác tham mưu tổng hợp, thanh tra và tổ chức cán bộ được duy trì thường xuyên, nền nếp.",
    ]),
  ],
};
