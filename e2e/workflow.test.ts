import { readFileSync } from "node:fs";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot } from "./browser.js";
import { figureText, fillFigure, waitFiguresSaved } from "./figures.js";
import { apiCookie, signIn } from "./sign-in.js";
import { startBrowserWorld } from "./world.js";

const world = startBrowserWorld();

const newPage = (): Promise<Page> => world.newPage();

/** A month with no ICT-THANG report of SO-04 in the demo data, so the flow starts from a fresh draft. */
async function freePeriod(candidates = ["2026-11", "2026-12", "2027-01", "2027-02"]): Promise<string> {
  const cookie = await apiCookie(world.server.baseUrl, "vanphong");
  for (const period of candidates) {
    const url = `${world.server.baseUrl}/api/reports?unit=SO-04&regime=ICT-THANG&period=${period}`;
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

/** Waits until the report's header shows the state (the report has reloaded after an action). */
async function stateShown(page: Page, label: string): Promise<void> {
  await page.locator(".report-head .badge", { hasText: label }).first().waitFor();
}

/** The text of each paragraph of a .docx's body. */
async function docxParagraphs(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return xml
    .split("</w:p>")
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .filter((p) => p.trim() !== "");
}

/** "Cao Bằng, ngày 05 tháng 01 năm 2026" for an ISO date, as Decree 30 writes it. */
function placeDateLine(place: string, iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${place}, ngày ${String(d).padStart(2, "0")} tháng ${m <= 2 ? `0${m}` : m} năm ${y}`;
}

/** The editable text of one section (found by its heading) — a textarea or the rich-text editor's textbox. */
const sectionEditor = (page: Page, heading: string) =>
  page
    .locator(".report-section", { has: page.locator("h3, h4", { hasText: heading }) })
    .locator(".section-editor textarea, .section-editor [role=textbox]")
    .first();

describe("the monthly ICT report from draft to the ministry's inbox", () => {
  it("is created, filled, submitted, compiled, returned, approved, issued, sent, downloaded and corrected", async () => {
    const period = await freePeriod();

    // The office creates the draft from the reports page.
    const office = await newPage();
    await office.goto(`${world.server.baseUrl}/reports`);
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
    // The share is wrong on purpose (16.681 / 29.097 is 57,33%): the office's checks must find it.
    const text =
      "Trong tháng, Sở đã vận hành ổn định Trung tâm điều hành thông minh.\n\nTổng số văn bản đi trong tháng: 29.097 văn bản, ký số 16.681 văn bản (tỷ lệ 60,33%).\n\n- Cấp 1.250 chứng thư số cho cán bộ\n- Kết nối 15 hệ thống thông tin";
    await editor.fill(text);
    await editor.blur();
    await specialist.getByText(/Đã lưu lúc \d{2}:\d{2}/).waitFor();
    await screenshot(specialist, "62-section-saved");
    // ... and enters the division's figures in the regime's form, in Vietnamese notation; the ratio is computed.
    await fillFigure(specialist, "Hồ sơ thủ tục hành chính tiếp nhận", "1.250");
    await fillFigure(specialist, "Hồ sơ tiếp nhận trực tuyến", "1000");
    await waitFiguresSaved(specialist);
    expect(await figureText(specialist, "Tỷ lệ hồ sơ tiếp nhận trực tuyến")).toBe("80%");
    await screenshot(specialist, "62-figures-saved", { fullPage: false });
    expect(await act(specialist, "Nộp phần của phòng")).toContain("Đã nộp phần của phòng");
    await screenshot(specialist, "63-part-submitted");
    await specialist.close();

    // The office compiles and sees the findings of the checks.
    const office2 = await openAs("vanphong", reportUrl);
    expect(await act(office2, "Tổng hợp")).toMatch(/phát hiện khi kiểm tra/);
    await stateShown(office2, "Đã tổng hợp");
    await office2.getByRole("tab", { name: /Kiểm tra/ }).click();
    const finding = office2.locator(".side-panel li.finding", {
      hasText: "16.681 / 29.097 = 57,33%, báo cáo ghi 60,33%",
    });
    await finding.waitFor();
    // The finding names its section, linked to it.
    await finding.getByRole("link", { name: /^Mục 3\. Lĩnh vực công nghệ thông tin/ }).waitFor();
    // A new draft's outline is numbered right: no numbering finding on the headings.
    expect(await office2.locator(".side-panel li.finding", { hasText: "Số thứ tự" }).count()).toBe(0);
    await screenshot(office2, "64-compiled-findings");
    await office2.close();

    // The director refuses a return without a comment, then returns with one, shown in the timeline.
    const leader = await openAs("giamdoc", reportUrl);
    await leader.getByRole("button", { name: "Trả lại", exact: true }).click();
    await leader.getByRole("alert").filter({ hasText: "Trả lại cần ghi ý kiến" }).waitFor();
    const reason = "Tỷ lệ ký số chưa đúng (16.681/29.097 văn bản là 57,33%), đề nghị Văn phòng sửa lại.";
    await act(leader, "Trả lại", reason);
    await stateShown(leader, "Bị trả lại");
    const returned = leader.locator('[data-testid="timeline"] li', { hasText: "Trả lại" });
    await returned.getByText(reason).waitFor();
    expect(await returned.textContent()).toContain("Nông Văn Thành");
    await screenshot(leader, "65-returned");
    await leader.close();

    // The office corrects the share and compiles again: the finding is gone.
    const office3 = await openAs("vanphong", reportUrl);
    // The director's reason is at the top of the returned report.
    await office3.locator('[data-testid="return-reason"]').getByText(reason).waitFor();
    await screenshot(office3, "66-office-sees-return", { fullPage: false });
    const cntt = sectionEditor(office3, "Lĩnh vực công nghệ thông tin");
    await cntt.waitFor();
    await cntt.fill(text.replace("60,33%", "57,33%"));
    await cntt.blur();
    await office3.getByText(/Đã lưu lúc \d{2}:\d{2}/).waitFor();
    await act(office3, "Tổng hợp");
    await stateShown(office3, "Đã tổng hợp");
    await office3.getByRole("tab", { name: /Kiểm tra/ }).click();
    await office3.locator(".side-panel li.finding", { hasText: "báo cáo ghi 60,33%" }).waitFor({ state: "detached" });
    await screenshot(office3, "66-recompiled");
    await office3.close();

    // The director approves and issues: the number is the next of the register of the Sở Khoa học và Công
    // nghệ (SKHCN since 1/3/2025, when the department of information and communications merged into it).
    const leader2 = await openAs("giamdoc", reportUrl);
    await act(leader2, "Phê duyệt");
    await stateShown(leader2, "Đã duyệt");
    const issued = await act(leader2, "Ban hành");
    const numberText = /Số: (\d{2,}\/BC-SKHCN)\./.exec(issued)?.[1];
    expect(numberText, issued).toBeDefined();
    await leader2.locator(".report-number", { hasText: numberText! }).waitFor();
    await stateShown(leader2, "Đã ban hành");
    const head = leader2.locator(".report-head");
    await head.getByText(/^Cao Bằng, ngày \d{2}\/\d{2}\/\d{4}$/).waitFor();
    await head.getByText("Giám đốc Nông Văn Thành").waitFor();
    await screenshot(leader2, "67-issued");
    await leader2.close();

    // The office sends it.
    const office4 = await openAs("vanphong", reportUrl);
    await act(office4, "Gửi");
    await stateShown(office4, "Đã gửi");
    await office4
      .locator('[data-testid="workflow-dates"]')
      .getByText(/đã gửi/)
      .first()
      .waitFor();
    await screenshot(office4, "68-sent");
    await office4.close();

    // The ministry finds it first in the inbox (last sent first) and downloads the .docx.
    const receiver = await newPage();
    await receiver.goto(`${world.server.baseUrl}/hop-thu-den`);
    await signIn(receiver, "bo.tonghop");
    const id = reportUrl.split("/").at(-1);
    const firstRow = receiver.locator('[data-testid="reports-table"] tbody tr').first();
    await firstRow.waitFor();
    expect(await firstRow.locator("a").getAttribute("href")).toBe(`/reports/${id}`);
    expect(await firstRow.textContent()).toContain(numberText!);
    await screenshot(receiver, "69-inbox");
    await firstRow.locator("a").click();
    await receiver.locator(".report-title").waitFor();
    const issuedOn = await receiver.evaluate(async (reportId) => {
      const response = await fetch(`/api/reports/${reportId}`);
      return ((await response.json()) as { issuedOn: string }).issuedOn;
    }, id);
    const [download] = await Promise.all([
      receiver.waitForEvent("download"),
      receiver.getByRole("link", { name: "Tải .docx (Nghị định 30)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const paragraphs = await docxParagraphs(bytes);
    expect(paragraphs).toContain(`Số: ${numberText}`);
    expect(paragraphs).toContain(placeDateLine("Cao Bằng", issuedOn));
    expect(paragraphs).toContain("Nông Văn Thành");
    await screenshot(receiver, "71-received-report");
    await receiver.close();

    // The office corrects the sent report: after a confirmation, a new draft linked to the old version.
    const office5 = await openAs("vanphong", reportUrl);
    await office5.getByRole("button", { name: "Tạo bản sửa đổi", exact: true }).click();
    const confirm = office5.getByRole("alertdialog");
    await confirm.getByText(`bản ${numberText} giữ nguyên số, ngày`).waitFor();
    await screenshot(office5, "72-correction-confirm");
    await confirm.getByRole("button", { name: "Xác nhận tạo bản sửa đổi" }).click();
    await office5.waitForURL((url) => url.pathname !== new URL(reportUrl).pathname);
    await stateShown(office5, "Dự thảo");
    const links = office5.locator('[data-testid="version-links"]');
    await links.getByText("phiên bản 2").waitFor();
    // Its parts come submitted, so the office can compile the correction straight away.
    await office5.getByRole("button", { name: "Tổng hợp", exact: true }).waitFor();
    await screenshot(office5, "73-correction-draft");
    await links.getByRole("link", { name: "Xem phiên bản trước" }).click();
    await office5.waitForURL(reportUrl);
    await stateShown(office5, "Đã gửi");
    await office5.locator('[data-testid="version-links"]').getByRole("link", { name: "Mở bản sửa đổi" }).waitFor();
    await screenshot(office5, "74-corrected-original");
    await office5.close();
  });

  it("shows the other person's text on a stale save and keeps what the user typed", async () => {
    const period = await freePeriod(["2027-03", "2027-04", "2027-05"]);
    const office = await newPage();
    await office.goto(`${world.server.baseUrl}/reports`);
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
