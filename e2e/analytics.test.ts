import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot } from "./browser.js";
import { DEMO_PASSWORD, type RunningServer, startServer, temporaryDataDir } from "./server.js";

let server: RunningServer;
let browser: Browser;
const data = temporaryDataDir();
let session = "";

beforeAll(async () => {
  // The demo accounts get the harness's password at the first start; the receiving level signs in through the API.
  server = await startServer(data.dir);
  const res = await fetch(`${server.baseUrl}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "bo.tonghop", password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  session = /baocao_session=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1] ?? "";
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  data.remove();
});

describe("analytics page (receiving level)", () => {
  it("shows the completeness grid, a ranking with a chart, and downloads an .xlsx that opens", async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: "vi-VN" });
    await context.addCookies([{ name: "baocao_session", value: session, url: server.baseUrl }]);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/analytics`);
    await page.getByLabel("Năm").fill("2026");
    const grid = page.locator(".completeness-grid");
    await grid.waitFor();
    // The demo's Vĩnh Long sent its 2026 reports; the grid has one column per month.
    await expect.poll(() => grid.locator("thead th").count()).toBe(15);
    expect(await grid.locator("tbody tr", { hasText: "Vĩnh Long" }).first().textContent()).toContain("Đã gửi");
    await screenshot(page, "analytics-01-grid", { fullPage: false });

    await page.getByLabel("Kỳ").fill("2026-09");
    await page.locator(".ranking-chart svg").waitFor();
    const ranked = page.locator(".ranking-table tbody tr");
    await expect.poll(() => ranked.count()).toBe(34);
    expect(await ranked.first().locator("td").first().textContent()).toBe("1");
    await page.locator(".ranking-chart").scrollIntoViewIfNeeded();
    await screenshot(page, "analytics-02-ranking", { fullPage: false });

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Tải Excel" }).first().click();
    const file = await download;
    const path = await file.path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell("A1").value).toBe("Đơn vị");
    expect(sheet.rowCount).toBeGreaterThan(30);
    await context.close();
  });
});
