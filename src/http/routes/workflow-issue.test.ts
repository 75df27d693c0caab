/**
 * Issuing a report: the checks of an ICT draft, the place-date line and the signer of the issued document, and
 * the unit's register under concurrent issues — over HTTP, on PGlite and on a PostgreSQL server.
 */
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../test/app.js";
import { buildWorld, type Client, PASSWORD, type World } from "../../../test/workflow-world.js";
import { createAccount } from "../../commands/create-account.js";
import type { ReportDetail } from "../../contract/reports.js";
import type { TransitionResult } from "../../contract/workflow.js";
import { ictIndicators, ictRegimes } from "../../packs/ict/index.js";
import { upsertIndicators } from "../../storage/indicators.js";
import { upsertRegimes } from "../../storage/regimes.js";

const DB = process.env.DATABASE_URL ? "PostgreSQL" : "PGlite";

let t: TestApp;
let w: World;
/** The director of SO-04 (signs in his own name); leaderA is made a deputy director. */
let director: Client;

beforeAll(async () => {
  t = await openTestApp();
  w = await buildWorld(t.app, t.ctx);
  const db = t.database.db;
  await upsertIndicators(db, ictIndicators);
  await upsertRegimes(db, ictRegimes);
  await db
    .updateTable("users")
    .set({ job_title: "Phó Giám đốc" })
    .where("username", "=", w.clients.leaderA.username)
    .execute();
  const username = `giamdoc.${w.clients.leaderA.username.split(".")[1]}`;
  await createAccount(t.ctx, {
    username,
    displayName: "Đàm Văn Hùng",
    jobTitle: "Giám đốc",
    password: PASSWORD,
    roles: [{ role: "leader", unitCode: "SO-04" }],
  });
  const res = await t.app.inject({
    method: "POST",
    url: "/api/session",
    payload: { username, password: PASSWORD },
    headers: { cookie: "" },
  });
  expect(res.statusCode, res.body).toBe(200);
  director = {
    username,
    cookie: `baocao_session=${res.cookies.find((c) => c.name === "baocao_session")?.value}`,
    csrfToken: res.json<{ csrfToken: string }>().csrfToken,
  };
});
afterAll(async () => t?.close());

type Who = Parameters<World["request"]>[0] | "director";

function as(who: Who, method: "GET" | "POST" | "PUT", url: string, body?: unknown) {
  if (who !== "director") return w.request(who, method, url, body);
  return t.app.inject({
    method,
    url,
    headers: { cookie: director.cookie, "x-csrf-token": director.csrfToken },
    ...(body !== undefined ? { payload: body as object } : {}),
  });
}

async function create(regime: string, period: string): Promise<ReportDetail> {
  const res = await w.request("officeA", "POST", "/api/reports", { regime, unit: "SO-04", period });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ReportDetail>();
}

async function act(who: Who, id: number, action: string, comment?: string): Promise<TransitionResult> {
  const res = await as(who, "POST", `/api/reports/${id}/transitions`, { action, ...(comment ? { comment } : {}) });
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  return res.json<TransitionResult>();
}

/** Creates a report of the test regime and takes it to approved (the IT part submitted, compiled, approved). */
async function approved(period: string, approver: Who = "leaderA"): Promise<number> {
  const r = await create(w.regime.code, period);
  await act("specialistA", r.id, "submit");
  await act("officeA", r.id, "compile");
  await act(approver, r.id, "approve");
  return r.id;
}

/** The text of each paragraph of a .docx body. */
async function docxParagraphs(id: number): Promise<string[]> {
  const res = await w.request("receiverMinistry", "GET", `/api/reports/${id}/document?format=docx`);
  expect(res.statusCode, res.body).toBe(200);
  const zip = await JSZip.loadAsync(res.rawPayload);
  const xml = await zip.file("word/document.xml")!.async("string");
  return xml
    .split("</w:p>")
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .filter((p) => p.trim() !== "");
}

