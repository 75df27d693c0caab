import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../test/app.js";
import { buildRegime } from "../../../test/factories.js";
import type { RegimeDetail, RegimeList } from "../../contract/regimes.js";
import type { Regime } from "../../domain/records.js";

let t: TestApp;
let monthly: Regime;
let other: Regime;

beforeAll(async () => {
  t = await openTestApp();
  monthly = await buildRegime(t.database.db);
  other = await buildRegime(t.database.db);
});
afterAll(async () => t?.close());

describe("GET /api/regimes", () => {
  it("lists every regime with its code, frequency, cut-off and deadlines", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/regimes" });
    expect(res.statusCode).toBe(200);
    const { items } = res.json<RegimeList>();
    expect(items.map((r) => r.code).sort()).toEqual([monthly.code, other.code].sort());
    const listed = items.find((r) => r.code === monthly.code)!;
    expect(listed).toMatchObject({
      name: "Báo cáo tình hình hoạt động ngành thông tin và truyền thông hằng tháng",
      kind: "periodic",
      frequency: "month",
      docType: "BC",
      cutoff: { startDay: 15, endDay: 14, startInPreviousMonth: true },
      deadlines: [{ level: "department", day: 15, monthOffset: 0, moveToNextWorkingDay: true }],
      submittingUnitKinds: ["department"],
      receivingUnitKinds: ["ministry"],
      sendMethod: "Hệ thống thông tin báo cáo",
    });
    expect(listed).not.toHaveProperty("outline");
  });
});

describe("GET /api/regimes/:code", () => {
  it("returns the outline with the division of each section and the indicator form", async () => {
    const res = await t.app.inject({ method: "GET", url: `/api/regimes/${monthly.code}` });
    expect(res.statusCode).toBe(200);
    const regime = res.json<RegimeDetail>();
    expect(regime.legalBasis).toBe("Thông tư 02/2023/TT-BTTTT");
    expect(regime.outline.map((s) => [s.number, s.title, s.divisionField])).toEqual([
      ["I", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ", null],
      ["1", "Công tác văn phòng", "van-phong"],
      ["2", "Công nghệ thông tin", "cntt"],
      ["II", "NHIỆM VỤ THÁNG TIẾP THEO", null],
      ["III", "ĐỀ XUẤT, KIẾN NGHỊ", null],
    ]);
    expect(regime.outline[1]!.parentKey).toBe("ket-qua");
    expect(regime.indicators.map((i) => [i.name, i.unitOfMeasure, i.sectionKey, i.isRequired])).toEqual([
      ["Tổng số văn bản đi", "văn bản", "van-phong", true],
      ["Số văn bản đi được ký số", "văn bản", "cntt", false],
      ["Tỷ lệ văn bản đi được ký số", "%", "cntt", false],
    ]);
  });

  it("answers 404 in Vietnamese for an unknown regime", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/regimes/BC-KHONG-CO" });
    expect(res.statusCode).toBe(404);
    expect(res.json<{ error: { message: string } }>().error.message).toBe(
      'Không tìm thấy chế độ báo cáo có mã "BC-KHONG-CO".',
    );
  });
});
