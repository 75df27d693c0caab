import type { DisaggregationDefinition, IndicatorDefinition } from "../../domain/indicator.js";
import { flow, money, ratio, stock } from "./define-indicator.js";

const inspectionKind: DisaggregationDefinition[] = [
  { dimension: "kind", code: "scheduled", name: "Theo kế hoạch", keywords: ["theo ke hoach", "dinh ky"] },
  { dimension: "kind", code: "ad_hoc", name: "Đột xuất", keywords: ["dot xuat"] },
];

const receptionKind: DisaggregationDefinition[] = [
  { dimension: "kind", code: "periodic", name: "Định kỳ", keywords: ["dinh ky"] },
  { dimension: "kind", code: "regular", name: "Thường xuyên", keywords: ["thuong xuyen"] },
];

const awardLevel: DisaggregationDefinition[] = [
  { dimension: "level", code: "grassroots", name: "Cấp cơ sở", keywords: ["cap co so", "co so"] },
  { dimension: "level", code: "province", name: "Cấp tỉnh", keywords: ["cap tinh"] },
  { dimension: "level", code: "ministry", name: "Cấp bộ", keywords: ["cap bo", "bo truong"] },
  { dimension: "level", code: "national", name: "Toàn quốc", keywords: ["toan quoc", "thu tuong"] },
];

/** Inspection, citizen reception, complaints (division field "thanh-tra"). */
export const inspectionIndicators: IndicatorDefinition[] = [
  flow("INSPECTIONS", "Cuộc thanh tra chuyên ngành", "thanh-tra", "cuộc", ["thanh tra", "cuoc thanh tra"], {
    disaggregations: inspectionKind,
  }),
  flow("CHECKS", "Cuộc kiểm tra chuyên ngành", "thanh-tra", "cuộc", ["kiem tra", "cuoc kiem tra", "doan kiem tra"], {
    disaggregations: inspectionKind,
  }),
  flow("INSPECTED_ENTITIES", "Tổ chức, cá nhân được thanh tra, kiểm tra", "thanh-tra", "tổ chức, cá nhân", [
    "to chuc ca nhan duoc thanh tra",
    "duoc thanh tra kiem tra",
    "doi tuong duoc kiem tra",
  ]),
  flow("VIOLATIONS", "Trường hợp vi phạm phát hiện", "thanh-tra", "trường hợp", [
    "vi pham",
    "phat hien vi pham",
    "truong hop vi pham",
    "xu ly vi pham",
  ]),
  flow("SANCTION_DECISIONS", "Quyết định xử phạt vi phạm hành chính", "thanh-tra", "quyết định", [
    "quyet dinh xu phat",
    "xu phat vi pham hanh chinh",
  ]),
  money("FINES", "Tiền xử phạt vi phạm hành chính", "thanh-tra", [
    "xu phat",
    "tien phat",
    "so tien",
    "nop ngan sach",
    "phat tien",
  ]),
  flow(
    "CITIZENS_RECEIVED",
    "Lượt tiếp công dân",
    "thanh-tra",
    "lượt",
    ["tiep cong dan", "luot tiep cong dan", "luot nguoi"],
    {
      disaggregations: receptionKind,
    },
  ),
  flow("COMPLAINTS", "Đơn khiếu nại tiếp nhận", "thanh-tra", "đơn", ["khieu nai", "don khieu nai"]),
  flow("DENUNCIATIONS", "Đơn tố cáo tiếp nhận", "thanh-tra", "đơn", ["to cao", "don to cao"]),
  flow("PETITIONS", "Đơn phản ánh, kiến nghị tiếp nhận", "thanh-tra", "đơn", [
    "phan anh kien nghi",
    "don phan anh",
    "don kien nghi",
  ]),
  flow("PETITIONS_RESOLVED", "Đơn khiếu nại, tố cáo, phản ánh đã giải quyết", "thanh-tra", "đơn", [
    "don da giai quyet",
    "giai quyet don",
    "ket qua giai quyet",
  ]),
];