/** "Cao Bằng, ngày 05 tháng 01 năm 2026" for an ISO date, as Decree 30 writes it. */
function placeDate(place: string, iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${place}, ngày ${String(d).padStart(2, "0")} tháng ${m <= 2 ? `0${m}` : m} năm ${y}`;
}

describe(`checks of an ICT monthly draft (${DB})`, () => {
  it("find no numbering jump when the inspectorate's and the press division's sections fell to the office", async () => {
    const r = await create("ICT-THANG", "2026-10");
    const byTitle = (start: string) => r.sections.find((s) => s.title.startsWith(start))!;
    // SO-04-TT ended on 30/6/2025 and SO-04-TTBCXB on 28/2/2025: their sections are the office's now.
    expect(
      ["Công tác thanh tra", "Lĩnh vực báo chí", "Lĩnh vực công nghệ thông tin"].map((t) => byTitle(t).divisionCode),
    ).toEqual(["SO-04-VP", "SO-04-VP", "SO-04-CNTT"]);
    const cntt = byTitle("Lĩnh vực công nghệ thông tin");
    const saved = await w.request("specialistA", "PUT", `/api/reports/${r.id}/sections/${cntt.id}`, {
      text: "Duy trì vận hành ổn định hệ thống quản lý văn bản và điều hành.\n\n1. Cấp mới 125 chứng thư số.\n2. Kết nối 15 hệ thống thông tin với nền tảng tích hợp, chia sẻ dữ liệu của tỉnh.",
      baseVersion: cntt.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    await act("specialistA", r.id, "submit");
    await act("officeA", r.id, "compile");
    const detail = (await w.request("officeA", "GET", `/api/reports/${r.id}`)).json<ReportDetail>();
    expect(detail.findings.filter((f) => f.kind === "numbering")).toEqual([]);

    // A real skip in the section's list is still found.
    const stale = detail.sections.find((s) => s.id === cntt.id)!;
    const wrong = await w.request("officeA", "PUT", `/api/reports/${r.id}/sections/${stale.id}`, {
      text: "1. Cấp mới 125 chứng thư số.\n3. Kết nối 15 hệ thống thông tin.",
      baseVersion: stale.version,
    });
    expect(wrong.statusCode, wrong.body).toBe(200);
    const after = (await w.request("officeA", "GET", `/api/reports/${r.id}`)).json<ReportDetail>();
    // It names the section it is in, for the page to show where.
    expect(after.findings.filter((f) => f.kind === "numbering").map((f) => [f.message, f.sectionId])).toEqual([
      ["Số thứ tự nhảy từ 1 sang 3 (thiếu 2)", cntt.id],
    ]);
  });
});

describe(`the issued document's place, date and signer (${DB})`, () => {
  it("prints the province and the date of issue, and a deputy director signing for the director", async () => {
    const id = await approved("2026-08");
    const issued = await act("leaderA", id, "issue");
    expect(issued.issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const detail = (await w.request("officeA", "GET", `/api/reports/${id}`)).json<ReportDetail>();
    expect(detail).toMatchObject({ place: "Cao Bằng", signerName: "Lương Văn Chiến", signerTitle: "Phó Giám đốc" });

    const paragraphs = await docxParagraphs(id);
    expect(paragraphs).toContain(`Số: ${issued.numberText}`);
    expect(paragraphs).toContain(placeDate("Cao Bằng", issued.issuedOn!));
    const at = paragraphs.indexOf("KT. GIÁM ĐỐC");
    expect(at).toBeGreaterThan(0);
    expect(paragraphs.slice(at, at + 3)).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lương Văn Chiến"]);

    const md = await w.request("officeA", "GET", `/api/reports/${id}/document?format=md`);
    expect(md.body).toContain(placeDate("Cao Bằng", issued.issuedOn!));
    expect(md.body).toContain("Lương Văn Chiến");
  });

  it("has the approving director sign in his own name when the office registers the issue", async () => {
    const id = await approved("2026-07", "director");
    const issued = await act("officeA", id, "issue");
    const paragraphs = await docxParagraphs(id);
    expect(paragraphs).toContain(placeDate("Cao Bằng", issued.issuedOn!));
    const at = paragraphs.indexOf("GIÁM ĐỐC");
    expect(at).toBeGreaterThan(0);
    expect(paragraphs[at + 1]).toBe("Đàm Văn Hùng");
    expect(paragraphs.some((p) => p.startsWith("KT."))).toBe(false);
  });

  it("prints the place on a draft, with the date left blank for signing", async () => {
    const r = await create(w.regime.code, "2026-06");
    const md = await w.request("officeA", "GET", `/api/reports/${r.id}/document?format=md`);
    expect(md.statusCode).toBe(200);
    expect(md.body).toMatch(/Cao Bằng, ngày\s+tháng\s+năm 20\.\./);
  });

  it("starts a correction without the old signer, to be signed again when reissued", async () => {
    const id = await approved("2026-05");
    await act("leaderA", id, "issue");
    const corrected = await act("officeA", id, "correct", "Đính chính số liệu chứng thư số.");
    const draft = (await w.request("officeA", "GET", `/api/reports/${corrected.id}`)).json<ReportDetail>();
    expect(draft).toMatchObject({ state: "draft", numberText: null, signerName: null, signerTitle: null });
    // The versions link to each other, for whoever may see both; the receivers do not see the new draft.
    expect(draft.workflow).toMatchObject({ previousVersionId: id, nextVersionId: null });
    const old = (await w.request("officeA", "GET", `/api/reports/${id}`)).json<ReportDetail>();
    expect(old.workflow).toMatchObject({ nextVersionId: corrected.id, allowedActions: [] });
    const seenAbove = await w.request("receiverMinistry", "GET", `/api/reports/${id}`);
    expect(seenAbove.statusCode).toBe(200);
    expect(seenAbove.json<ReportDetail>().workflow.nextVersionId).toBeNull();
    // The parts come submitted, as they were approved: the office compiles the correction straight away.
    expect(draft.sections.filter((s) => s.divisionCode !== null).every((s) => s.submittedAt !== null)).toBe(true);
    expect(draft.workflow.allowedActions).toContain("compile");
    expect((await act("officeA", corrected.id, "compile")).state).toBe("compiled");
  });
});

