import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot } from "./browser.js";
import { figureText, fillFigure, waitFiguresSaved } from "./figures.js";
import { signIn } from "./sign-in.js";
import { apiSession, startBrowserWorld } from "./world.js";

const world = startBrowserWorld();

/** Signs in over the API and returns what a state-changing call needs. */
const signInApi = (username: string) => apiSession(world.server.baseUrl, username);

/** The office creates a fresh ICT-THANG draft of SO-04 for a month the demo data has not used. */
async function createDraft(): Promise<number> {
  const office = await signInApi("vanphong");
  for (const period of ["2027-03", "2027-04", "2027-05", "2027-06"]) {
    const list = await fetch(`${world.server.baseUrl}/api/reports?unit=SO-04&regime=ICT-THANG&period=${period}`, {
      headers: { cookie: office.cookie },
    });
    if (((await list.json()) as { items: unknown[] }).items.length > 0) continue;
    const created = await fetch(`${world.server.baseUrl}/api/reports`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: office.cookie, "x-csrf-token": office.csrfToken },
      body: JSON.stringify({ regime: "ICT-THANG", unit: "SO-04", period }),
    });
    if (created.status !== 201) throw new Error(`creating the draft failed: ${await created.text()}`);
    return ((await created.json()) as { id: number }).id;
  }
  throw new Error("no free period for ICT-THANG of SO-04");
}

const RECEIVED = "Hồ sơ thủ tục hành chính tiếp nhận";
const ONLINE = "Hồ sơ tiếp nhận trực tuyến";
const IN_PERSON = "Hồ sơ tiếp nhận trực tiếp";
const FULL = `${RECEIVED} — Toàn trình`;
const RATE = "Tỷ lệ hồ sơ tiếp nhận trực tuyến";

async function openFigures(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator(".report-title").waitFor();
  await page.getByRole("tab", { name: /^Số liệu/ }).click();
  await page.locator('[data-testid="figures-form"]').waitFor();
}

