import { describe, expect, it } from "vitest";
import { figuresIn } from "./test-support.test-helper.js";

const pick = (text: string) => figuresIn(text).map((f) => [f.value, f.kind]);

describe("findFigures", () => {
  it.each([
    ["tổng số người dùng trên hệ thống là 8.512.", [[8512, "count"]]],
    [
      "Tổng văn bản đi trong tháng: 31.204, ký số 29.870 văn bản (tỷ lệ 95,72%).",
      [
        [31204, "count"],
        [29870, "count"],
        [95.72, "percent"],
      ],
    ],
    ["xử phạt với số tiền 12.500.000 đồng", [[12500000, "money"]]],
    ["tổng kinh phí 10.000 triệu đồng", [[10000, "money"]]],
    [
      "phát sóng 3 lần/ngày, thời lượng 45 phút/lần",
      [
        [3, "rate"],
        [45, "duration"],
      ],
    ],
    ["phát 2lần/ ngày", [[2, "rate"]]],
    ["thời lượng khoảng 30 phút/ngày", [[30, "duration"]]],
    ["tỉnh xếp thứ 21/toàn quốc", [[21, "rank"]]],
    [
      "đã tiếp nhận 02/35 hồ sơ quá hạn",
      [
        [2, "count"],
        [35, "count"],
      ],
    ],
    ["doanh thu tăng 12,5% so với cùng kỳ", [[12.5, "percent"]]],
    [
      "mức độ 3: 512, tỷ lệ 40,1%",
      [
        [512, "count"],
        [40.1, "percent"],
      ],
    ],
    [
      "tiếp nhận 1.050 hồ sơ (880 trực tiếp, 170 trực tuyến)",
      [
        [1050, "count"],
        [880, "count"],
        [170, "count"],
      ],
    ],
    [
      "Hiện có hơn 1.500 máy tính và gần 700 máy chủ",
      [
        [1500, "count"],
        [700, "count"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(pick(text)).toEqual(expected);
  });

  it.each([
    "ngày 05/8/2020 và từ tháng 7/2020 đến nay",
    "ngày 07 tháng 10 năm 2020",
    "Quý III/2021 và quý 3 năm 2021",
    "giai đoạn 2021-2025, nhiệm kỳ 2020 - 2025",
    "Kỷ niệm 70 năm Chiến thắng, sơ kết 5 năm thực hiện",
    "trong 6 tháng đầu năm và 9 tháng cuối năm",
    "Đại hội lần thứ XI, kỳ họp thứ 9, Hội nghị lần thứ 22",
    "Cụm thi đua số 2, khu vực 4, giai đoạn 1",
    "dịch vụ công mức độ 3 và 4, phiên bản 2.0",
    "phòng, chống dịch Covid-19 và COVID - 19",
    "đường dây nóng 0215.3826.111 hoạt động 24/24 giờ",
    "Công văn số 742/STTTT-TTBCXB ngày 27/7/2020",
    "phủ sóng 4G và 5G",
  ])("no figure in: %s", (text) => {
    expect(pick(text)).toEqual([]);
  });

  it("keeps the counted noun as unit and the quote", () => {
    const [f] = figuresIn("Trong tháng, cấp mới 95 chứng thư số cho cán bộ.");
    expect(f).toMatchObject({ value: 95, unit: "chứng thư số", quote: "cấp mới 95 chứng thư số", line: 1 });
  });

  it("does not read an item number run into the previous item as a figure", () => {
    expect(pick("3. Tổ chức 03 hội nghị cho cán bộ cấp xã.4. Tiếp tục phối hợp.")).toEqual([[3, "count"]]);
  });
});
