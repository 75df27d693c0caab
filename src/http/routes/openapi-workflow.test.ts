import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../test/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ signedIn: false });
});
afterAll(async () => t?.close());

describe("OpenAPI document", () => {
  it("is public and describes every session, authoring and workflow endpoint", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/docs/json", headers: { cookie: "" } });
    expect(res.statusCode).toBe(200);
    const paths = res.json<{ paths: Record<string, Record<string, unknown>> }>().paths;
    const operations = Object.entries(paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(operations).toEqual(
      expect.arrayContaining([
        "POST /api/session",
        "GET /api/session",
        "DELETE /api/session",
        "POST /api/reports",
        "PUT /api/reports/{id}/sections/{sectionId}",
        "PUT /api/reports/{id}/values",
        "PUT /api/reports/{id}/tasks",
        "POST /api/reports/{id}/transitions",
        "GET /api/reports/{id}/audit",
        "GET /api/inbox",
      ]),
    );
    const transitions = paths["/api/reports/{id}/transitions"]!.post as { responses: Record<string, unknown> };
    expect(Object.keys(transitions.responses).sort()).toEqual(["200", "400", "401", "403", "404", "409"]);
  });
});