describe(`the unit's register under concurrent issues (${DB})`, () => {
  const ids: number[] = [];

  it("gives every report issued at the same moment its own number, with no failure", async () => {
    for (const period of ["2027-01", "2027-02", "2027-03", "2027-04"]) ids.push(await approved(period));
    const results = await Promise.all(
      ids.map((id, i) =>
        as(i % 2 ? "officeA" : "leaderA", "POST", `/api/reports/${id}/transitions`, { action: "issue" }),
      ),
    );
    expect(
      results.map((r) => r.statusCode),
      results.map((r) => r.body).join("\n"),
    ).toEqual([200, 200, 200, 200]);
    const numbers = results.map((r) => r.json<TransitionResult>().numberText!);
    expect(new Set(numbers).size).toBe(4);
    const values = numbers.map((n) => Number(n.split("/")[0])).sort((a, b) => a - b);
    expect(values).toEqual([values[0], values[0]! + 1, values[0]! + 2, values[0]! + 3]);
    expect(numbers.every((n) => n.endsWith("/BC-SKHCN"))).toBe(true);
  });

  it("lists the inbox last sent first, whatever the periods", async () => {
    // Sent in the order April, January, March: the inbox shows March, January, April.
    for (const i of [3, 0, 2]) await act("officeA", ids[i]!, "send");
    const inbox = await w.request("receiverMinistry", "GET", "/api/inbox");
    expect(inbox.statusCode).toBe(200);
    const order = inbox
      .json<{ items: { id: number }[] }>()
      .items.map((x) => x.id)
      .filter((x) => ids.includes(x));
    expect(order).toEqual([ids[2], ids[0], ids[3]]);
  });
});
