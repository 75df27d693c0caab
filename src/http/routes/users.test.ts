import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../test/app.js";
import { buildUnit, uniqueSuffix } from "../../../test/factories.js";
import type { UserList, UserSummary } from "../../contract/users.js";

let t: TestApp;
let divisionCode: string;

beforeAll(async () => {
  t = await openTestApp();
  const department = await buildUnit(t.database.db, { name: "Sở Khoa học và Công nghệ tỉnh Cao Bằng" });
  divisionCode = (
    await buildUnit(t.database.db, {
      kind: "division",
      parentCode: department.code,
      name: "Phòng Bưu chính, Viễn thông và Chuyển đổi số",
    })
  ).code;
});
afterAll(async () => t?.close());

const create = (body: Record<string, unknown>) => t.app.inject({ method: "POST", url: "/api/users", payload: body });
const patch = (id: number, body: Record<string, unknown>) =>
  t.app.inject({ method: "PATCH", url: `/api/users/${id}`, payload: body });
const signIn = (username: string, password: string) =>
  t.app.inject({ method: "POST", url: "/api/session", payload: { username, password }, headers: { cookie: "" } });
const asSession = (cookie: string) =>
  t.app.inject({ method: "GET", url: "/api/session", headers: { cookie: `baocao_session=${cookie}` } });

