import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError, api, onUnauthorized, setCsrfToken } from "./api.js";

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  credentials: RequestCredentials | undefined;
  body: string | undefined;
}

let sent: Sent[];
let answer: () => Promise<Response>;

function json(status: number, body: unknown): Promise<Response> {
  return Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }),
  );
}

const SESSION = {
  user: { id: 3, username: "vanphong", displayName: "Hoàng Văn Minh (Văn phòng Sở)", locale: "vi", roles: [] },
  csrfToken: "tok-123",
  expiresAt: "2026-11-24T00:00:00.000Z",
};

beforeEach(() => {
  sent = [];
  answer = () => json(200, { items: [], total: 0 });
  setCsrfToken(null);
  vi.stubGlobal("fetch", (url: string, init: RequestInit = {}) => {
    sent.push({
      url,
      method: init.method ?? "GET",
      headers: { ...(init.headers as Record<string, string>) },
      credentials: init.credentials,
      body: typeof init.body === "string" ? init.body : undefined,
    });
    return answer();
  });
});

afterEach(() => vi.unstubAllGlobals());

describe("api client and the session", () => {
  it("sends the cookie with every call and the CSRF token only on state-changing ones", async () => {
    answer = () => json(200, SESSION);
    await api.signIn({ username: "vanphong", password: "mat-khau-dai" });
    setCsrfToken("tok-123");
    answer = () => json(200, { items: [], total: 0 });
    await api.listReports({ state: "draft" });
    answer = () => Promise.resolve(new Response(null, { status: 204 }));
    await api.signOut();

    expect(sent.map((s) => `${s.method} ${s.url}`)).toEqual([
      "POST /api/session",
      "GET /api/reports?state=draft",
      "DELETE /api/session",
    ]);
    expect(sent.every((s) => s.credentials === "same-origin")).toBe(true);
    expect(sent[0]!.headers["x-csrf-token"]).toBeUndefined();
    expect(JSON.parse(sent[0]!.body!)).toEqual({ username: "vanphong", password: "mat-khau-dai" });
    expect(sent[1]!.headers["x-csrf-token"]).toBeUndefined();
    expect(sent[2]!.headers["x-csrf-token"]).toBe("tok-123");
  });

  it.each([
    ["a data call", () => api.listUnits({}), 1],
    ["the session check", () => api.getSession(), 0],
    ["a wrong password", () => api.signIn({ username: "vanphong", password: "sai" }), 0],
  ])(
    "on 401 from %s, tells the app to show the sign-in page only when a session was expected",
    async (_name, call, calls) => {
      const message = "Tên đăng nhập hoặc mật khẩu không đúng.";
      answer = () => json(401, { error: { code: "UNAUTHENTICATED", message } });
      const listener = vi.fn();
      const stop = onUnauthorized(listener);
      try {
        const error = await call().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ApiError);
        expect(error).toMatchObject({ status: 401, code: "UNAUTHENTICATED", message });
        expect(listener).toHaveBeenCalledTimes(calls);
      } finally {
        stop();
      }
    },
  );

  it.each([
    [
      429,
      { error: { code: "RATE_LIMITED", message: "Đăng nhập sai quá nhiều lần; vui lòng thử lại sau 5 phút." } },
      "RATE_LIMITED",
      "Đăng nhập sai quá nhiều lần; vui lòng thử lại sau 5 phút.",
    ],
    [502, "<html>Bad gateway</html>", "HTTP_ERROR", "Máy chủ trả lỗi 502."],
  ])("turns a %i into an ApiError with a Vietnamese message", async (status, body, code, message) => {
    answer = () => (typeof body === "string" ? Promise.resolve(new Response(body, { status })) : json(status, body));
    await expect(api.signIn({ username: "giamdoc", password: "sai" })).rejects.toMatchObject({ status, code, message });
  });

  it("reports an unreachable server as NETWORK in Vietnamese, but lets a cancelled call stay cancelled", async () => {
    answer = () => Promise.reject(new TypeError("fetch failed"));
    await expect(api.signIn({ username: "vanphong", password: "x" })).rejects.toMatchObject({
      code: "NETWORK",
      message: "Không kết nối được máy chủ; kiểm tra kết nối mạng rồi thử lại.",
    });
    answer = () => Promise.reject(new DOMException("aborted", "AbortError"));
    await expect(api.listRegimes()).rejects.toMatchObject({ name: "AbortError" });
  });
});
