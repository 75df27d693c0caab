import { describe, expect, it } from "vitest";
import { readMarker } from "./line-marker.js";

describe("readMarker", () => {
  it.each([
    ["I. CÔNG TÁC QUẢN LÝ", "roman", "I", true],
    ["IV Nhiệm vụ", "roman", "IV", false],
    ["2.4. Viễn thông", "arabic", "2.4", true],
    ["6.1 Cổng thông tin", "arabic", "6.1", false],
    ["3 Công nghệ thông tin", "arabic", "3", false],
    ["1) Bưu chính", "arabic", "1", true],
    ["b) Viễn thông, internet", "letter", "b", true],
    ["Phần thứ hai: Phương hướng", "part", "Phần thứ hai", true],
    ["- Như trên;", "bullet", null, true],
  ])("%s", (text, kind, number, punctuated) => {
    expect(readMarker(text)).toMatchObject({ kind, number, punctuated });
  });

  it.each(["03 xã Bình Phú", "2.126 chứng thư số", "V/v báo cáo", "Việc triển khai", "12/7/2020 họp", "-19 ca"])(
    "no marker: %s",
    (text) => {
      expect(readMarker(text)?.kind === "bullet" ? null : readMarker(text)).toBeNull();
    },
  );
});