describe("the figures form of a draft", () => {
  it("takes figures in Vietnamese notation, computes the ratio, warns, saves and keeps them", async () => {
    const id = await createDraft();
    const url = `${world.server.baseUrl}/reports/${id}`;
    const page = await world.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "vi-VN" });
    await page.goto(url);
    await signIn(page, "chuyenvien.cntt");
    await openFigures(page, url);

    // Carried cumulative figures are marked.
    const carried = page.locator('[data-testid="figures-form"] .badge-carried');
    expect(await carried.count()).toBeGreaterThan(0);

    await fillFigure(page, RECEIVED, "1.250");
    await fillFigure(page, ONLINE, "1000");
    await fillFigure(page, FULL, "2.000");
    // Computed live, before any save answers.
    expect(await figureText(page, RATE)).toBe("80%");
    expect(await figureText(page, ONLINE)).toBe("1.000");
    const fullRow = page.locator('[data-testid="figure-DOSSIER_RECEIVED|full"] + tr.figure-messages');
    expect(await fullRow.textContent()).toContain("lớn hơn tổng số 1.250 hồ sơ");

    await fillFigure(page, IN_PERSON, "25a");
    const error = page.locator('[data-testid="figure-DOSSIER_IN_PERSON|"] + tr.figure-messages .figure-error');
    expect(await error.textContent()).toContain("Không phải số hợp lệ");
    expect(await page.getByRole("textbox", { name: IN_PERSON, exact: true }).getAttribute("aria-invalid")).toBe("true");

    await waitFiguresSaved(page);
    expect(await page.locator('[data-testid="figures-status"]').textContent()).toMatch(/Đã lưu lúc \d\d:\d\d/);
    await screenshot(page, "figures-10-typed", { fullPage: false });
    await page.locator(".tab-body").evaluate((el) => el.scrollTo(0, 0));
    await page.locator(".side-panel").scrollIntoViewIfNeeded();
    await screenshot(page, "figures-11-top", { fullPage: false });

    // After a reload the figures are the stored ones; the invalid text was never sent.
    await openFigures(page, url);
    expect(await figureText(page, RECEIVED)).toBe("1.250");
    expect(await figureText(page, ONLINE)).toBe("1.000");
    expect(await figureText(page, FULL)).toBe("2.000");
    expect(await figureText(page, RATE)).toBe("80%");
    expect(await figureText(page, IN_PERSON)).toBe("");

    // Clearing a cell removes the figure.
    await fillFigure(page, FULL, "");
    await waitFiguresSaved(page);
    const office = await signInApi("vanphong");
    const detail = (await (
      await fetch(`${world.server.baseUrl}/api/reports/${id}`, { headers: { cookie: office.cookie } })
    ).json()) as { values: { indicatorCode: string; disaggregation: string; value: number; provenance: string }[] };
    const stored = (code: string, d = "") =>
      detail.values.find((v) => v.indicatorCode === code && v.disaggregation === d);
    expect(stored("DOSSIER_RECEIVED")?.value).toBe(1250);
    expect(stored("DOSSIER_ONLINE")?.value).toBe(1000);
    expect(stored("DOSSIER_RECEIVED", "full")).toBeUndefined();
    expect(stored("DOSSIER_ONLINE_RATE")).toMatchObject({ value: 80, provenance: "computed" });
    expect(stored("DOSSIER_IN_PERSON")).toBeUndefined();
    await page.close();
  });

  it("imports figures from an Excel sheet, naming each bad cell", async () => {
    const id = await createDraft();
    const url = `${world.server.baseUrl}/reports/${id}`;
    const page = await world.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "vi-VN" });
    await page.goto(url);
    await signIn(page, "chuyenvien.cntt");
    await openFigures(page, url);
    const template = await page.evaluate(async () => {
      const link = document.querySelector<HTMLAnchorElement>('[data-testid="figures-form"] a[download]')!;
      const res = await fetch(link.href);
      return { status: res.status, type: res.headers.get("content-type"), text: link.textContent };
    });
    expect(template).toMatchObject({
      status: 200,
      type: expect.stringContaining("spreadsheetml"),
      text: "Tải mẫu Excel",
    });

    async function xlsx(rows: [string, string, ExcelJS.CellValue][]): Promise<Buffer> {
      const workbook = new ExcelJS.Workbook();
      const ws = workbook.addWorksheet("Biểu số liệu");
      ws.addRow(["Mã chỉ tiêu", "Mã phân tổ", "Giá trị"]);
      for (const row of rows) ws.addRow(row);
      return Buffer.from(await workbook.xlsx.writeBuffer());
    }
    const mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    const input = page.locator('[data-testid="figures-import"]');
    await input.setInputFiles({
      name: "bieu-so-lieu.xlsx",
      mimeType: mime,
      buffer: await xlsx([
        ["DOSSIER_RECEIVED", "", "1.318"],
        ["DOSSIER_ONLINE", "", "9a7"],
        ["POSTAL_POINTS", "", 212],
      ]),
    });
    const errors = page.locator('[data-testid="figures-import-errors"]');
    await errors.waitFor();
    const text = (await errors.textContent()) ?? "";
    expect(text).toContain("Ô C3");
    expect(text).toContain("'9a7' không phải là số");
    expect(text).toContain("Ô C4");
    expect(text).toContain("POSTAL_POINTS");
    await screenshot(page, "figures-30-import-errors", { fullPage: false });

    await input.setInputFiles({
      name: "bieu-so-lieu.xlsx",
      mimeType: mime,
      buffer: await xlsx([
        ["DOSSIER_RECEIVED", "", "1.318"],
        ["DOSSIER_ONLINE", "", 1054],
      ]),
    });
    await page.getByText("Đã nhập 2 số liệu từ tệp Excel.").waitFor();
    // The form is rebuilt from the reloaded report.
    await expect.poll(() => figureText(page, RECEIVED), { timeout: 10_000 }).toBe("1.318");
    expect(await figureText(page, ONLINE)).toBe("1.054");
    expect(await figureText(page, RATE)).toBe("79,97%");
    await screenshot(page, "figures-31-imported", { fullPage: false });
    await page.close();
  });

  it("shows someone else's figure next to the user's on a stale save and keeps the user's when asked", async () => {
    const id = await createDraft();
    const url = `${world.server.baseUrl}/reports/${id}`;
    const page = await world.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "vi-VN" });
    await page.goto(url);
    await signIn(page, "chuyenvien.cntt");
    await openFigures(page, url);

    // Meanwhile the office saves two figures of the same form.
    const office = await signInApi("vanphong");
    const headers = { cookie: office.cookie };
    const read = async () =>
      (await (await fetch(`${world.server.baseUrl}/api/reports/${id}`, { headers })).json()) as {
        version: number;
        values: { indicatorCode: string; value: number }[];
      };
    const saved = await fetch(`${world.server.baseUrl}/api/reports/${id}/values`, {
      method: "PUT",
      headers: { ...headers, "content-type": "application/json", "x-csrf-token": office.csrfToken },
      body: JSON.stringify({
        baseVersion: (await read()).version,
        values: [
          { indicator: "DOSSIER_RESOLVED", value: 500 },
          { indicator: "DOSSIER_PENDING", value: 12 },
        ],
      }),
    });
    expect(saved.status).toBe(200);

    await fillFigure(page, "Hồ sơ đã giải quyết", "480");
    const theirs = page.locator('[data-testid="figure-DOSSIER_RESOLVED|"] + tr.figure-messages .figure-theirs');
    await theirs.waitFor();
    expect(await theirs.textContent()).toBe("Người khác đã lưu: 500 hồ sơ");
    expect(await figureText(page, "Hồ sơ đã giải quyết")).toBe("480");
    // A figure the user did not touch follows the other person's save.
    expect(await figureText(page, "Hồ sơ đang giải quyết (tồn)")).toBe("12");
    await page.locator(".figures-conflict").scrollIntoViewIfNeeded();
    await screenshot(page, "figures-40-conflict", { fullPage: false });
    await theirs.scrollIntoViewIfNeeded();
    await screenshot(page, "figures-41-conflict-cell", { fullPage: false });

    await page.getByRole("button", { name: "Giữ số của tôi" }).click();
    await waitFiguresSaved(page);
    const after = await read();
    expect(after.values.find((v) => v.indicatorCode === "DOSSIER_RESOLVED")?.value).toBe(480);
    expect(after.values.find((v) => v.indicatorCode === "DOSSIER_PENDING")?.value).toBe(12);
    await page.close();
  });

  it("is read only for the leader", async () => {
    const id = await createDraft();
    const page = await world.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "vi-VN" });
    await page.goto(`${world.server.baseUrl}/reports/${id}`);
    await signIn(page, "giamdoc");
    await openFigures(page, `${world.server.baseUrl}/reports/${id}`);
    expect(await page.locator('[data-testid="figures-form"] input.figure-input').count()).toBe(0);
    expect(await page.locator('[data-testid="figures-form"]').textContent()).toContain("Chỉ xem");
    await screenshot(page, "figures-20-read-only", { fullPage: false });
    await page.close();
  });
});
