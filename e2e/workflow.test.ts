import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot } from "./browser.js";
import { type RunningServer, startServer, temporaryDataDir } from "./server.js";
import { apiCookie, signIn } from "./sign-in.js";

let server: RunningServer;
let browser: Browser;
const data = temporaryDataDir();

beforeAll(async () => {
  server = await startServer(data.dir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  data.remove();
});

const newPage = (): Promise<Page> => browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "vi-VN" });

/** A month with no ICT-THANG report of SO-04 in the demo data, so the flow starts from a fresh draft. */
async function freePeriod(candidates = ["2026-11", "2026-12", "2027-01", "2027-02"]): Promise<string> {
  const cookie = await apiCookie(server.baseUrl, "vanphong");
  for (const period of candidates) {
    const url = `${server.baseUrl}/api/reports?unit=SO-04&regime=ICT-THANG&period=${period}`;
    const list = (await (await fetch(url, { headers: { cookie } })).json()) as { items: unknown[] };
    if (list.items.length === 0) return period;
  }
  throw new Error("no free period for ICT-THANG of SO-04");
}

/** Opens the report as `username`. */
async function openAs(username: string, reportUrl: string): Promise<Page> {
  const page = await newPage();
  await page.goto(reportUrl);
  await signIn(page, username);
  await page.locator(".report-title").waitFor();
  return page;
}

/** Clicks a workflow button and waits until the page shows the outcome and has reloaded the report. */
async function act(page: Page, label: string, comment?: string): Promise<string> {
  if (comment) await page.getByLabel("Ý kiến (bắt buộc khi trả lại)").fill(comment);
  await page.getByRole("button", { name: label, exact: true }).click();
  const notice = page.locator('[data-testid="workflow-notice"]', { hasText: `Đã ${label.toLowerCase()}.` });
  await notice.waitFor();
  return (await notice.textContent()) ?? "";
}

