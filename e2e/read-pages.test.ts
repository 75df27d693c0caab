import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foldText } from "../src/domain/vn-text.js";
import { launchBrowser, screenshot } from "./browser.js";
import { type SeededData, seedDataDir } from "./seed.js";
import { type RunningServer, startServer, temporaryDataDir } from "./server.js";
import { apiCookie, signIn } from "./sign-in.js";

let server: RunningServer;
let browser: Browser;
let seeded: SeededData;
// The administrator sees every unit's reports, drafts of the test's own department included; one sign-in
// through the real page, then every test reuses its cookie (sign-ins are rate limited per user).
let signedIn: BrowserContextOptions["storageState"];
const data = temporaryDataDir();

/** A new browser page already signed in as the administrator. */
function adminPage(options: BrowserContextOptions = {}): Promise<Page> {
  return browser.newPage({ ...options, storageState: signedIn });
}

beforeAll(async () => {
  // The first start over an empty folder loads whatever demo data the app brings; then the test adds its own
  // records (codes prefixed E2E-) through the storage factories, so its checks do not depend on the demo.
  server = await startServer(data.dir);
  const cookie = await apiCookie(server.baseUrl, "admin");
  const units = (await (await fetch(`${server.baseUrl}/api/units`, { headers: { cookie } })).json()) as {
    items: unknown[];
  };
  if (units.items.length === 0) console.warn("e2e: no demo data after the first start; the test's own records only");
  await server.stop();
  seeded = await seedDataDir(data.dir);
  server = await startServer(data.dir);
  browser = await launchBrowser();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.baseUrl);
  await signIn(page, "admin");
  signedIn = await context.storageState();
  await context.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  data.remove();
});

