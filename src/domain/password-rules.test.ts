import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-rules.js";

describe("passwordProblem", () => {
  it.each([
    ["Cao-Bang-2026", "cv.caobang"],
    ["mat-khau-dai-du", "huyen.dt"],
    ["Hà Quảng 1945!", "ha.quang"],
  ])("accepts %s for %s", (password, username) => {
    expect(passwordProblem(password, username)).toBeNull();
  });

  it.each([
    ["ngan-2026", "a.b", "ít nhất 10 ký tự"],
    ["caobangcaobang", "x.y", "hai loại ký tự"],
    ["1111111111", "x.y", "hai loại ký tự"],
    ["nong.thang-2026", "nong.thang", "tên đăng nhập"],
    [" khoang-trang1", "x.y", "khoảng trắng"],
    ["ab1ab1ab1ab1", "x.y", "quá ít ký tự khác nhau"],
  ])("refuses %s for %s", (password, username, message) => {
    expect(passwordProblem(password, username)).toContain(message);
  });
});