describe("the monthly ICT report from draft to the ministry's inbox", () => {
  it("is created, filled, submitted, compiled, returned, approved, issued, sent and downloaded", async () => {
    const period = await freePeriod();

    // The office creates the draft from the reports page.
    const office = await newPage();
    await office.goto(`${server.baseUrl}/reports`);
    await signIn(office, "vanphong");
    const form = office.getByRole("form", { name: "Tạo báo cáo" });
    await form.locator('select[name="regime"] option[value="ICT-THANG"]').waitFor({ state: "attached" });
    await form.locator('select[name="regime"]').selectOption("ICT-THANG");
    await form.locator('input[name="period"]').fill(period);
    await screenshot(office, "60-create-report");
    await form.getByRole("button", { name: "Tạo báo cáo" }).click();
    await office.waitForURL(/\/reports\/\d+$/);
    await office.locator(".report-title").waitFor();
    const reportUrl = office.url();
    expect(await office.locator('[data-testid="workflow-dates"]').textContent()).toMatch(
      /Hạn gửi .*(còn|quá hạn|hôm nay)/,
    );
    await screenshot(office, "61-draft-created");
    await office.close();

    // The IT specialist writes the division's section; autosave keeps it, then the part is submitted.
    const specialist = await openAs("chuyenvien.cntt", reportUrl);
    const editor = specialist.locator(".section-editor [role=textbox]").first();
    await editor.waitFor();
    const text =
      "Trong tháng, Sở đã vận hành ổn định Trung tâm điều hành thông minh.\n\n- Cấp 1.250 chứng thư số cho cán bộ\n- Kết nối 15 hệ thống thông tin";
    await editor.fill(text);
    await editor.blur();
    await specialist.getByText(/Đã lưu lúc \d{2}:\d{2}/).waitFor();
    await screenshot(specialist, "62-section-saved");
    expect(await act(specialist, "Nộp phần của phòng")).toContain("Đã nộp phần của phòng");
    await screenshot(specialist, "63-part-submitted");
    await specialist.close();

    // The office compiles.
    const office2 = await openAs("vanphong", reportUrl);
    await act(office2, "Tổng hợp");
    await office2.locator(".badge", { hasText: "Đã tổng hợp" }).first().waitFor();
    await screenshot(office2, "64-compiled");
    await office2.close();

    // The director refuses a return without a comment, then returns with one.
    const leader = await openAs("giamdoc", reportUrl);
    await leader.getByRole("button", { name: "Trả lại", exact: true }).click();
    await leader.getByRole("alert").filter({ hasText: "Trả lại cần ghi ý kiến" }).waitFor();
    await act(leader, "Trả lại", "Bổ sung số liệu chứng thư số của tháng trước để so sánh.");
    await leader.locator('[data-testid="timeline"]').getByText("Bổ sung số liệu chứng thư số").waitFor();
    await screenshot(leader, "65-returned");
    await leader.close();

    // The office compiles again; the director approves and issues, and the number appears.
    const office3 = await openAs("vanphong", reportUrl);
    await act(office3, "Tổng hợp");
    await office3.close();
    const leader2 = await openAs("giamdoc", reportUrl);
    await act(leader2, "Phê duyệt");
    const issued = await act(leader2, "Ban hành");
    expect(issued).toMatch(/Số: \d+\/BC-/);
    await leader2.locator(".report-number", { hasText: /^\d+\/BC-/ }).waitFor();
    await screenshot(leader2, "66-issued");
    await leader2.close();

    // The office sends it.
    const office4 = await openAs("vanphong", reportUrl);
    await act(office4, "Gửi");
    await screenshot(office4, "67-sent");
    await office4.close();

    // The ministry finds it in the inbox and downloads the .docx.
    const receiver = await newPage();
    await receiver.goto(`${server.baseUrl}/hop-thu-den`);
    await signIn(receiver, "bo.tonghop");
    const id = reportUrl.split("/").at(-1);
    const link = receiver.locator(`[data-testid="reports-table"] a[href="/reports/${id}"]`);
    await link.waitFor();
    await screenshot(receiver, "68-inbox");
    await link.click();
    await receiver.locator(".report-title").waitFor();
    const head = await receiver.evaluate(async (reportId) => {
      const response = await fetch(`/api/reports/${reportId}/document?format=docx`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { status: response.status, magic: String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0) };
    }, id);
    expect(head).toEqual({ status: 200, magic: "PK" });
    await screenshot(receiver, "69-received-report");
    await receiver.close();
  });

  it("shows the other person's text on a stale save and keeps what the user typed", async () => {
    const period = await freePeriod(["2027-03", "2027-04", "2027-05"]);
    const office = await newPage();
    await office.goto(`${server.baseUrl}/reports`);
    await signIn(office, "vanphong");
    const form = office.getByRole("form", { name: "Tạo báo cáo" });
    await form.locator('select[name="regime"] option[value="ICT-THANG"]').waitFor({ state: "attached" });
    await form.locator('select[name="regime"]').selectOption("ICT-THANG");
    await form.locator('input[name="period"]').fill(period);
    await form.getByRole("button", { name: "Tạo báo cáo" }).click();
    await office.waitForURL(/\/reports\/\d+$/);
    const reportUrl = office.url();
    await office.close();

    // Two tabs open the same section at the same version; the first saves, the second is then stale.
    const first = await openAs("chuyenvien.cntt", reportUrl);
    const second = await openAs("chuyenvien.cntt", reportUrl);
    const firstEditor = first.locator(".section-editor [role=textbox]").first();
    await firstEditor.fill("Bản của đồng nghiệp: đã triển khai chữ ký số cho 20 đơn vị.");
    await firstEditor.blur();
    await first.getByText(/Đã lưu lúc/).waitFor();

    const mine = "Bản của tôi: hoàn thành nâng cấp Cổng dịch vụ công.";
    const secondEditor = second.locator(".section-editor [role=textbox]").first();
    await secondEditor.fill(mine);
    await secondEditor.blur();
    await second.getByRole("button", { name: "Dùng bản của tôi" }).waitFor();
    expect(await second.getByLabel("Bản hiện tại").textContent()).toContain("Bản của đồng nghiệp");
    expect(await secondEditor.textContent()).toBe(mine);
    await screenshot(second, "70-edit-conflict");

    await second.getByRole("button", { name: "Dùng bản của tôi" }).click();
    await second.getByText(/Đã lưu lúc/).waitFor();
    await first.reload();
    await first.locator(".section-editor [role=textbox]").first().waitFor();
    expect(await first.locator(".section-editor [role=textbox]").first().textContent()).toBe(mine);
    await first.close();
    await second.close();
  });
});