/** Organisation and staff, training (division field "to-chuc"). */
export const staffIndicators: IndicatorDefinition[] = [
  stock("STAFF_TOTAL", "Công chức, viên chức và người lao động của Sở", "to-chuc", "người", [
    "cong chuc vien chuc",
    "bien che",
    "nguoi lao dong",
  ]),
  flow("TRAINING_COURSES", "Lớp tập huấn, bồi dưỡng tổ chức", "to-chuc", "lớp", [
    "lop tap huan",
    "lop boi duong",
    "tap huan",
    "lop dao tao",
  ]),
  flow("TRAINEES", "Học viên tham gia tập huấn, bồi dưỡng", "to-chuc", "học viên", [
    "hoc vien",
    "luot hoc vien",
    "dai bieu tham du",
  ]),
  flow("STAFF_IN_TRAINING", "Công chức, viên chức được cử đi đào tạo, bồi dưỡng", "to-chuc", "người", [
    "cu di hoc",
    "di hoc",
    "hoc lop",
    "trung cap ly luan chinh tri",
    "boi duong kien thuc",
  ]),
  flow("APPOINTMENTS", "Công chức, viên chức được bổ nhiệm, bổ nhiệm lại", "to-chuc", "người", [
    "bo nhiem",
    "bo nhiem lai",
  ]),
];

/** Office, investment and emulation and rewards (division field "van-phong"). */
export const officeIndicators: IndicatorDefinition[] = [
  flow("REPORTS_SUBMITTED", "Báo cáo định kỳ, đột xuất gửi cấp trên", "van-phong", "báo cáo", [
    "bao cao dinh ky",
    "bao cao dot xuat",
    "bao cao",
  ]),
  stock("INVESTMENT_PROJECTS", "Dự án đầu tư công đang triển khai", "van-phong", "dự án", [
    "du an dau tu cong",
    "du an",
  ]),
  stock(
    "CAPITAL_PLANNED",
    "Kế hoạch vốn đầu tư công được giao trong năm",
    "van-phong",
    "triệu đồng",
    ["ke hoach von", "von duoc giao"],
    { valueType: "money" },
  ),
  stock(
    "CAPITAL_DISBURSED",
    "Vốn đầu tư công đã giải ngân từ đầu năm",
    "van-phong",
    "triệu đồng",
    ["giai ngan", "von da giai ngan"],
    { valueType: "money" },
  ),
  ratio("DISBURSEMENT_RATE", "Tỷ lệ giải ngân vốn đầu tư công", "van-phong", "CAPITAL_DISBURSED", "CAPITAL_PLANNED", [
    "ty le giai ngan",
  ]),
  flow("AWARD_MERIT", "Bằng khen", "van-phong", "bằng khen", ["bang khen"], { disaggregations: awardLevel }),
  flow("AWARD_CERTIFICATE", "Giấy khen của Giám đốc Sở", "van-phong", "giấy khen", ["giay khen"]),
  flow("AWARD_FLAG", "Cờ thi đua", "van-phong", "cờ", ["co thi dua"], { disaggregations: awardLevel }),
  flow("AWARD_EMULATION_SOLDIER", "Chiến sĩ thi đua", "van-phong", "cá nhân", ["chien si thi dua"], {
    disaggregations: awardLevel,
  }),
  flow("AWARD_EXCELLENT_COLLECTIVE", "Tập thể lao động xuất sắc", "van-phong", "tập thể", [
    "tap the lao dong xuat sac",
  ]),
  flow("AWARD_ADVANCED_COLLECTIVE", "Tập thể lao động tiên tiến", "van-phong", "tập thể", [
    "tap the lao dong tien tien",
  ]),
  flow("AWARD_ADVANCED_WORKER", "Lao động tiên tiến", "van-phong", "cá nhân", ["lao dong tien tien"]),
  flow("AWARD_LABOUR_MEDAL", "Huân chương Lao động", "van-phong", "huân chương", [
    "huan chuong lao dong",
    "huan chuong",
  ]),
  flow("AWARD_ICT_MEDAL", "Kỷ niệm chương Vì sự nghiệp", "van-phong", "kỷ niệm chương", [
    "ky niem chuong",
    "vi su nghiep",
  ]),
  flow("INITIATIVES_RECOGNISED", "Sáng kiến được công nhận", "van-phong", "sáng kiến", [
    "sang kien",
    "sang kien duoc cong nhan",
  ]),
  flow("EMULATION_MOVEMENTS", "Phong trào thi đua được phát động", "van-phong", "phong trào", [
    "phong trao thi dua",
    "phat dong thi dua",
  ]),
];
