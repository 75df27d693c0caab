import type { FastifyReply, FastifyRequest } from "fastify";
import { describe, expect, it } from "vitest";
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from "./auth.js";

function capture(protocol: "http" | "https") {
  const calls: [string, string, Record<string, unknown>][] = [];
  const reply = {
    setCookie: (name: string, value: string, options: Record<string, unknown>) => calls.push([name, value, options]),
    clearCookie: (name: string, options: Record<string, unknown>) => calls.push([name, "", options]),
  } as unknown as FastifyReply;
  return { request: { protocol } as FastifyRequest, reply, calls };
}

describe("session cookie", () => {
  it.each([
    ["http", false],
    ["https", true],
  ] as const)("over %s is http-only, SameSite=Lax, Secure=%s", (protocol, secure) => {
    const { request, reply, calls } = capture(protocol);
    const expires = new Date("2026-11-23T18:00:00Z");
    setSessionCookie(request, reply, "phien-1", expires);
    clearSessionCookie(request, reply);
    expect(calls).toEqual([
      [SESSION_COOKIE, "phien-1", { path: "/", httpOnly: true, sameSite: "lax", secure, expires }],
      [SESSION_COOKIE, "", { path: "/", httpOnly: true, sameSite: "lax", secure }],
    ]);
  });
});
