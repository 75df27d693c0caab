import type { CutoffRule, DeadlineRule, RegimeDefinition, RegimeIndicatorRef } from "../../domain/regime.js";
import { annualOutline, emulationOutline, halfYearOutline, monthlyOutline, quarterlyOutline } from "./outline.js";

const ICT_BASIS =
  "Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ quy định về chế độ báo cáo của cơ quan hành chính nhà nước; " +
  "Thông tư số 02/2023/TT-BTTTT của Bộ trưởng Bộ Thông tin và Truyền thông quy định chế độ báo cáo định kỳ của ngành thông tin và truyền thông";

const SEND_METHOD =
  "Hệ thống thông tin báo cáo của Bộ và của tỉnh; văn bản điện tử có chữ ký số gửi qua Trục liên thông văn bản";

// Circular 02/2023/TT-BTTTT is taken as in force for these regimes from this date (the demo data starts later).
const VALID_FROM = "2023-05-01";

/** Decree 09 Art. 12 default: a monthly report covers the 15th of the previous month to the 14th of its month. */
const DEFAULT_CUTOFF: CutoffRule = { startDay: 15, endDay: 14, startInPreviousMonth: true };

// The quarterly (6th of the quarter's last month), 6-month (6 June) and annual (25 November) deadlines all fall
// before the 14th of the period's last month, so the default window cannot close in time. We keep the 15 → 14
// days and move every such window one month earlier (Q3 = 15/5 → 14/8, H1 = 15/11 → 14/5, year = 15/11 → 14/11):
// windows still chain without gap or overlap, each quarter is exactly three monthly windows, the half-year and the
// year stay consistent with each other, and the deadline leaves more than one working day after the cut-off.
const SHIFTED_CUTOFF: CutoffRule = { ...DEFAULT_CUTOFF, monthShift: -1 };

function deadlines(department: Omit<DeadlineRule, "level">, ministryUnit: Omit<DeadlineRule, "level">): DeadlineRule[] {
  return [
    { level: "department", moveToNextWorkingDay: true, ...department },
    { level: "ministry_unit", moveToNextWorkingDay: true, ...ministryUnit },
  ];
}

function refs(sectionKey: string, codes: string[], isRequired = true): RegimeIndicatorRef[] {
  return codes.map((indicatorCode) => ({ indicatorCode, sectionKey, isRequired }));
}

/** The form (biểu mẫu) every periodic ICT report fills, by outline section. */
const baseForm: RegimeIndicatorRef[] = [
  ...refs("buu-chinh", ["POSTAL_POINTS", "POSTAL_PUBLIC_DOSSIERS", "POSTAL_REVENUE"]),
  ...refs("vien-thong", [
    "SUBS_MOBILE",
    "SUBS_MOBILE_BROADBAND",
    "SUBS_FIXED_BROADBAND",
    "BTS_TOTAL",
    "BTS_4G",
    "BTS_5G",
  ]),
  ...refs("vien-thong", ["TELECOM_REVENUE"]),
  ...refs("cntt", ["DMS_USERS", "DOC_OUT", "DOC_SIGNED", "DOC_SIGNED_RATE", "EMAIL_NEW", "EMAIL_TOTAL"]),
  ...refs("cntt", ["CERT_ISSUED", "CERT_REVOKED", "CERT_TOTAL", "PS_TOTAL", "PS_ONLINE", "PS_ONLINE_RATE"]),
  ...refs("cntt", ["DOSSIER_RECEIVED", "DOSSIER_ONLINE", "DOSSIER_IN_PERSON", "DOSSIER_ONLINE_RATE"]),
  ...refs("cntt", ["DOSSIER_RESOLVED", "DOSSIER_ON_TIME", "DOSSIER_ON_TIME_RATE", "DOSSIER_PENDING"]),
  ...refs("attt", ["MALWARE_ALERTS", "AV_COMPUTERS", "ATTACKS_BLOCKED"]),
  ...refs("bao-chi", ["PRESS_GUIDANCE_DOCS", "PORTAL_POSTS", "PUBLISHING_LICENCES", "PUBLISHING_LICENCES_TOTAL"]),
  ...refs("ttcs", ["COMMUNE_RADIO", "COMMUNE_RADIO_IP", "COMMUNE_RADIO_IP_RATE"]),
  ...refs("ttdn", ["FOREIGN_INFO_ITEMS"]),
  ...refs("thanh-tra", ["INSPECTIONS", "CHECKS", "VIOLATIONS", "FINES", "CITIZENS_RECEIVED"]),
  ...refs("thanh-tra", ["COMPLAINTS", "DENUNCIATIONS", "PETITIONS"]),
  ...refs("to-chuc", ["TRAINING_COURSES", "TRAINEES"]),
  ...refs("van-phong", ["REPORTS_SUBMITTED"]),
];

/** Quarterly and longer reports add the slower-moving stocks. */
const quarterlyForm: RegimeIndicatorRef[] = [
  ...baseForm,
  ...refs("buu-chinh", ["POSTAL_ENTERPRISES"]),
  ...refs("vien-thong", ["INTERNET_USERS"]),
  ...refs("cntt", ["DX_COMMUNITY_TEAMS"]),
  ...refs("attt", ["SYSTEMS_TOTAL", "SYSTEMS_LEVEL_APPROVED", "SYSTEMS_LEVEL_RATE"]),
  ...refs("bao-chi", ["PRESS_AGENCIES"]),
];

