import type { IndicatorDefinition } from "../../domain/indicator.js";
import { cumulative, flow, ratio, severity, stock } from "./define-indicator.js";

/** Information security (division field "attt"). */
export const securityIndicators: IndicatorDefinition[] = [
  flow(
    "MALWARE_ALERTS",
    "Cảnh báo mã độc phát hiện",
    "attt",
    "lượt",
    ["canh bao ma doc", "luot canh bao ma doc", "canh bao", "phat hien ma doc", "luot canh bao"],
    { disaggregations: severity },
  ),
  stock("AV_COMPUTERS", "Máy tính cài đặt phần mềm phòng, chống mã độc tập trung", "attt", "máy tính", [
    "may tinh cai dat",
    "cai dat phan mem phong chong ma doc",
    "may tinh duoc cai dat",
    "may tinh duoc bao ve",
    "may tinh",
  ]),
  stock("AV_MONITORED", "Máy tính được giám sát an toàn thông tin", "attt", "máy tính", [
    "may tinh duoc giam sat",
    "giam sat",
    "may tinh giam sat",
  ]),
  flow("ATTACKS_BLOCKED", "Cuộc tấn công mạng được ngăn chặn", "attt", "lượt", [
    "tan cong",
    "ngan chan tan cong",
    "cuoc tan cong",
    "luot tan cong",
    "tan cong mang",
  ]),
  flow("SECURITY_INCIDENTS", "Sự cố an toàn thông tin mạng được xử lý", "attt", "sự cố", [
    "su co",
    "su co an toan thong tin",
    "xu ly su co",
  ]),
  flow("VULNERABILITIES_FIXED", "Lỗ hổng bảo mật được khắc phục", "attt", "lỗ hổng", [
    "lo hong",
    "lo hong bao mat",
    "khac phuc lo hong",
  ]),
  cumulative("SYSTEMS_LEVEL_APPROVED", "Hệ thống thông tin được phê duyệt cấp độ (lũy kế)", "attt", "hệ thống", [
    "phe duyet cap do",
    "he thong thong tin duoc phe duyet cap do",
    "ho so de xuat cap do",
    "cap do an toan he thong thong tin",
  ]),
  stock("SYSTEMS_TOTAL", "Hệ thống thông tin phải xác định cấp độ", "attt", "hệ thống", [
    "he thong thong tin",
    "tong so he thong thong tin",
  ]),
  ratio(
    "SYSTEMS_LEVEL_RATE",
    "Tỷ lệ hệ thống thông tin được phê duyệt cấp độ",
    "attt",
    "SYSTEMS_LEVEL_APPROVED",
    "SYSTEMS_TOTAL",
    ["ty le phe duyet cap do", "ty le he thong thong tin duoc phe duyet cap do"],
  ),
  flow("SECURITY_DRILLS", "Cuộc diễn tập an toàn thông tin", "attt", "cuộc", [
    "dien tap",
    "cuoc dien tap",
    "dien tap an toan thong tin",
  ]),
];
