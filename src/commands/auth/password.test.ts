import { describe, expect, it } from "vitest";
import { generatePassword, hashPassword, verifyPassword } from "./password.js";

describe("passwords", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("Mật khẩu đủ dài 2026");
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored, "Mật khẩu đủ dài 2026")).toBe(true);
    expect(await verifyPassword(stored, "mật khẩu đủ dài 2026")).toBe(false);
  });

  it("compares Vietnamese passwords in NFC whatever form they were typed in", async () => {
    const stored = await hashPassword("Cao Bằng".normalize("NFD"));
    expect(await verifyPassword(stored, "Cao Bằng".normalize("NFC"))).toBe(true);
  });

  it("treats a malformed stored hash as a mismatch", async () => {
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
  });

  it("generates distinct 16-character passwords", () => {
    const a = generatePassword();
    expect(a).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(generatePassword()).not.toBe(a);
  });
});
