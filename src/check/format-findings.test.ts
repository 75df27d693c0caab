import { describe, expect, it } from "vitest";
import { findingKindLabel, formatFindings } from "./format-findings.js";

describe("formatFindings", () => {
  it("writes one block per finding with file:line, the kind in Vietnamese, the message and the quote", () => {
    const text = formatFindings(
      [{ kind: "arithmetic", message: "6.310 + 2.152 = 8.462, báo cáo ghi 8.452", quote: "8.452 hồ sơ", line: 17 }],
      "bao-cao.md",
    );
    expect(text).toBe(
      "bao-cao.md:17  [Số học] 6.310 + 2.152 = 8.462, báo cáo ghi 8.452\n    « 8.452 hồ sơ »\n\nbao-cao.md: 1 vấn đề cần xem lại.",
    );
  });

  it("says when there is nothing to review", () => {
    expect(formatFindings([], "bao-cao.md")).toBe("bao-cao.md: không phát hiện vấn đề nào.");
  });

  it.each([
    ["type-mismatch", "Loại văn bản"],
    ["duplicate-text", "Lặp từ"],
    ["period", "Kỳ báo cáo"],
  ] as const)("%s is shown as %s", (kind, label) => {
    expect(findingKindLabel(kind)).toBe(label);
  });
});
