import type { DisaggregationDefinition, IndicatorDefinition } from "../../domain/indicator.js";
import { flow, money, ratio, stock } from "./define-indicator.js";

const technology: DisaggregationDefinition[] = [
  { dimension: "technology", code: "2g", name: "2G", keywords: ["2g"] },
  { dimension: "technology", code: "3g", name: "3G", keywords: ["3g"] },
  { dimension: "technology", code: "4g", name: "4G", keywords: ["4g"] },
  { dimension: "technology", code: "5g", name: "5G", keywords: ["5g"] },
];

/** Postal services (division field "buu-chinh"). */
export const postalIndicators: IndicatorDefinition[] = [
  money("POSTAL_REVENUE", "Doanh thu bưu chính", "buu-chinh", [
    "doanh thu buu chinh",
    "doanh thu dich vu buu chinh",
    "doanh thu linh vuc buu chinh",
  ]),
  stock("POSTAL_ENTERPRISES", "Doanh nghiệp bưu chính hoạt động trên địa bàn", "buu-chinh", "doanh nghiệp", [
    "doanh nghiep buu chinh",
    "doanh nghiep cung ung dich vu buu chinh",
  ]),
  stock("POSTAL_POINTS", "Điểm phục vụ bưu chính", "buu-chinh", "điểm", [
    "diem phuc vu buu chinh",
    "diem phuc vu",
    "buu cuc",
  ]),
  stock("POSTAL_CULTURE_POINTS", "Điểm bưu điện - văn hóa xã", "buu-chinh", "điểm", [
    "buu dien van hoa xa",
    "diem buu dien van hoa xa",
  ]),
  flow("POSTAL_ITEMS", "Sản lượng bưu gửi", "buu-chinh", "bưu gửi", ["san luong buu gui", "buu gui", "san luong"]),
  flow("POSTAL_PUBLIC_DOSSIERS", "Hồ sơ thủ tục hành chính qua dịch vụ bưu chính công ích", "buu-chinh", "hồ sơ", [
    "buu chinh cong ich",
    "qua dich vu buu chinh cong ich",
    "ho so qua buu chinh",
  ]),
];

/** Telecommunications and internet (division field "vien-thong"). */
export const telecomIndicators: IndicatorDefinition[] = [
  money("TELECOM_REVENUE", "Doanh thu viễn thông", "vien-thong", [
    "doanh thu vien thong",
    "doanh thu dich vu vien thong",
    "doanh thu linh vuc vien thong",
  ]),
  stock("SUBS_MOBILE", "Thuê bao điện thoại di động", "vien-thong", "thuê bao", [
    "thue bao di dong",
    "thue bao dien thoai di dong",
    "di dong",
  ]),
  stock("SUBS_MOBILE_BROADBAND", "Thuê bao băng rộng di động", "vien-thong", "thuê bao", [
    "bang rong di dong",
    "thue bao bang rong di dong",
    "thue bao 3g 4g",
  ]),
  stock("SUBS_FIXED_BROADBAND", "Thuê bao băng rộng cố định", "vien-thong", "thuê bao", [
    "bang rong co dinh",
    "thue bao bang rong co dinh",
    "internet cap quang",
    "ftth",
  ]),
  stock("SUBS_FIXED", "Thuê bao điện thoại cố định", "vien-thong", "thuê bao", [
    "thue bao co dinh",
    "dien thoai co dinh",
  ]),
  stock("INTERNET_USERS", "Người sử dụng Internet", "vien-thong", "người", [
    "nguoi su dung internet",
    "nguoi dung internet",
    "su dung internet",
  ]),
  stock(
    "BTS_TOTAL",
    "Trạm thu phát sóng thông tin di động (BTS)",
    "vien-thong",
    "trạm",
    ["tram bts", "bts", "tram thu phat song", "tram phat song", "tram thu phat song di dong"],
    { disaggregations: technology },
  ),
  stock("BTS_4G", "Trạm BTS 4G", "vien-thong", "trạm", ["tram 4g", "bts 4g", "4g"]),
  stock("BTS_5G", "Trạm BTS 5G", "vien-thong", "trạm", ["tram 5g", "bts 5g", "5g"]),
  stock("FIBER_KM", "Chiều dài tuyến cáp quang", "vien-thong", "km", ["cap quang", "tuyen cap quang"]),
  stock("VILLAGES_TOTAL", "Thôn, xóm, tổ dân phố", "vien-thong", "thôn", ["thon xom", "thon", "thon xom to dan pho"]),
  stock("VILLAGES_MOBILE_COVERED", "Thôn, xóm có sóng di động băng rộng", "vien-thong", "thôn", [
    "thon co song",
    "co song di dong",
    "thon xom co song di dong",
  ]),
  ratio(
    "MOBILE_COVERAGE_RATE",
    "Tỷ lệ thôn, xóm có sóng di động băng rộng",
    "vien-thong",
    "VILLAGES_MOBILE_COVERED",
    "VILLAGES_TOTAL",
    ["ty le thon co song", "ty le phu song", "phu song di dong"],
  ),
];
