import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot } from "./browser.js";
import { type RunningServer, startServer, temporaryDataDir } from "./server.js";
import { signIn } from "./sign-in.js";

const FIXTURE = fileURLToPath(new URL("./fixtures/cao-bang-thang-9-2019.txt", import.meta.url));

let server: RunningServer;
let browser: Browser;
const data = temporaryDataDir();

beforeAll(async () => {
  // A fresh folder: the first start loads the demo data and its accounts, with the harness's demo password.
  server = await startServer(data.dir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  data.remove();
});

describe("upload a report file", () => {
  it("the office signs in, previews the recovered structure, confirms and lands on the stored report", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "vi-VN" });
    await page.goto(`${server.baseUrl}/nhap-bao-cao`);
    // The app shows its sign-in page at the asked-for address and returns there once signed in.
    await signIn(page, "vanphong");

    await page.locator("#import-file").waitFor();
    await expect.poll(() => page.locator(".mainnav a", { hasText: "Nhập báo cáo" }).count()).toBe(1);
    await screenshot(page, "30-import-choose");
    // A file of the wrong type is refused with the server's Vietnamese message naming it.
    await page.locator("#import-file").setInputFiles({
      name: "bang-tinh.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("PK\u0003\u0004"),
    });
    await page.getByRole("button", { name: "Đọc tệp" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Tệp "bang-tinh.xlsx" có định dạng ".xlsx" không được hỗ trợ');
    await screenshot(page, "30b-import-refused", { fullPage: false });
    await page.locator("#import-file").setInputFiles(FIXTURE);
    await page.getByRole("button", { name: "Đọc tệp" }).click();

    const lines = page.locator('[data-testid="import-lines"] li');
    await lines.first().waitFor();
    expect(await lines.count()).toBeGreaterThan(30);
    const outline = page.locator('[data-testid="import-outline"] li');
    expect(await outline.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining("KHÓ KHĂN, VƯỚNG MẮC")]),
    );
    expect(await page.locator('[data-testid="import-citations"]').textContent()).toContain("1274/QĐ-UBND");
    expect(await page.locator('[data-testid="import-tasks"] li').count()).toBe(3);
    // The proposed unit and period are filled in from the file.
    expect(await page.locator('select[name="unitCode"]').inputValue()).toBe("SO-04");
    expect(await page.locator('input[name="periodCode"]').inputValue()).toBe("2019-09");
    await screenshot(page, "31-import-preview");

    // A citation's line link highlights the line that quotes it.
    const citation = page.locator('[data-testid="import-citations"] li', { hasText: "1274/QĐ-UBND" });
    await citation.locator(".line-link").click();
    const active = page.locator('[data-testid="import-lines"] li.active');
    await expect.poll(() => active.textContent()).toContain("Quyết định số 1274/QĐ-UBND");
    await screenshot(page, "32-import-line-highlighted", { fullPage: false });

    // A wrong period code is refused before sending.
    const period = page.locator('input[name="periodCode"]');
    await period.fill("2019-13");
    expect(await page.locator(".import-confirm .field-error").textContent()).toContain("Mã kỳ không hợp lệ");
    expect(await page.getByRole("button", { name: "Lưu báo cáo" }).isDisabled()).toBe(true);
    await period.fill("2019-09");

    await page.getByRole("button", { name: "Lưu báo cáo" }).click();
    await page.getByRole("heading", { name: "Đã lưu báo cáo." }).waitFor();
    await screenshot(page, "33-import-stored");
    await page.getByRole("link", { name: "Mở báo cáo" }).click();
    await page.getByRole("heading", { name: "Nội dung báo cáo" }).waitFor();
    expect(page.url()).toMatch(/\/reports\/\d+$/);
    expect(await page.locator(".report-title").textContent()).toContain("tháng 9 năm 2019");
    await screenshot(page, "34-import-report-page");
    await page.close();
  });
});