const longForm: RegimeIndicatorRef[] = [
  ...quarterlyForm,
  ...refs("vien-thong", ["VILLAGES_TOTAL", "VILLAGES_MOBILE_COVERED", "MOBILE_COVERAGE_RATE"]),
  ...refs("cntt", ["DX_COMMUNITY_MEMBERS", "LGSP_TRANSACTIONS"]),
  ...refs("attt", ["SECURITY_DRILLS", "SECURITY_INCIDENTS"]),
  ...refs("to-chuc", ["STAFF_TOTAL", "STAFF_IN_TRAINING"]),
  ...refs("van-phong", ["CAPITAL_PLANNED", "CAPITAL_DISBURSED", "DISBURSEMENT_RATE"]),
];

const emulationForm: RegimeIndicatorRef[] = [
  ...refs("phong-trao-cu-the", ["EMULATION_MOVEMENTS"]),
  ...refs("khen-thuong-ket-qua", ["AWARD_MERIT", "AWARD_FLAG", "AWARD_EMULATION_SOLDIER", "AWARD_CERTIFICATE"]),
  ...refs("khen-thuong-ket-qua", ["AWARD_EXCELLENT_COLLECTIVE", "AWARD_ADVANCED_COLLECTIVE", "AWARD_ADVANCED_WORKER"]),
  ...refs("khen-thuong-ket-qua", ["AWARD_LABOUR_MEDAL", "AWARD_ICT_MEDAL"], false),
  ...refs("sang-kien", ["INITIATIVES_RECOGNISED"]),
];

const common = {
  kind: "periodic" as const,
  docType: "BC",
  legalBasis: ICT_BASIS,
  submittingUnitKinds: ["department" as const],
  receivingUnitKinds: ["ministry_unit" as const, "people_committee" as const],
  sendMethod: SEND_METHOD,
  validFrom: VALID_FROM,
  validTo: null,
};

/** The report regimes of the ICT sector pack: monthly, quarterly briefing, 6-month, annual, emulation and reward. */
export const ictRegimes: RegimeDefinition[] = [
  {
    ...common,
    code: "ICT-THANG",
    name: "Báo cáo tình hình hoạt động thông tin và truyền thông hằng tháng",
    frequency: "month",
    content:
      "Kết quả quản lý nhà nước trong tháng theo từng lĩnh vực, kết quả thực hiện nhiệm vụ tháng trước, tồn tại, kiến nghị và nhiệm vụ tháng tới; biểu số liệu kèm theo.",
    cutoff: DEFAULT_CUTOFF,
    deadlines: deadlines({ day: 15, monthOffset: 0 }, { day: 16, monthOffset: 0 }),
    outline: monthlyOutline,
    indicators: baseForm,
  },
  {
    ...common,
    code: "ICT-QUY",
    name: "Báo cáo phục vụ Hội nghị giao ban công tác quản lý nhà nước hằng quý của Bộ",
    frequency: "quarter",
    content:
      "Kết quả nổi bật công tác quản lý nhà nước trong quý, công tác tham mưu, tồn tại, khó khăn, đề xuất, kiến nghị với Bộ và nhiệm vụ trọng tâm quý tới.",
    cutoff: SHIFTED_CUTOFF,
    deadlines: deadlines({ day: 6, monthOffset: 0 }, { day: 8, monthOffset: 0 }),
    outline: quarterlyOutline,
    indicators: quarterlyForm,
  },
  {
    ...common,
    code: "ICT-6THANG",
    name: "Báo cáo sơ kết công tác thông tin và truyền thông 6 tháng đầu năm",
    frequency: "half",
    content:
      "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm theo từng lĩnh vực, đánh giá chung, tồn tại, kiến nghị và phương hướng, nhiệm vụ 6 tháng cuối năm.",
    cutoff: SHIFTED_CUTOFF,
    deadlines: deadlines({ day: 6, fixedMonth: 6 }, { day: 8, fixedMonth: 6 }),
    outline: halfYearOutline,
    indicators: longForm,
  },
  {
    ...common,
    code: "ICT-NAM",
    name: "Báo cáo tổng kết công tác thông tin và truyền thông năm",
    frequency: "year",
    content:
      "Kết quả thực hiện nhiệm vụ năm theo từng lĩnh vực, đánh giá chung, tồn tại, kiến nghị và phương hướng, nhiệm vụ năm tới.",
    cutoff: SHIFTED_CUTOFF,
    deadlines: deadlines({ day: 25, fixedMonth: 11 }, { day: 27, fixedMonth: 11 }),
    outline: annualOutline,
    indicators: longForm,
  },
  {
    ...common,
    code: "ICT-TDKT",
    name: "Báo cáo tổng kết công tác thi đua, khen thưởng năm",
    frequency: "year",
    legalBasis:
      "Luật Thi đua, khen thưởng năm 2022; Nghị định số 98/2023/NĐ-CP quy định chi tiết thi hành Luật Thi đua, khen thưởng; " +
      "Nghị định số 09/2019/NĐ-CP quy định về chế độ báo cáo của cơ quan hành chính nhà nước",
    content:
      "Kết quả tổ chức các phong trào thi đua, công tác khen thưởng, điển hình tiên tiến, sáng kiến, tồn tại và phương hướng năm tới; biểu tổng hợp khen thưởng.",
    // Same window as the annual report so the two annual documents count the same year.
    cutoff: SHIFTED_CUTOFF,
    deadlines: deadlines({ day: 30, fixedMonth: 11 }, { day: 5, fixedMonth: 12 }),
    outline: emulationOutline,
    indicators: emulationForm,
  },
];

const regimeByCode = new Map(ictRegimes.map((regime) => [regime.code, regime]));

/** The regime with this code; throws for an unknown code (a programming error in the pack). */
export function getIctRegime(code: string): RegimeDefinition {
  const regime = regimeByCode.get(code);
  if (!regime) throw new Error(`Unknown ICT regime ${code}`);
  return regime;
}
