import { describe, expect, it } from "vitest";
import type { ReportTask } from "../../../../contract/reports.js";
import { bodyOf, contentKey, draftOf, mergeDrafts, staleTasks } from "./tasks-draft.js";

const task = (over: Partial<ReportTask> & Pick<ReportTask, "id" | "text">): ReportTask => ({
  plannedPeriodCode: "2026-12",
  status: "planned",
  outcomeNote: null,
  divisionCode: null,
  carriedFromTaskId: null,
  ...over,
});

const STORED: ReportTask[] = [
  task({ id: 11, text: "Kiểm tra các điểm bưu điện văn hóa xã.", carriedFromTaskId: 5 }),
  task({
    id: 12,
    text: "Phát triển trạm 5G tại các xã vùng cao.",
    carriedFromTaskId: 6,
    status: "done",
    outcomeNote: "Đạt 40 trạm.",
  }),
  task({ id: 13, text: "Tập huấn kỹ năng số cho cán bộ xã.", divisionCode: "SO-04-CNTT" }),
  task({ id: 14, text: "Rà soát dịch vụ công trực tuyến toàn trình." }),
];
const carried = STORED.filter((t) => t.carriedFromTaskId !== null);

describe("the tasks editor's draft", () => {
  it("splits stored tasks into next period's items and the outcomes of carried ones", () => {
    const draft = draftOf(STORED);
    expect(draft.items.map((i) => [i.text, i.division])).toEqual([
      ["Tập huấn kỹ năng số cho cán bộ xã.", "SO-04-CNTT"],
      ["Rà soát dịch vụ công trực tuyến toàn trình.", ""],
    ]);
    expect(draft.outcomes).toEqual({
      11: { status: "planned", note: "" },
      12: { status: "done", note: "Đạt 40 trạm." },
    });
  });

  it("saves trimmed items without blank ones, a division only when chosen, and every carried outcome", () => {
    const draft = draftOf(STORED);
    draft.items.push({ key: 99, text: "   ", division: "SO-04-VP" });
    draft.items[1]!.text = "  Rà soát dịch vụ công trực tuyến toàn trình, cắt giảm thủ tục.  ";
    draft.outcomes[11] = { status: "carried_over", note: "  Chuyển sang tháng 12.  " };
    draft.outcomes[12] = { status: "done", note: "   " };
    expect(bodyOf(draft, carried, 7)).toEqual({
      baseVersion: 7,
      items: [
        { text: "Tập huấn kỹ năng số cho cán bộ xã.", division: "SO-04-CNTT" },
        { text: "Rà soát dịch vụ công trực tuyến toàn trình, cắt giảm thủ tục." },
      ],
      outcomes: [
        { taskId: 11, status: "carried_over", note: "Chuyển sang tháng 12." },
        { taskId: 12, status: "done", note: null },
      ],
    });
  });

  it("compares drafts by what they would store, not by the version or row keys", () => {
    expect(contentKey(bodyOf(draftOf(STORED), carried, 3))).toBe(contentKey(bodyOf(draftOf(STORED), carried, 9)));
    const moved = draftOf(STORED);
    moved.items.reverse();
    expect(contentKey(bodyOf(moved, carried, 3))).not.toBe(contentKey(bodyOf(draftOf(STORED), carried, 3)));
  });

  it("merges the other person's new items after the user's, without doubling the same text", () => {
    const mine = draftOf(STORED);
    mine.items.push({ key: 50, text: "Xây dựng kế hoạch ứng cứu sự cố an toàn thông tin.", division: "" });
    mine.outcomes[11] = { status: "done", note: "" };
    const theirs = draftOf([
      ...carried,
      task({ id: 20, text: "Tập huấn kỹ năng số cho cán bộ xã." }),
      task({ id: 21, text: "Rà soát hạ tầng mạng diện rộng trước mùa mưa bão." }),
    ]);
    const merged = mergeDrafts(mine, theirs);
    expect(merged.items.map((i) => i.text)).toEqual([
      "Tập huấn kỹ năng số cho cán bộ xã.",
      "Rà soát dịch vụ công trực tuyến toàn trình.",
      "Xây dựng kế hoạch ứng cứu sự cố an toàn thông tin.",
      "Rà soát hạ tầng mạng diện rộng trước mùa mưa bão.",
    ]);
    expect(merged.outcomes[11]).toEqual({ status: "done", note: "" });
  });

  it("reads the current tasks of a 409 STALE_VERSION, and nothing from other details", () => {
    const stale = staleTasks({
      currentVersion: 8,
      tasks: [{ id: 13, text: "Tập huấn kỹ năng số cho cán bộ xã.", status: "planned", carriedFromTaskId: null }],
    });
    expect(stale?.version).toBe(8);
    expect(stale?.tasks).toEqual([
      task({ id: 13, text: "Tập huấn kỹ năng số cho cán bộ xã.", plannedPeriodCode: null }),
    ]);
    expect(staleTasks({ current: { body: "", version: 3 } })).toBeNull();
    expect(staleTasks(undefined)).toBeNull();
  });
});
