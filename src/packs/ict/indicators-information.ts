import type { DisaggregationDefinition, IndicatorDefinition } from "../../domain/indicator.js";
import { channel, cumulative, flow, ratio, standalone, stock } from "./define-indicator.js";

const language: DisaggregationDefinition[] = [
  { dimension: "language", code: "vi", name: "Tiếng Việt", keywords: ["tieng viet"] },
  {
    dimension: "language",
    code: "ethnic",
    name: "Tiếng dân tộc thiểu số",
    keywords: ["tieng khmer", "tieng tay", "tieng nung", "tieng mong", "tieng dan toc"],
  },
  { dimension: "language", code: "foreign", name: "Tiếng nước ngoài", keywords: ["tieng anh", "tieng trung"] },
];

/** Press, publishing and the provincial portal (division field "bao-chi"). */
export const pressIndicators: IndicatorDefinition[] = [
  flow(
    "PORTAL_POSTS",
    "Tin, bài đăng trên Cổng thông tin điện tử tỉnh",
    "bao-chi",
    "tin, bài",
    ["cong thong tin dien tu", "dang tin bai", "tin bai dang tai", "tin bai tren cong", "tin bai"],
    { disaggregations: language },
  ),
  flow("PORTAL_VISITS", "Lượt truy cập Cổng thông tin điện tử tỉnh", "bao-chi", "lượt", ["luot truy cap", "truy cap"]),
  flow("NEWS_ITEMS", "Tin, bài, phóng sự tuyên truyền trên báo, đài địa phương", "bao-chi", "tin, bài", [
    "tin bai phong su",
    "phong su",
    "tin bai tuyen truyen",
    "tin bai tren bao dai",
  ]),
  stock("PRESS_AGENCIES", "Cơ quan báo chí địa phương", "bao-chi", "cơ quan", [
    "co quan bao chi",
    "bao dai dia phuong",
  ]),
  stock(
    "PRESS_REPRESENTATIVES",
    "Văn phòng đại diện, phóng viên thường trú của cơ quan báo chí",
    "bao-chi",
    "cơ quan",
    ["van phong dai dien", "phong vien thuong tru"],
  ),
  flow("PRESS_GUIDANCE_DOCS", "Văn bản định hướng tuyên truyền cho báo, đài", "bao-chi", "văn bản", [
    "dinh huong tuyen truyen",
    "van ban dinh huong",
    "van ban chi dao bao dai",
  ]),
  flow("PRESS_CONFERENCES", "Cuộc họp báo, cung cấp thông tin cho báo chí", "bao-chi", "cuộc", [
    "hop bao",
    "cung cap thong tin cho bao chi",
  ]),
  flow(
    "PUBLISHING_LICENCES",
    "Giấy phép xuất bản tài liệu không kinh doanh cấp mới",
    "bao-chi",
    "giấy phép",
    ["giay phep xuat ban", "xuat ban tai lieu khong kinh doanh", "giay phep xuat ban tai lieu", "cap giay phep"],
    { disaggregations: channel },
  ),
  cumulative(
    "PUBLISHING_LICENCES_TOTAL",
    "Giấy phép xuất bản tài liệu không kinh doanh (lũy kế)",
    "bao-chi",
    "giấy phép",
    ["tong so giay phep", "nang tong so giay phep", "giay phep cap den nay"],
  ),
  flow("BULLETIN_LICENCES", "Giấy phép xuất bản bản tin cấp mới", "bao-chi", "giấy phép", [
    "giay phep xuat ban ban tin",
    "ban tin",
  ]),
  stock("PRINT_ESTABLISHMENTS", "Cơ sở in hoạt động trên địa bàn", "bao-chi", "cơ sở", ["co so in", "hoat dong in"]),
  stock("PUBLICATION_DISTRIBUTORS", "Cơ sở phát hành xuất bản phẩm", "bao-chi", "cơ sở", [
    "phat hanh xuat ban pham",
    "co so phat hanh",
  ]),
  flow("FALSE_INFO_CASES", "Trường hợp đăng tải thông tin sai sự thật trên mạng được xử lý", "bao-chi", "trường hợp", [
    "thong tin sai su that",
    "tin gia",
    "thong tin xau doc",
  ]),
];

/** Grassroots information: commune radio, loudspeakers, bulletins (division field "ttcs"). */
export const grassrootsIndicators: IndicatorDefinition[] = [
  stock("COMMUNE_RADIO", "Đài truyền thanh cấp xã", "ttcs", "đài", [
    "dai truyen thanh",
    "tram truyen thanh",
    "dai truyen thanh cap xa",
    "tram truyen thanh xa",
    "truyen thanh co so",
  ]),
  stock(
    "COMMUNE_RADIO_IP",
    "Đài truyền thanh cấp xã ứng dụng CNTT - viễn thông (truyền thanh thông minh)",
    "ttcs",
    "đài",
    [
      "truyen thanh ung dung cong nghe thong tin",
      "ung dung cntt vien thong",
      "truyen thanh thong minh",
      "ip",
      "truyen thanh ip",
    ],
  ),
  ratio(
    "COMMUNE_RADIO_IP_RATE",
    "Tỷ lệ đài truyền thanh cấp xã ứng dụng CNTT - viễn thông",
    "ttcs",
    "COMMUNE_RADIO_IP",
    "COMMUNE_RADIO",
    ["ty le dai truyen thanh ung dung", "ty le truyen thanh thong minh"],
  ),
  stock("LOUDSPEAKER_CLUSTERS", "Cụm loa truyền thanh", "ttcs", "cụm loa", ["cum loa", "loa truyen thanh"]),
  flow("GRASSROOTS_BULLETINS", "Bản tin thông tin cơ sở phát hành", "ttcs", "bản tin", [
    "ban tin thong tin co so",
    "ban tin co so",
  ]),
  standalone(
    "RADIO_SELF_MINUTES",
    "Thời lượng phát chương trình tự sản xuất của đài truyền thanh xã",
    "ttcs",
    "phút/ngày",
    ["thoi luong phat song", "chuong trinh tu san xuat", "thoi luong"],
  ),
  flow("PANELS_INSTALLED", "Pano, áp phích tuyên truyền lắp dựng", "ttcs", "pano", ["pano", "ap phich", "khau hieu"]),
];

/** External information (division field "ttdn"). */
export const foreignInfoIndicators: IndicatorDefinition[] = [
  flow("FOREIGN_INFO_ITEMS", "Tin, bài thông tin đối ngoại", "ttdn", "tin, bài", [
    "thong tin doi ngoai",
    "tin bai thong tin doi ngoai",
    "tin bai doi ngoai",
  ]),
  flow("FOREIGN_PRESS_DELEGATIONS", "Đoàn phóng viên nước ngoài được hướng dẫn, quản lý", "ttdn", "đoàn", [
    "phong vien nuoc ngoai",
    "doan phong vien",
  ]),
  flow("FOREIGN_INFO_PUBLICATIONS", "Ấn phẩm thông tin đối ngoại phát hành", "ttdn", "ấn phẩm", [
    "an pham",
    "an pham thong tin doi ngoai",
  ]),
  flow("EXHIBITIONS", "Cuộc triển lãm, trưng bày tư liệu", "ttdn", "cuộc", ["trien lam", "trung bay tu lieu"]),
  stock("FOREIGN_INFO_CLUSTERS", "Cụm thông tin đối ngoại", "ttdn", "cụm", [
    "cum thong tin doi ngoai",
    "cum thong tin",
  ]),
];
