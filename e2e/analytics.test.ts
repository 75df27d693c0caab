import ExcelJS from "exceljs";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CompletenessGridResponse } from "../src/contract/analytics.js";
import { launchBrowser, screenshot } from "./browser.js";
import { DEMO_PASSWORD, type RunningServer, startServer, temporaryDataDir } from "./server.js";

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
const data = temporaryDataDir();
let session = "";

// Today in Vietnam: which periods of 2026 are already due depends on the day the test runs.
const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

async function apiGet<T>(path: string): Promise<T> {
  const res = await fetch(`${server.baseUrl}${path}`, { headers: { cookie: `baocao_session=${session}` } });
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

beforeAll(async () => {
  // The demo accounts get the harness's password at the first start; the ministry's office signs in through the API.
  server = await startServer(data.dir);
  const res = await fetch(`${server.baseUrl}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "bo.tonghop", password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  session = /baocao_session=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1] ?? "";
  browser = await launchBrowser();
  context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: "vi-VN",
    acceptDownloads: true,
  });
  await context.addCookies([{ name: "baocao_session", value: session, url: server.baseUrl }]);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
  data.remove();
});

describe("completeness and consolidation (bo.tonghop, the ministry's office)", () => {
  it("shows the year grid with percentages, and downloads it as an .xlsx with Vietnamese headers", async () => {
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/phan-tich`);
    await page.getByTestId("analytics-overview").waitFor();
    await screenshot(page, "analytics-00-overview", { fullPage: false });
    await page.getByRole("link", { name: "Bảng theo dõi cả năm" }).click();
    await page.getByLabel("Năm", { exact: true }).fill("2026");
    const grid = page.getByTestId("completeness-grid");
    await grid.waitFor();
    // Unit, twelve months, sent, two rates.
    await expect.poll(() => grid.locator("thead th").count()).toBe(16);
    const caoBang = grid.locator("tbody tr", { hasText: "Cao Bằng" }).first();
    expect(await caoBang.textContent()).toContain("Đã gửi");
    expect(await caoBang.locator("td.num").nth(1).textContent()).toMatch(/^\d+(,\d)?%$/);
    const footer = grid.locator("tfoot tr").nth(1);
    expect(await footer.textContent()).toMatch(/\d+(,\d)?%/);
    if (today <= "2026-12-15") {
      // December 2026 is not due yet: no rate, and never counted as missing.
      expect(await footer.locator("td").nth(11).textContent()).toBe("Chưa đến hạn");
    }
    await expect.poll(() => page.locator(".grid-legend .legend-item").count()).toBe(6);
    await screenshot(page, "analytics-01-grid", { fullPage: false });
    await page.emulateMedia({ media: "print" });
    await screenshot(page, "analytics-06-grid-print");
    await page.emulateMedia({ media: "screen" });

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Tải Excel (.xlsx)" }).click();
    const file = await download;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await file.path());
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).filter((v) => typeof v === "string");
    expect(headers[0]).toBe("Đơn vị");
    expect(headers).toContain("tháng 1/2026");
    expect(headers).toContain("Tỷ lệ đã gửi (%)");
    expect(headers).toContain("Tỷ lệ đúng hạn (%)");
    expect(sheet.rowCount).toBeGreaterThan(30);
    if (today <= "2026-12-15") {
      const december = (sheet.getRow(1).values as unknown[]).indexOf("tháng 12/2026");
      expect(sheet.getRow(2).getCell(december).value).toBe("Chưa đến hạn");
    }
    await page.close();
  });

  it("lists a period's units with a late one, filters by state, and links to the reports", async () => {
    // A period in which one of the demo departments sent late (the demo makes about one report in twelve late).
    let late: { period: string; unitName: string } | null = null;
    for (const year of [2026, 2025]) {
      const grid = await apiGet<CompletenessGridResponse>(
        `/api/analytics/completeness/grid?regime=ICT-THANG&year=${year}`,
      );
      for (const row of grid.rows) {
        const cell = row.cells.find((c) => c?.timeliness === "late");
        // The name the unit had then (Bến Tre's department before the 2025 merger keeps its old name).
        if (cell && !late) late = { period: cell.periodCode, unitName: cell.unitName };
      }
    }
    expect(late, "a late report in the demo data").not.toBeNull();
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/phan-tich/tinh-hinh-gui?regime=ICT-THANG&period=${late!.period}`);
    const list = page.getByTestId("completeness-list");
    await list.waitFor();
    expect(Number(await list.locator("tbody tr").count())).toBeGreaterThan(30);
    const counts = page.getByTestId("completeness-counts");
    expect(await counts.textContent()).toMatch(/Gửi muộn[1-9]/);

    await page.getByLabel("Lọc theo trạng thái").selectOption("sent");
    await expect.poll(() => list.locator("tbody tr").count()).toBeLessThan(5);
    const row = list.locator("tbody tr", { hasText: late!.unitName });
    expect(await row.textContent()).toMatch(/Gửi muộn: \d+ ngày/);
    await screenshot(page, "analytics-02-period", { fullPage: false });
    await row.getByRole("link", { name: "Mở báo cáo" }).click();
    await page.waitForURL(/\/reports\/\d+$/);
    await page.locator(".report-title").waitFor();
    await page.close();
  });

  it("lists reminders: overdue with days late, due soon with days left", async () => {
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/phan-tich/nhac-han?regime=ICT-THANG&within=30`);
    const overdue = page.getByTestId("reminders-overdue");
    await overdue.waitFor();
    // Only Cao Bằng and Vĩnh Long report in the demo: the other departments are overdue.
    expect(await overdue.locator("tbody tr").count()).toBeGreaterThan(30);
    expect(await overdue.locator("tbody tr").first().textContent()).toMatch(/quá hạn \d+ ngày/);
    expect(await page.getByTestId("reminders-summary").textContent()).toMatch(/\d+ báo cáo quá hạn/);
    if (today <= "2026-12-14") {
      const due = page.getByTestId("reminders-due");
      await due.waitFor();
      expect(await due.locator("tbody tr").first().textContent()).toMatch(/còn \d+ ngày|hạn hôm nay/);
    }
    await screenshot(page, "analytics-03-reminders", { fullPage: false });
    await page.close();
  });

  it("reads in English when the user picks English", async () => {
    // A context of its own: the choice stays in localStorage, which the other tests' context must not share.
    const english = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: "en-GB" });
    await english.addCookies([{ name: "baocao_session", value: session, url: server.baseUrl }]);
    const page = await english.newPage();
    await page.addInitScript(() => window.localStorage.setItem("baocao.language", "en"));
    await page.goto(`${server.baseUrl}/phan-tich/bang-nam?regime=ICT-THANG&year=2025`);
    const grid = page.getByTestId("completeness-grid");
    await grid.waitFor();
    expect(await grid.locator("thead th").first().textContent()).toBe("Unit");
    expect(await grid.locator("thead th").nth(1).textContent()).toBe("Jan");
    expect(await page.locator(".grid-legend").textContent()).toContain("Overdue, not sent");
    await screenshot(page, "analytics-07-grid-en", { fullPage: false });
    await english.close();
  });

  it("previews the consolidated summary, creates the draft and lands on it, then offers to regenerate it", async () => {
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/phan-tich/tong-hop?regime=ICT-THANG&period=2026-09`);
    await page.getByRole("button", { name: "Xem trước" }).click();
    const preview = page.getByTestId("consolidation-preview");
    await preview.waitFor();
    const text = (await preview.textContent()) ?? "";
    expect(text).toContain("Số liệu chủ yếu");
    expect(text).toContain("Đơn vị chưa gửi");
    // Each province's highlights link to their source section.
    const source = preview.getByRole("link", { name: /Xem mục nguồn/ }).first();
    expect(await source.getAttribute("href")).toMatch(/^\/reports\/\d+#section-\d+$/);
    await screenshot(page, "analytics-04-consolidation-preview");

    await page.getByRole("button", { name: "Tạo dự thảo tổng hợp" }).click();
    await page.waitForURL(/\/reports\/\d+$/);
    const reportUrl = page.url();
    await page.locator(".report-title").waitFor();
    expect(await page.locator(".report-title").textContent()).toContain("Tổng hợp tình hình hoạt động");
    expect(await page.locator(".report-head-badges").textContent()).toContain("Dự thảo");
    // It opens in the editor: the office may edit the sections of its own draft.
    await page.locator(".section-editor").first().waitFor();
    await screenshot(page, "analytics-05-consolidation-draft", { fullPage: false });

    await page.goto(`${server.baseUrl}/phan-tich/tong-hop?regime=ICT-THANG&period=2026-09`);
    await page.getByRole("button", { name: "Xem trước" }).click();
    await page.getByRole("button", { name: "Lập lại" }).waitFor();
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Lập lại" }).click();
    await page.waitForURL(reportUrl);
    await page.locator(".report-title").waitFor();
    await page.close();
  });
});
