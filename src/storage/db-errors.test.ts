import { describe, expect, it } from "vitest";
import { UserError } from "../domain/errors.js";
import { notFound, translateDbError, withViolations } from "./db-errors.js";

describe("translateDbError", () => {
  it.each([
    [{ code: "23505", constraint: "users_username_key" }, "ALREADY_EXISTS", "Tên đăng nhập đã được sử dụng."],
    [{ code: "23503", constraint: "user_roles_unit_id_fkey" }, "INVALID_REFERENCE", "Đơn vị không tồn tại."],
  ])("turns SQLSTATE %o into %s with the given message", (error, code, message) => {
    const messages = {
      unique: "Tên đăng nhập đã được sử dụng.",
      foreignKey: "Đơn vị không tồn tại.",
      field: "username",
    };
    let thrown: unknown;
    try {
      translateDbError(Object.assign(new Error("raw"), error), messages);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect(thrown).toMatchObject({
      code,
      message,
      location: { field: "username" },
      details: { constraint: error.constraint },
    });
  });

  it("falls back to general Vietnamese messages", () => {
    expect(() => translateDbError({ code: "23505" }, {})).toThrow("Dữ liệu này đã tồn tại.");
    expect(() => translateDbError({ code: "23503" }, {})).toThrow(/không tồn tại/);
  });

  it.each([
    ["a check violation", Object.assign(new Error("check"), { code: "23514" })],
    ["a syntax error", Object.assign(new Error("syntax"), { code: "42601" })],
    ["a plain error", new Error("boom")],
  ])("rethrows %s unchanged: it is a programming error", (_what, error) => {
    expect(() => translateDbError(error, { unique: "x" })).toThrow(error);
  });

  it("translates inside withViolations and passes results through", async () => {
    await expect(withViolations({ unique: "Đã có." }, async () => 42)).resolves.toBe(42);
    await expect(
      withViolations({ unique: "Đã có." }, async () => {
        throw Object.assign(new Error("dup"), { code: "23505" });
      }),
    ).rejects.toMatchObject({ code: "ALREADY_EXISTS", message: "Đã có." });
  });

  it("builds NOT_FOUND errors naming what was looked for", () => {
    expect(notFound('đơn vị có mã "X"', "unitCode")).toMatchObject({
      code: "NOT_FOUND",
      message: 'Không tìm thấy đơn vị có mã "X".',
      location: { field: "unitCode" },
    });
  });
});
