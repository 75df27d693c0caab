import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../test/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(async () => t?.close());

describe("the OpenAPI document", () => {
  it("describes every read endpoint with its parameters and named schemas", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/docs/json" });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
      components: { schemas: Record<string, unknown> };
    }>();
    expect(Object.keys(doc.paths).sort()).toEqual(
      expect.arrayContaining([
        "/api/health",
        "/api/units",
        "/api/units/{code}",
        "/api/regimes",
        "/api/regimes/{code}",
        "/api/indicators",
        "/api/reports",
        "/api/reports/{id}",
      ]),
    );
    const reportParams = doc.paths["/api/reports"]!.get!.parameters!.map((p) => `${p.in}:${p.name}`);
    expect(reportParams).toEqual(
      expect.arrayContaining(["query:unit", "query:regime", "query:period", "query:state", "query:limit"]),
    );
    const unitParams = doc.paths["/api/units"]!.get!.parameters!.map((p) => p.name);
    expect(unitParams).toEqual(expect.arrayContaining(["kind", "q", "at"]));
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(["Unit", "UnitDetail", "Regime", "RegimeDetail", "Indicator", "ReportDetail", "Error"]),
    );
  });
});