describe("read-only pages", () => {
  it("home shows the Vietnamese title, the units and a search that ignores diacritics", async () => {
    const page = await adminPage({ viewport: { width: 1366, height: 900 }, locale: "vi-VN" });
    await page.goto(server.baseUrl);
    await expect.poll(() => page.locator(".brand-title").textContent()).toBe("baocao — Hệ thống thông tin báo cáo");
    expect(await page.title()).toBe("baocao — Hệ thống thông tin báo cáo");
    const rows = page.locator('[data-testid="units-table"] tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(1);
    await screenshot(page, "01-home");

    const before = await rows.count();
    await page.getByRole("searchbox").fill("vinh long");
    await expect.poll(() => rows.count()).toBeLessThan(before);
    const found = await rows.allTextContents();
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((text) => text.includes("Vĩnh Long"))).toBe(true);
    await screenshot(page, "02-home-search");

    // The most recent report opens from the home page, whichever unit wrote it (demo data or the test's own).
    const recent = page.locator('[data-testid="reports-table"] tbody tr a.report-link').first();
    const title = (await recent.textContent())?.trim();
    await recent.click();
    await page.getByRole("heading", { name: "Nội dung báo cáo" }).waitFor();
    expect(await page.locator(".report-title").textContent()).toBe(title);
    await screenshot(page, "12-home-first-report");
    await page.locator(".report-section").last().scrollIntoViewIfNeeded();
    await screenshot(page, "13-report-last-section", { fullPage: false });
    await page.close();
  });

  it("shows a unit with its names over time, successions and reports", async () => {
    // Not signed in yet: the sign-in page answers at the unit's address and signing in lands on the unit.
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${server.baseUrl}/units/${seeded.successorCode}`);
    await signIn(page, "admin");
    expect(new URL(page.url()).pathname).toBe(`/units/${seeded.successorCode}`);
    await page.getByRole("heading", { name: "Kế thừa, sáp nhập" }).waitFor();
    const aside = await page.locator("aside").textContent();
    expect(aside).toContain(`Kế thừa ${seeded.departmentCode}`);
    expect(aside).toContain("01/03/2025");
    await page.getByRole("link", { name: seeded.departmentCode }).click();
    await page.locator('[data-testid="reports-table"]').waitFor();
    expect(await page.locator(".report-title").textContent()).toBe("Sở Thông tin và Truyền thông tỉnh Cao Bằng");
    expect(await page.locator("aside").textContent()).toContain(`Trở thành ${seeded.successorCode}`);
    expect(await page.locator('[data-testid="reports-table"] tbody tr').count()).toBe(3);
    await screenshot(page, "14-unit");
    await page.close();
  });

  it("switches to English and remembers it", async () => {
    const page = await adminPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(server.baseUrl);
    await page.getByRole("combobox", { name: "Ngôn ngữ" }).selectOption("en");
    await expect.poll(() => page.locator(".brand-title").textContent()).toBe("baocao — Reporting information system");
    await page.reload();
    await expect.poll(() => page.locator(".mainnav").textContent()).toContain("Reports");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await screenshot(page, "03-home-english");
    await page.close();
  });

  it("lists the regimes with their rules and opens one with its outline and form", async () => {
    const page = await adminPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${server.baseUrl}/regimes`);
    const link = page.locator(`a[href="/regimes/${seeded.regimeCode}"]`);
    await link.waitFor();
    expect(await page.locator("main").textContent()).toContain("Từ ngày 15 tháng trước đến ngày 14 tháng cuối kỳ");
    await screenshot(page, "04-regimes");
    await link.click();
    await page.getByRole("heading", { name: "Đề cương" }).waitFor();
    const outline = await page.locator(".outline").textContent();
    expect(outline).toContain("KẾT QUẢ THỰC HIỆN NHIỆM VỤ");
    expect(outline).toContain("Công nghệ thông tin");
    expect(await page.locator("main").textContent()).toContain("Tỷ lệ văn bản đi được ký số");
    await screenshot(page, "05-regime");
    await page.close();
  });

  it("searches the indicator catalogue without diacritics", async () => {
    const page = await adminPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${server.baseUrl}/indicators`);
    await page.getByRole("searchbox").fill("ky so");
    await page.getByRole("button", { name: "Tìm kiếm" }).click();
    const rows = page.locator("main tbody tr");
    await expect.poll(async () => (await rows.allTextContents()).join(" ")).toContain("Tỷ lệ văn bản đi được ký số");
    const found = await rows.allTextContents();
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found.every((text) => foldText(text).includes("ky so"))).toBe(true);
    await screenshot(page, "06-indicators");
    await page.close();
  });

  it("lists reports with filters and opens a report with its text, figures, tasks, citations and findings", async () => {
    const page = await adminPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${server.baseUrl}/reports`);
    const rows = page.locator('[data-testid="reports-table"] tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(1);
    await page.locator('input[name="unit"]').fill(seeded.departmentCode);
    await page.locator('input[name="period"]').fill("2025-10");
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(new URL(page.url()).searchParams.get("period")).toBe("2025-10");
    expect(new URL(page.url()).searchParams.get("unit")).toBe(seeded.departmentCode);
    expect(await rows.first().textContent()).toContain("Tháng 10/2025");
    await screenshot(page, "07-reports-filtered");

    await rows.first().getByRole("link").first().click();
    await page.getByRole("heading", { name: "Nội dung báo cáo" }).waitFor();
    expect(await page.locator(".report-title").textContent()).toContain("tháng 10 năm 2025");
    const body = await page.locator(".report-body").textContent();
    expect(body).toContain("Công nghệ thông tin");
    expect(body).toContain("Ký số 16.681 văn bản");
    // The check found something, so the findings tab opens first.
    expect(await page.locator(".tab.active").textContent()).toContain("Kiểm tra");
    await screenshot(page, "08-report-findings");
    await page.getByRole("tab", { name: /Số liệu/ }).click();
    const figures = await page.locator('[data-testid="figures-table"]').textContent();
    expect(figures).toContain("29.097");
    expect(figures).toContain("57,33");
    expect(figures).toContain("Gửi qua mạng");
    await screenshot(page, "09-report-figures");
    await page.getByRole("tab", { name: /Dẫn chiếu/ }).click();
    expect(await page.locator(".tab-body").textContent()).toContain("742/STTTT-VP");
    await page.getByRole("tab", { name: /Nhiệm vụ/ }).click();
    expect(await page.locator(".tab-body").textContent()).toContain("hạ tầng viễn thông thụ động");
    await screenshot(page, "10-report-tasks");
    // A phone-sized window: one column, the side panel under the text.
    await page.setViewportSize({ width: 390, height: 844 });
    const [text, side] = await Promise.all([
      page.locator(".report-body").boundingBox(),
      page.locator(".side-panel").boundingBox(),
    ]);
    expect(side!.y).toBeGreaterThan(text!.y);
    await screenshot(page, "11-report-narrow");
    await page.close();
  });

  it("shows a Vietnamese message for a report that does not exist", async () => {
    const page = await adminPage({ viewport: { width: 1366, height: 700 } });
    await page.goto(`${server.baseUrl}/reports/999999`);
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toContain("Không tìm thấy báo cáo");
    await page.close();
  });
});
