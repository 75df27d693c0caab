import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot } from "./browser.js";
import { type RunningServer, startServer, temporaryDataDir } from "./server.js";
import { signIn } from "./sign-in.js";

let server: RunningServer;
let browser: Browser;
const data = temporaryDataDir();

beforeAll(async () => {
  // The demo data only: its accounts and its Cao Bằng and Vĩnh Long reports (drafts of the latest period).
  server = await startServer(data.dir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  data.remove();
});

const newPage = (): Promise<Page> => browser.newPage({ viewport: { width: 1366, height: 800 }, locale: "vi-VN" });
const signInError = (page: Page) => page.locator('[data-testid="signin-error"]');
const rows = (page: Page) => page.locator('[data-testid="reports-table"] tbody tr');

describe("sign-in and session", () => {
  it("refuses a wrong password in Vietnamese, then lands where the user wanted to go", async () => {
    const page = await newPage();
    await page.goto(`${server.baseUrl}/reports?state=sent`);
    await page.getByRole("heading", { name: "Đăng nhập" }).waitFor();
    // Signed out: no navigation, no data, only the form.
    expect(await page.locator(".mainnav").count()).toBe(0);
    await screenshot(page, "20-sign-in");
    await page.locator('input[name="username"]').fill("vanphong");
    await page.locator('input[name="password"]').fill("khong-dung-mat-khau");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await signInError(page).waitFor();
    expect(await signInError(page).textContent()).toContain("Tên đăng nhập hoặc mật khẩu không đúng.");
    expect(await page.locator('input[name="password"]').inputValue()).toBe("");
    await screenshot(page, "21-sign-in-wrong-password");

    await signIn(page, "vanphong");
    const url = new URL(page.url());
    expect(url.pathname).toBe("/reports");
    expect(url.searchParams.get("state")).toBe("sent");
    await rows(page).first().waitFor();
    expect(await page.locator('select[name="state"]').inputValue()).toBe("sent");
    await page.close();
  });

  it("shows the user's name and role in the header and signs out back to the sign-in page", async () => {
    const page = await newPage();
    await page.goto(server.baseUrl);
    await signIn(page, "vanphong");
    const menu = page.locator('[data-testid="user-menu"]');
    expect(await menu.locator(".user-name").textContent()).toBe("Hoàng Văn Minh (Văn phòng Sở)");
    expect(await menu.locator(".user-roles").textContent()).toContain("Văn phòng tổng hợp");
    await page.locator('[data-testid="units-table"] tbody tr').first().waitFor();
    await screenshot(page, "22-header-signed-in", { fullPage: false });

    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await page.getByRole("heading", { name: "Đăng nhập" }).waitFor();
    expect(await menu.count()).toBe(0);
    // The server forgot the session too: a reload still asks to sign in, and the API answers 401.
    await page.reload();
    await page.getByRole("heading", { name: "Đăng nhập" }).waitFor();
    const status = await page.evaluate(async () => (await fetch("/api/session")).status);
    expect(status).toBe(401);
    await screenshot(page, "23-signed-out");
    await page.close();
  });

  it("shows the sign-in page when a call answers 401 mid-session, then returns to the page asked for", async () => {
    const page = await newPage();
    await page.goto(`${server.baseUrl}/regimes`);
    await signIn(page, "vanphong");
    await page.getByRole("heading", { name: "Chế độ báo cáo" }).first().waitFor();
    // The session disappears (as when it expires): the next API call gets 401.
    await page.context().clearCookies();
    await page.locator(".mainnav").getByRole("link", { name: "Báo cáo", exact: true }).click();
    await page.getByRole("heading", { name: "Đăng nhập" }).waitFor();
    expect(await page.locator(".signin-card").textContent()).toContain("Phiên đăng nhập đã hết hạn");
    expect(new URL(page.url()).pathname).toBe("/reports");
    await signIn(page, "vanphong");
    await rows(page).first().waitFor();
    expect(new URL(page.url()).pathname).toBe("/reports");
    await page.close();
  });

  it("does not list Cao Bằng's drafts to a specialist of Vĩnh Long, nor open them", async () => {
    // The Cao Bằng office sees its drafts: the contrast that makes the check below mean something.
    const office = await newPage();
    await office.goto(`${server.baseUrl}/reports?state=draft`);
    await signIn(office, "vanphong");
    await rows(office).first().waitFor();
    const officeRows = await rows(office).allTextContents();
    expect(officeRows.some((text) => text.includes("Cao Bằng"))).toBe(true);
    const draftHref = await rows(office).first().locator("a.report-link").getAttribute("href");
    expect(draftHref).toMatch(/^\/reports\/\d+$/);
    await office.close();

    const other = await newPage();
    await other.goto(`${server.baseUrl}/reports?state=draft`);
    await signIn(other, "chuyenvien.vinhlong");
    await other.locator('[data-testid="reports-table"], main .empty').first().waitFor();
    await expect.poll(() => other.locator("main").textContent()).not.toContain("Đang tải");
    const seen = await rows(other).allTextContents();
    expect(seen.some((text) => text.includes("Cao Bằng"))).toBe(false);
    await screenshot(other, "24-vinhlong-drafts");
    await other.goto(`${server.baseUrl}${draftHref}`);
    await other.getByRole("alert").waitFor();
    expect(await other.getByRole("alert").textContent()).toContain("Không tìm thấy báo cáo");
    await other.close();
  });

  it("says in Vietnamese when sign-in is rate limited and when the server cannot be reached", async () => {
    // Exhaust giamdoc's attempts over the API, then one more through the page.
    for (let i = 0; i < 10; i++) {
      await fetch(`${server.baseUrl}/api/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "giamdoc", password: `sai-${i}` }),
      });
    }
    const page = await newPage();
    await page.goto(server.baseUrl);
    await page.locator('input[name="username"]').fill("giamdoc");
    await page.locator('input[name="password"]').fill("sai-nua");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await signInError(page).waitFor();
    expect(await signInError(page).textContent()).toContain("Đăng nhập sai quá nhiều lần");
    await screenshot(page, "25-sign-in-rate-limited", { fullPage: false });

    await page.route("**/api/session", (route) =>
      route.request().method() === "POST" ? route.abort("connectionrefused") : route.continue(),
    );
    await page.locator('input[name="username"]').fill("vanphong");
    await page.locator('input[name="password"]').fill("bat-ky");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect.poll(() => signInError(page).textContent()).toContain("Không kết nối được máy chủ");
    await page.close();
  });
});