async function newUser(displayName: string, password = "Cao-Bang-2026"): Promise<UserSummary> {
  const res = await create({
    username: `cv.${uniqueSuffix().toLowerCase()}`,
    displayName,
    password,
    roles: [{ role: "specialist", unitCode: divisionCode }],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<UserSummary>();
}

async function auditActions(userId: number): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom("audit_events")
    .select("action")
    .where("entity", "=", "user")
    .where("entity_id", "=", userId)
    .orderBy("id")
    .execute();
  return rows.map((r) => r.action);
}

describe("the user list", () => {
  it("finds a full name without diacritics and by part of the username", async () => {
    const nguyen = await newUser("Nguyễn Thị Thu Hà");
    const dam = await newUser("Đàm Văn Đức");
    const ids = async (q: string) =>
      (await t.app.inject(`/api/users?q=${encodeURIComponent(q)}`)).json<UserList>().items.map((u) => u.id);
    expect(await ids("nguyen thi")).toContain(nguyen.id);
    expect(await ids("nguyen thi")).not.toContain(dam.id);
    expect(await ids("dam van duc")).toEqual([dam.id]);
    expect(await ids(dam.username.slice(3))).toEqual([dam.id]);
  });

  it("filters by role and by whether the account is active", async () => {
    const user = await newUser("Lục Thị Mai");
    await patch(user.id, { isActive: false });
    const disabled = (await t.app.inject("/api/users?active=false&role=specialist")).json<UserList>().items;
    expect(disabled.map((u) => u.id)).toContain(user.id);
    expect(disabled.every((u) => !u.isActive && u.roles.some((r) => r.role === "specialist"))).toBe(true);
    const admins = (await t.app.inject("/api/users?role=admin")).json<UserList>().items;
    expect(admins.map((u) => u.id)).not.toContain(user.id);
  });
});

describe("creating a user", () => {
  it("refuses a weak password with the field, and a taken username with 409", async () => {
    const weak = await create({
      username: "cv.yeu",
      displayName: "Hà Văn Yên",
      password: "cv.yeu-abc",
      roles: [{ role: "specialist", unitCode: divisionCode }],
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error).toMatchObject({ field: "password", message: "Mật khẩu không được chứa tên đăng nhập." });

    const first = await newUser("Bế Thị Lan");
    const again = await create({
      username: first.username,
      displayName: "Bế Thị Lan",
      password: "Cao-Bang-2026",
      roles: [{ role: "specialist", unitCode: divisionCode }],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: "ALREADY_EXISTS", field: "username" });
    expect(again.json().error.message).toContain(first.username);
  });

  it("refuses an unknown unit without creating the account", async () => {
    const username = `cv.${uniqueSuffix().toLowerCase()}`;
    const res = await create({
      username,
      displayName: "Hoàng Thị Nga",
      password: "Cao-Bang-2026",
      roles: [{ role: "specialist", unitCode: "KHONG-CO" }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "INVALID_REFERENCE", field: "roles[0].unitCode" });
    const found = await t.database.db.selectFrom("users").select("id").where("username", "=", username).execute();
    expect(found).toEqual([]);
  });
});

describe("changing a user", () => {
  it("changes the full name and roles, with one audit row each", async () => {
    const user = await newUser("Nong Van Thang");
    const res = await patch(user.id, {
      displayName: "Nông Văn Thắng",
      roles: [
        { role: "specialist", unitCode: divisionCode },
        { role: "receiver", unitCode: divisionCode },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<UserSummary>()).toMatchObject({
      displayName: "Nông Văn Thắng",
      roles: [
        { role: "receiver", unitCode: divisionCode },
        { role: "specialist", unitCode: divisionCode },
      ],
    });
    expect(await auditActions(user.id)).toEqual(["create-account", "rename-user", "change-roles"]);
  });

  it("writes nothing when one part of the change is wrong", async () => {
    const user = await newUser("Triệu Thị Vân");
    const res = await patch(user.id, {
      displayName: "Triệu Thị Vân Anh",
      roles: [{ role: "office", unitCode: "KHONG-CO" }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("roles[0].unitCode");
    const now = (await t.app.inject(`/api/users/${user.id}`)).json<UserSummary>();
    expect(now.displayName).toBe("Triệu Thị Vân");
    expect(now.roles).toEqual([{ role: "specialist", unitCode: divisionCode }]);
    expect(await auditActions(user.id)).toEqual(["create-account"]);
  });

  it("answers 404 for an unknown user", async () => {
    const res = await patch(999999, { displayName: "Không Có" });
    expect(res.statusCode).toBe(404);
  });
});

describe("disabling and resetting", () => {
  it("a disabled user's session ends and they cannot sign in until enabled again", async () => {
    const user = await newUser("Lương Thị Hạnh");
    const signedIn = await signIn(user.username, "Cao-Bang-2026");
    expect(signedIn.statusCode).toBe(200);
    const cookie = signedIn.cookies.find((c) => c.name === "baocao_session")!.value;
    expect((await asSession(cookie)).statusCode).toBe(200);

    expect((await patch(user.id, { isActive: false })).json<UserSummary>().isActive).toBe(false);
    expect((await asSession(cookie)).statusCode).toBe(401);
    const refused = await signIn(user.username, "Cao-Bang-2026");
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.message).toBe("Tài khoản đã bị khóa; liên hệ quản trị viên.");

    await patch(user.id, { isActive: true });
    expect((await signIn(user.username, "Cao-Bang-2026")).statusCode).toBe(200);
    expect(await auditActions(user.id)).toEqual(["create-account", "disable-user", "enable-user"]);
  });

  it("a reset password replaces the old one and ends the sessions", async () => {
    const user = await newUser("Phùng Văn Khải");
    const cookie = (await signIn(user.username, "Cao-Bang-2026")).cookies.find((c) => c.name === "baocao_session")!;
    const weak = await t.app.inject({
      method: "PUT",
      url: `/api/users/${user.id}/password`,
      payload: { password: "aaaaaaaaaaaa" },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.field).toBe("password");
    const res = await t.app.inject({
      method: "PUT",
      url: `/api/users/${user.id}/password`,
      payload: { password: "Tra-Linh-2027" },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await asSession(cookie.value)).statusCode).toBe(401);
    expect((await signIn(user.username, "Cao-Bang-2026")).statusCode).toBe(401);
    expect((await signIn(user.username, "Tra-Linh-2027")).statusCode).toBe(200);
    expect(await auditActions(user.id)).toEqual(["create-account", "reset-password"]);
  });

  it("never disables oneself nor removes the last active administrator", async () => {
    const me = (await t.app.inject("/api/session")).json<{ user: { id: number } }>().user.id;
    const self = await patch(me, { isActive: false });
    expect(self.statusCode).toBe(409);
    expect(self.json().error).toMatchObject({
      field: "isActive",
      message: "Không thể tự khóa tài khoản của chính mình.",
    });
    const demote = await patch(me, { roles: [{ role: "specialist", unitCode: divisionCode }] });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error).toMatchObject({ field: "roles" });
    expect((await t.app.inject(`/api/users/${me}`)).json<UserSummary>().roles[0]!.role).toBe("admin");
  });
});
