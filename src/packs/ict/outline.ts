import type { OutlineSection } from "../../domain/regime.js";

/** The sector sections every ICT report covers, in the order real reports list them. */
const fieldSections: { key: string; title: string; divisionField: string }[] = [
  { key: "buu-chinh", title: "Lĩnh vực bưu chính", divisionField: "buu-chinh" },
  { key: "vien-thong", title: "Lĩnh vực viễn thông, Internet", divisionField: "vien-thong" },
  {
    key: "cntt",
    title: "Lĩnh vực công nghệ thông tin, xây dựng chính quyền điện tử và chuyển đổi số",
    divisionField: "cntt",
  },
  { key: "attt", title: "Lĩnh vực an toàn thông tin", divisionField: "attt" },
  { key: "bao-chi", title: "Lĩnh vực báo chí, xuất bản, in và phát hành", divisionField: "bao-chi" },
  { key: "ttcs", title: "Thông tin cơ sở", divisionField: "ttcs" },
  { key: "ttdn", title: "Thông tin đối ngoại", divisionField: "ttdn" },
];

const generalSections: { key: string; title: string; divisionField: string }[] = [
  { key: "thanh-tra", title: "Công tác thanh tra, kiểm tra, tiếp công dân", divisionField: "thanh-tra" },
  { key: "to-chuc", title: "Công tác tổ chức cán bộ, đào tạo, bồi dưỡng", divisionField: "to-chuc" },
  { key: "van-phong", title: "Công tác văn phòng, tổng hợp", divisionField: "van-phong" },
];

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

function roman(index: number): string {
  const numeral = ROMAN[index];
  if (!numeral) throw new Error(`No Roman numeral for ${index + 1}`);
  return numeral;
}

function top(index: number, key: string, title: string, contentKind: OutlineSection["contentKind"]): OutlineSection {
  return { key, parentKey: null, number: roman(index), title, level: 1, divisionField: null, contentKind };
}

function children(parentKey: string, items: { key: string; title: string; divisionField: string | null }[], first = 1) {
  return items.map(
    (item, i): OutlineSection => ({
      key: item.key,
      parentKey,
      number: String(first + i),
      title: item.title,
      level: 2,
      divisionField: item.divisionField,
      contentKind: "narrative",
    }),
  );
}

/** Which parts an outline has beyond the sector sections; the titles name the period in words. */
interface OutlineOptions {
  resultsTitle: string;
  generalTitle: string;
  /** Monthly reports first say what became of last period's planned tasks. */
  withTaskOutcomes: boolean;
  /** The briefing report opens its results with what the department proposed to the province. */
  withAdvisory: boolean;
  tasksTitle: string;
}

function buildOutline(options: OutlineOptions): OutlineSection[] {
  const sections: OutlineSection[] = [];
  let index = 0;
  if (options.withTaskOutcomes) {
    sections.push(top(index++, "ket-qua-ky-truoc", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ KỲ TRƯỚC", "task_outcomes"));
  }
  sections.push(top(index++, "qlnn", options.resultsTitle, "narrative"));
  const advisory = options.withAdvisory
    ? [{ key: "tham-muu", title: "Công tác tham mưu Tỉnh ủy, UBND tỉnh ban hành văn bản", divisionField: null }]
    : [];
  sections.push(...children("qlnn", [...advisory, ...fieldSections]));
  sections.push(top(index++, "tong-hop", options.generalTitle, "narrative"));
  sections.push(...children("tong-hop", generalSections));
  sections.push(top(index++, "ton-tai", "TỒN TẠI, KHÓ KHĂN, VƯỚNG MẮC", "difficulties"));
  sections.push(top(index++, "kien-nghi", "KIẾN NGHỊ, ĐỀ XUẤT", "recommendations"));
  sections.push(top(index++, "nhiem-vu", options.tasksTitle, "tasks"));
  return sections;
}

/** Monthly report: results by field, then last month's tasks, difficulties, proposals and next month's tasks. */
export const monthlyOutline: OutlineSection[] = buildOutline({
  resultsTitle: "KẾT QUẢ CÔNG TÁC QUẢN LÝ NHÀ NƯỚC TRONG THÁNG",
  generalTitle: "CÔNG TÁC THANH TRA, TỔ CHỨC VÀ VĂN PHÒNG",
  withTaskOutcomes: true,
  withAdvisory: false,
  tasksTitle: "PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM THÁNG TỚI",
});

/** Quarterly report for the ministry's state-management briefing (giao ban quản lý nhà nước). */
export const quarterlyOutline: OutlineSection[] = buildOutline({
  resultsTitle: "KẾT QUẢ NỔI BẬT CÔNG TÁC QUẢN LÝ NHÀ NƯỚC TRONG QUÝ",
  generalTitle: "CÔNG TÁC THANH TRA, TỔ CHỨC VÀ VĂN PHÒNG",
  withTaskOutcomes: false,
  withAdvisory: true,
  tasksTitle: "NHIỆM VỤ CÔNG TÁC TRỌNG TÂM QUÝ TỚI",
});

/** Six-month report: the first half's results and the tasks of the last six months of the year. */
export const halfYearOutline: OutlineSection[] = buildOutline({
  resultsTitle: "KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM",
  generalTitle: "CÔNG TÁC THANH TRA, TỔ CHỨC VÀ VĂN PHÒNG",
  withTaskOutcomes: false,
  withAdvisory: true,
  tasksTitle: "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM",
});

/** Annual report: the year's results and the next year's tasks. */
export const annualOutline: OutlineSection[] = buildOutline({
  resultsTitle: "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM",
  generalTitle: "CÔNG TÁC THANH TRA, TỔ CHỨC VÀ VĂN PHÒNG",
  withTaskOutcomes: false,
  withAdvisory: true,
  tasksTitle: "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM TỚI",
});

/** Emulation and reward report (thi đua, khen thưởng): written by the office for the whole department. */
export const emulationOutline: OutlineSection[] = [
  top(0, "dac-diem", "ĐẶC ĐIỂM TÌNH HÌNH", "narrative"),
  top(1, "phong-trao", "KẾT QUẢ TỔ CHỨC CÁC PHONG TRÀO THI ĐUA", "narrative"),
  ...children("phong-trao", [
    { key: "chi-dao", title: "Công tác chỉ đạo, tổ chức phát động thi đua", divisionField: "van-phong" },
    { key: "phong-trao-cu-the", title: "Kết quả các phong trào thi đua", divisionField: "van-phong" },
    { key: "dien-hinh", title: "Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến", divisionField: "to-chuc" },
  ]),
  top(2, "khen-thuong", "CÔNG TÁC KHEN THƯỞNG", "narrative"),
  ...children("khen-thuong", [
    { key: "khen-thuong-ket-qua", title: "Kết quả khen thưởng", divisionField: "van-phong" },
    { key: "sang-kien", title: "Công tác công nhận sáng kiến", divisionField: "to-chuc" },
  ]),
  top(3, "ton-tai", "TỒN TẠI, HẠN CHẾ", "difficulties"),
  top(4, "kien-nghi", "KIẾN NGHỊ, ĐỀ XUẤT", "recommendations"),
  top(5, "nhiem-vu", "PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM TỚI", "tasks"),
];
