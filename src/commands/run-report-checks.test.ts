import { describe, expect, it } from "vitest";
import { ictRegimes } from "../packs/ict/index.js";
import { reportLines, runReportChecks } from "./run-report-checks.js";

type Sections = Parameters<typeof reportLines>[0]["sections"];

/** The sections of a new draft: the outline's numbers and titles, bodies as given (empty by default). */
function draftSections(outline: (typeof ictRegimes)[number]["outline"], bodies: Record<string, string> = {}): Sections {
  return outline.map((s) => ({ number: s.number, title: s.title, body: bodies[s.key] ?? "" })) as unknown as Sections;
}

const numbering = async (lines: string[]) =>
  (await runReportChecks(lines, [], { spelling: false })).filter((f) => f.kind === "numbering");

describe("reportLines", () => {
  it("marks every section heading as a heading, one line each, with its paragraphs under it", () => {
    const lines = reportLines({
      title: "Báo cáo tháng 10 năm 2026",
      sections: draftSections(ictRegimes[0]!.outline.slice(0, 3), {
        "buu-chinh": "Sản lượng bưu gửi tăng 4,2%.\n\nMở thêm 02 điểm bưu điện văn hóa xã.",
      }),
    });
    expect(lines).toEqual([
      "Báo cáo tháng 10 năm 2026",
      "## I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ KỲ TRƯỚC",
      "## II. KẾT QUẢ CÔNG TÁC QUẢN LÝ NHÀ NƯỚC TRONG THÁNG",
      "## 1. Lĩnh vực bưu chính",
      "Sản lượng bưu gửi tăng 4,2%.",
      "Mở thêm 02 điểm bưu điện văn hóa xã.",
    ]);
  });

  // The long heading "3. Lĩnh vực công nghệ thông tin, xây dựng chính quyền điện tử và chuyển đổi số" read as a
  // numbered paragraph, so "1. 2. 4." of the short headings seemed to skip 3.
  it.each(ictRegimes.map((r) => [r.code, r.outline] as const))(
    "finds no numbering jump in a new draft of %s",
    async (_code, outline) => {
      const lines = reportLines({ title: "Báo cáo kỳ này", sections: draftSections(outline) });
      expect(await numbering(lines)).toEqual([]);
    },
  );

  it("still finds a number skipped inside a section's own list, on its line", async () => {
    const outline = ictRegimes[0]!.outline;
    const lines = reportLines({
      title: "Báo cáo tháng 10 năm 2026",
      sections: draftSections(outline, {
        cntt: "1. Vận hành Trung tâm giám sát điều hành đô thị thông minh.\n2. Cấp 1.250 chứng thư số.\n4. Kết nối 15 hệ thống thông tin.",
      }),
    });
    const found = await numbering(lines);
    expect(found.map((f) => [f.message, lines[f.line - 1]])).toEqual([
      ["Số thứ tự nhảy từ 2 sang 4 (thiếu 3)", "4. Kết nối 15 hệ thống thông tin."],
    ]);
  });

  it("still finds headings of an outline that skip a number", async () => {
    const lines = reportLines({
      title: "Báo cáo tháng 10 năm 2026",
      sections: [
        { number: "I", title: "KẾT QUẢ THỰC HIỆN", body: "" },
        { number: "1", title: "Lĩnh vực bưu chính", body: "" },
        { number: "3", title: "Lĩnh vực công nghệ thông tin, xây dựng chính quyền điện tử và chuyển đổi số", body: "" },
      ] as unknown as Sections,
    });
    expect((await numbering(lines)).map((f) => f.message)).toEqual(["Số thứ tự nhảy từ 1 sang 3 (thiếu 2)"]);
  });
});
