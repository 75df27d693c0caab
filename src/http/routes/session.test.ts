import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../test/app.js";
import { buildWorld, PASSWORD, type World } from "../../../test/workflow-world.js";
import type { SessionResponse } from "../../contract/session.js";

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await openTestApp({ signedIn: false });
  w = await buildWorld(t.app, t.ctx);
});
afterAll(async () => t?.close());

const signIn = (username: string, password: string, ip = "10.0.0.1") =>
  t.app.inject({ method: "POST", url: "/api/session", payload: { username, password }, remoteAddress: ip });

describe("signing in", () => {
  it("sets an http-only SameSite cookie and returns the user with roles and a CSRF token", async () => {
    const res = await signIn(w.clients.officeA.username.toUpperCase(), PASSWORD);
    expect(res.statusCode, res.body).toBe(200);
    const cookie = res.cookies.find((c) => c.name === "baocao_session")!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(cookie.secure).toBeFalsy();
    const body = res.json<SessionResponse>();
    expect(body.user).toMatchObject({
      username: w.clients.officeA.username,
      displayName: "Nông Thị Hường",
      roles: [{ role: "office", unitCode: "SO-04", unitName: "Sở Khoa học và Công nghệ tỉnh Cao Bằng" }],
    });
    expect(body.csrfToken.length).toBeGreaterThan(20);
  });

  it.each([
    ["a wrong password", () => w.clients.officeA.username, "sai-mat-khau"],
    ["an unknown user", () => "khong.ton.tai", PASSWORD],
  ])("answers 401 with the same Vietnamese message for %s", async (_case, username, password) => {
    const res = await signIn(username(), password, "10.0.0.2");
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({
      error: { code: "UNAUTHENTICATED", message: "Tên đăng nhập hoặc mật khẩu không đúng.", field: "password" },
    });
    expect(res.cookies).toEqual([]);
  });

  it("answers 400 in Vietnamese for an empty username", async () => {
    const res = await signIn("", PASSWORD);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain("Nhập tên đăng nhập");
  });

  it("limits attempts to 10 per address and username in 5 minutes, with 429 in Vietnamese", async () => {
    const username = w.clients.specialistB.username;
    for (let i = 0; i < 10; i++) expect((await signIn(username, "sai", "10.0.0.3")).statusCode).toBe(401);
    const blocked = await signIn(username, PASSWORD, "10.0.0.3");
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error).toMatchObject({ code: "RATE_LIMITED" });
    expect(blocked.json().error.message).toMatch(/^Đăng nhập sai quá nhiều lần; vui lòng thử lại sau \d+ phút\.$/);
    // Another address, or another username from the same address, is not blocked.
    expect((await signIn(username, PASSWORD, "10.0.0.4")).statusCode).toBe(200);
    expect((await signIn(w.clients.officeB.username, PASSWORD, "10.0.0.3")).statusCode).toBe(200);
  });
});

describe("the session", () => {
  it("GET /api/session returns the user and token; 401 without or with an unknown cookie", async () => {
    const me = await w.request("receiverMinistry", "GET", "/api/session");
    expect(me.statusCode).toBe(200);
    expect(me.json<SessionResponse>()).toMatchObject({
      user: { roles: [{ role: "receiver", unitCode: "BO-VP", unitName: "Văn phòng Bộ" }] },
      csrfToken: w.clients.receiverMinistry.csrfToken,
    });
    expect((await w.request(null, "GET", "/api/session")).statusCode).toBe(401);
    const forged = await t.app.inject({
      method: "GET",
      url: "/api/session",
      headers: { cookie: "baocao_session=abc" },
    });
    expect(forged.statusCode).toBe(401);
    expect(forged.json().error.message).toContain("đăng nhập");
  });

  it("refuses a state-changing request without the CSRF token, or with another session's, with 403", async () => {
    const office = w.clients.officeA;
    const body = { regime: w.regime.code, unit: "SO-04", period: "2026-10" };
    for (const headers of [
      { cookie: office.cookie },
      { cookie: office.cookie, "x-csrf-token": w.clients.leaderA.csrfToken },
      { cookie: office.cookie, "x-csrf-token": "" },
    ]) {
      const res = await t.app.inject({ method: "POST", url: "/api/reports", headers, payload: body });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe("CSRF_INVALID");
    }
    const ok = await t.app.inject({
      method: "POST",
      url: "/api/reports",
      headers: { cookie: office.cookie, "x-csrf-token": office.csrfToken },
      payload: body,
    });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it("DELETE /api/session signs out: the cookie stops working at once", async () => {
    const res = await signIn(w.clients.specialistA.username, PASSWORD, "10.0.0.5");
    const cookie = `baocao_session=${res.cookies.find((c) => c.name === "baocao_session")!.value}`;
    const csrf = res.json<SessionResponse>().csrfToken;
    const out = await t.app.inject({
      method: "DELETE",
      url: "/api/session",
      headers: { cookie, "x-csrf-token": csrf },
    });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === "baocao_session")!.value).toBe("");
    expect((await t.app.inject({ method: "GET", url: "/api/session", headers: { cookie } })).statusCode).toBe(401);
    // The user's other session is untouched.
    expect((await w.request("specialistA", "GET", "/api/session")).statusCode).toBe(200);
  });

  it("records sign-in and sign-out in the audit trail", async () => {
    const rows = await t.database.db
      .selectFrom("audit_events")
      .select(["action"])
      .where("action", "in", ["sign-in", "sign-out"])
      .execute();
    expect(rows.filter((r) => r.action === "sign-out")).toHaveLength(1);
    expect(rows.filter((r) => r.action === "sign-in").length).toBeGreaterThanOrEqual(8);
  });
});

describe("accounts created by an administrator", () => {
  it("sign in with the password given, hashed with argon2, and refuse a taken username with 409", async () => {
    const body = {
      username: "Chuyenvien.BCVT",
      displayName: "Đàm Thị Huyền",
      password: "Buu-chinh-2026!",
      roles: [{ role: "specialist", unitCode: "SO-04-BCVT" }],
    };
    const created = await w.request("admin", "POST", "/api/users", body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      username: "chuyenvien.bcvt",
      roles: [{ role: "specialist", unitCode: "SO-04-BCVT" }],
    });
    const stored = await t.database.db
      .selectFrom("users")
      .select("password_hash")
      .where("username", "=", "chuyenvien.bcvt")
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    expect((await signIn("chuyenvien.bcvt", "Buu-chinh-2026!", "10.0.0.7")).statusCode).toBe(200);
    const again = await w.request("admin", "POST", "/api/users", body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain("đã được sử dụng");
    const short = await w.request("admin", "POST", "/api/users", { ...body, username: "khac", password: "ngan" });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toContain("ít nhất 10 ký tự");
  });
});
