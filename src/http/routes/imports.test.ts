import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../test/app.js";
import { buildWorld, type Who, type World } from "../../../test/workflow-world.js";
import { loadReferenceData } from "../../commands/load-demo-data.js";

const REPORT = readFileSync(new URL("../../../test/fixtures/cao-bang-thang-9.txt", import.meta.url));

/** A multipart/form-data body with one file and text fields, as a browser's FormData sends it. */
function multipart(file: { name: string; bytes: Uint8Array } | null, fields: Record<string, string> = {}) {
  const boundary = "----baocao-test-boundary";
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      Buffer.from(file.bytes),
      Buffer.from("\r\n"),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe(`POST /api/imports and /api/imports/preview (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await openTestApp({ signedIn: false });
    world = await buildWorld(t.app, t.ctx);
    await loadReferenceData(t.ctx); // the ICT indicator catalogue that figures are matched against
  });
  afterAll(async () => t.close());

  const send = (
    who: Who | null,
    url: string,
    file: { name: string; bytes: Uint8Array } | null,
    fields?: Record<string, string>,
    options: { csrf?: boolean } = {},
  ) => {
    const client = who ? world.clients[who] : null;
    const body = multipart(file, fields);
    return t.app.inject({
      method: "POST",
      url,
      payload: body.payload,
      headers: {
        "content-type": body.contentType,
        cookie: client ? client.cookie : "",
        ...(client && options.csrf !== false ? { "x-csrf-token": client.csrfToken } : {}),
      },
    });
  };
  const count = async (table: "reports" | "source_files" | "report_sections" | "citations" | "tasks") => {
    const db = t.database.db;
    return Number((await db.selectFrom(table).select(db.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
  };
  const counts = async () => ({
    reports: await count("reports"),
    files: await count("source_files"),
    sections: await count("report_sections"),
    citations: await count("citations"),
    tasks: await count("tasks"),
  });
  const file = { name: "bao-cao-thang-9.txt", bytes: REPORT };

  it("previews the structure with lines and the proposed unit and period, storing nothing", async () => {
    const before = await counts();
    const res = await send("officeA", "/api/imports/preview", file);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.fileName).toBe("bao-cao-thang-9.txt");
    expect(body.report.meta.number).toBe("318/BC-STTTT");
    expect(body.report.meta.province).toBe("Cao Bằng");
    expect(body.proposed).toMatchObject({ unitCode: "SO-04", periodCode: "2026-09" });
    expect(body.units.map((u: { code: string }) => u.code)).toEqual(["SO-04"]);
    // Every item points at the line that holds it.
    const lines: string[] = body.lines;
    const decision = body.report.references.find((r: { code: string }) => r.code === "1274/QĐ-UBND");
    expect(lines[decision.line - 1]).toContain("Quyết định số 1274/QĐ-UBND");
    const signed = body.report.figures.find((f: { value: number }) => f.value === 21105);
    expect(lines[signed.line - 1]).toContain("21.105 văn bản được ký số");
    expect(body.report.headings.map((h: { title: string }) => h.title)).toContain("KHÓ KHĂN, VƯỚNG MẮC");
    expect(body.report.tasks.map((x: { text: string }) => x.text).join("\n")).toContain("tập huấn kỹ năng số");
    for (const h of body.report.headings) expect(lines[h.line - 1]).toContain(h.title);
    expect(await counts()).toEqual(before);
  });

  it("stores the upload for the confirmed unit and period, and skips the same bytes uploaded again", async () => {
    const before = await counts();
    const res = await send("officeA", "/api/imports", file, { unitCode: "SO-04", periodCode: "2026-09" });
    expect(res.json()).toMatchObject({ status: "imported" });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.status).toBe("imported");
    expect(body.message).toContain("bao-cao-thang-9.txt");
    const report = await t.database.db
      .selectFrom("reports as r")
      .innerJoin("units as u", "u.id", "r.unit_id")
      .select(["r.period_code", "r.number_text", "r.origin", "u.code"])
      .where("r.id", "=", body.reportId)
      .executeTakeFirstOrThrow();
    expect(report).toEqual({ period_code: "2026-09", number_text: "318/BC-STTTT", origin: "imported", code: "SO-04" });
    const after = await counts();
    expect(after.reports).toBe(before.reports + 1);
    expect(after.files).toBe(before.files + 1);
    expect(after.citations).toBeGreaterThan(before.citations);
    expect(after.tasks).toBe(before.tasks + 3);

    const again = await send("leaderA", "/api/imports", file, { unitCode: "SO-04", periodCode: "2026-09" });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ status: "skipped", reportId: body.reportId });
    expect(again.json().message).toContain("đã được nhập");
    expect(await counts()).toEqual(after);
  });

  it("lets an administrator import for any department", async () => {
    const edited = Buffer.from(REPORT.toString("utf8").replace("Số: 318", "Số: 319"));
    const res = await send(
      "admin",
      "/api/imports",
      { name: "vinh-long.txt", bytes: edited },
      {
        unitCode: "SO-86",
        periodCode: "2026-09",
      },
    );
    expect(res.statusCode).toBe(201);
  });

  it("answers 409 when the unit already has a current report of that regime and period", async () => {
    const target = { unitCode: "SO-04", periodCode: "2026-08", regimeCode: "ICT-THANG" };
    const first = Buffer.from(REPORT.toString("utf8").replaceAll("tháng 9 năm 2026", "tháng 8 năm 2026"));
    const stored = await send("officeA", "/api/imports", { name: "thang-8.txt", bytes: first }, target);
    expect(stored.statusCode).toBe(201);
    const before = await counts();
    const second = Buffer.from(`${first.toString("utf8")}\n`);
    const res = await send("officeA", "/api/imports", { name: "thang-8-ban-2.txt", bytes: second }, target);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("ALREADY_EXISTS");
    expect(res.json().error.message).toMatch(/đã có|đã tồn tại/i);
    expect(await counts()).toEqual(before);
  });

  it.each([
    [
      "an unsupported type",
      { name: "bang-tinh.xlsx", bytes: Buffer.from("PK\u0003\u0004abc") },
      415,
      /định dạng ".xlsx"/,
    ],
    ["an empty file", { name: "rong.txt", bytes: new Uint8Array() }, 400, /rỗng/],
    [
      "a binary file",
      { name: "anh.txt", bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]) },
      400,
      /nhị phân/,
    ],
    [
      "a .docx that is not Word",
      { name: "hong.docx", bytes: Buffer.from("không phải tệp zip") },
      400,
      /không phải là tệp Word/,
    ],
  ])("refuses %s with a Vietnamese message naming the file", async (_what, bad, status, message) => {
    const before = await counts();
    for (const url of ["/api/imports/preview", "/api/imports"]) {
      const res = await send("officeA", url, bad, { unitCode: "SO-04", periodCode: "2026-09" });
      expect(res.statusCode).toBe(status);
      expect(res.json().error.message).toMatch(message);
      expect(res.json().error.message).toContain(bad.name);
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses a file over 20 MB with 413 naming the file", async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 10).fill(0x61);
    const res = await send("officeA", "/api/imports/preview", { name: "qua-lon.txt", bytes: big });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toContain("qua-lon.txt");
    expect(res.json().error.message).toContain("20 MB");
  });

  it("refuses a .docx that expands into a zip bomb with 413", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "a".repeat(210 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const res = await send("officeA", "/api/imports/preview", { name: "bom.docx", bytes });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toContain("bom.docx");
  });

  it("refuses a request without a file or that is not multipart", async () => {
    const none = await send("officeA", "/api/imports/preview", null);
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toContain("Chưa chọn tệp");
    const json = await world.request("officeA", "POST", "/api/imports/preview", { file: "x" });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.message).toContain("multipart/form-data");
  });

  it("refuses a wrong period code and an unknown unit, naming the field", async () => {
    const period = await send("officeA", "/api/imports", file, { unitCode: "SO-04", periodCode: "2026-13" });
    expect(period.statusCode).toBe(400);
    expect(period.json().error.field).toBe("periodCode");
    const unit = await send("officeA", "/api/imports", file, { unitCode: "SO-99-KHONG", periodCode: "2026-09" });
    expect(unit.statusCode).toBe(404);
    const missing = await send("officeA", "/api/imports", file, { periodCode: "2026-09" });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe("unitCode");
  });

  it("is described in the OpenAPI document with named schemas", async () => {
    const res = await world.request("officeA", "GET", "/api/docs/json");
    const doc = res.json<{ paths: Record<string, Record<string, unknown>>; components: { schemas: object } }>();
    expect(doc.paths["/api/imports/preview"]?.post).toBeDefined();
    const post = doc.paths["/api/imports"]?.post as { requestBody?: { content: Record<string, unknown> } };
    expect(JSON.stringify(post.requestBody?.content["multipart/form-data"])).toContain("ImportUploadBody");
    expect(JSON.stringify(doc.components.schemas)).toContain('"format":"binary"');
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(["ImportPreview", "ImportResult"]));
  });

  it("answers 401 without a session and 403 without the CSRF token", async () => {
    const before = await counts();
    const anonymous = await send(null, "/api/imports", file, { unitCode: "SO-04", periodCode: "2026-09" });
    expect(anonymous.statusCode).toBe(401);
    const noToken = await send(
      "officeA",
      "/api/imports",
      file,
      { unitCode: "SO-04", periodCode: "2026-09" },
      { csrf: false },
    );
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe("CSRF_INVALID");
    expect(await counts()).toEqual(before);
  });

  it("answers 403 to a specialist and to another province's office", async () => {
    const before = await counts();
    const specialist = await send("specialistA", "/api/imports/preview", file);
    expect(specialist.statusCode).toBe(403);
    expect(specialist.json().error.message).toContain("không có quyền nhập");
    const specialistImport = await send("specialistA", "/api/imports", file, {
      unitCode: "SO-04",
      periodCode: "2026-09",
    });
    expect(specialistImport.statusCode).toBe(403);
    const otherProvince = await send("officeB", "/api/imports", file, { unitCode: "SO-04", periodCode: "2026-09" });
    expect(otherProvince.statusCode).toBe(403);
    expect(otherProvince.json().error.message).toContain("SO-04");
    const receiver = await send("receiverProvinceA", "/api/imports/preview", file);
    expect(receiver.statusCode).toBe(403);
    expect(await counts()).toEqual(before);
  });
});
