import { readFileSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot } from "./browser.js";
import { DEMO_PASSWORD } from "./server.js";
import { signIn } from "./sign-in.js";
import { startBrowserWorld } from "./world.js";

const world = startBrowserWorld();

// What Word puts on the clipboard for a paragraph, a bulleted list with a sub-item and a closing paragraph.
const WORD_HTML = readFileSync(
  new URL("../src/web/src/rich-text/fixtures/word-bullets.html.txt", import.meta.url),
  "utf8",
);
const WORD_TEXT = [
  "1. Công tác chuyển đổi số",
  "Trong tháng, Sở đã tham mưu UBND tỉnh ban hành Kế hoạch chuyển đổi số năm 2027.",
  "-\tCấp mới 1.250 chứng thư số cho cán bộ, công chức;",
  "o\ttrong đó 830 chứng thư cho cấp xã;",
].join("\r\n");
const STORED = [
  "1. Công tác chuyển đổi số",
  "",
  "Trong tháng, Sở đã tham mưu UBND tỉnh ban hành Kế hoạch chuyển đổi số năm 2027; tổ chức Hội nghị “Chuyển đổi số cấp xã” với sự tham gia của 161 xã, phường.",
  "",
  "- Cấp mới 1.250 chứng thư số cho cán bộ, công chức;",
  "+ trong đó 830 chứng thư cho cấp xã;",
  "- Kết nối 15 hệ thống thông tin với Trục liên thông văn bản quốc gia;",
  "- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,4%.",
  "",
  "Khó khăn: hạ tầng mạng tại một số xã vùng cao còn chập chờn, chưa đáp ứng yêu cầu.",
].join("\n");

const newPage = (): Promise<Page> => world.newPage();

/** Signs in over the API and returns what plain fetch calls need. */
async function apiSession(username: string): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${world.server.baseUrl}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const body = (await response.json()) as { csrfToken: string };
  return { cookie: response.headers.getSetCookie()[0]!.split(";")[0]!, csrf: body.csrfToken };
}

/** A fresh ICT-THANG draft of SO-04 for a month the demo data leaves free; its address. */
async function newDraft(candidates: string[]): Promise<string> {
  const { cookie, csrf } = await apiSession("vanphong");
  for (const period of candidates) {
    const response = await fetch(`${world.server.baseUrl}/api/reports`, {
      method: "POST",
      headers: { cookie, "x-csrf-token": csrf, "content-type": "application/json" },
      body: JSON.stringify({ regime: "ICT-THANG", unit: "SO-04", period }),
    });
    if (response.ok) return `${world.server.baseUrl}/reports/${((await response.json()) as { id: number }).id}`;
  }
  throw new Error("no free period for a new ICT-THANG draft of SO-04");
}

/** The first section's body as the server stores it. */
async function storedBody(reportUrl: string, sectionId: string): Promise<string> {
  const { cookie } = await apiSession("chuyenvien.cntt");
  const id = reportUrl.split("/").at(-1);
  const report = (await (await fetch(`${world.server.baseUrl}/api/reports/${id}`, { headers: { cookie } })).json()) as {
    sections: { id: number; body: string }[];
  };
  return report.sections.find((s) => String(s.id) === sectionId)?.body ?? "";
}

async function openAs(username: string, reportUrl: string): Promise<Page> {
  const page = await newPage();
  await page.goto(reportUrl);
  await signIn(page, username);
  await page.locator(".report-title").waitFor();
  return page;
}

/** The first section editor the user may edit, its editable area, and the section's id. */
async function firstEditor(page: Page): Promise<{ box: Locator; textbox: Locator; sectionId: string }> {
  const box = page.locator(".section-editor").first();
  const textbox = box.getByRole("textbox", { name: /^Nội dung mục / });
  await textbox.waitFor();
  const sectionId = ((await box.getAttribute("data-testid")) ?? "").replace("section-editor-", "");
  return { box, textbox, sectionId };
}

/** Pastes as the browser does when the user presses Ctrl+V with this clipboard. */
async function paste(textbox: Locator, html: string, text: string): Promise<void> {
  await textbox.evaluate(
    (element, clip) => {
      const data = new DataTransfer();
      data.setData("text/html", clip.html);
      data.setData("text/plain", clip.text);
      element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { html, text },
  );
}

/** The editor's structure: each top-level block as its tag and text, items with their sub-items. */
async function structure(textbox: Locator): Promise<string[]> {
  return textbox.evaluate((element) =>
    [...element.children].flatMap((child) =>
      child.tagName === "UL"
        ? [...child.querySelectorAll(":scope > li")].map((li) => {
            const own = li.querySelector(":scope > p")?.textContent ?? "";
            const subs = [...li.querySelectorAll(":scope > ul > li")].map((s) => `  • ${s.textContent}`);
            return [`• ${own}`, ...subs].join("\n");
          })
        : [`${child.tagName.toLowerCase()}: ${child.textContent}`],
    ),
  );
}

describe("the section editor", () => {
  it("keeps paragraphs and lists pasted from Word, saves them as structured text and shows them again", async () => {
    const reportUrl = await newDraft(["2027-06", "2027-07", "2027-08"]);
    const page = await openAs("chuyenvien.cntt", reportUrl);
    const { box, textbox, sectionId } = await firstEditor(page);
    await textbox.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await paste(textbox, WORD_HTML, WORD_TEXT);

    const pasted = await structure(textbox);
    expect(pasted).toEqual([
      "p: 1. Công tác chuyển đổi số",
      "p: Trong tháng, Sở đã tham mưu UBND tỉnh ban hành Kế hoạch chuyển đổi số năm 2027; tổ chức Hội nghị “Chuyển đổi số cấp xã” với sự tham gia của 161 xã, phường.",
      "• Cấp mới 1.250 chứng thư số cho cán bộ, công chức;\n  • trong đó 830 chứng thư cho cấp xã;",
      "• Kết nối 15 hệ thống thông tin với Trục liên thông văn bản quốc gia;",
      "• Tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,4%.",
      "p: Khó khăn: hạ tầng mạng tại một số xã vùng cao còn chập chờn, chưa đáp ứng yêu cầu.",
    ]);
    // Nothing of Word's formatting comes along.
    expect(await textbox.locator("[style], span, b, font, o\\:p").count()).toBe(0);

    // Autosave after the pause, without leaving the editor.
    await box.getByText(/Đã lưu lúc \d{2}:\d{2}/).waitFor();
    expect(await storedBody(reportUrl, sectionId)).toBe(STORED);
    await screenshot(page, "80-rich-text-pasted", { fullPage: false });

    await page.reload();
    const again = await firstEditor(page);
    expect(await structure(again.textbox)).toEqual(pasted);
    await again.textbox.scrollIntoViewIfNeeded();
    await screenshot(page, "81-rich-text-reloaded", { fullPage: false });
    await page.close();
  });

  it("makes lists with the toolbar and the keyboard, undoes, and stores '- ' and '+ ' items", async () => {
    const reportUrl = await newDraft(["2027-09", "2027-10", "2027-11"]);
    const page = await openAs("chuyenvien.cntt", reportUrl);
    const { box, textbox, sectionId } = await firstEditor(page);
    const toolbar = box.getByRole("toolbar");
    await textbox.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.type("Kết quả trong tháng:");
    await page.keyboard.press("Enter");
    // "- " at the start of a line starts a list, Tab goes one level deeper, Enter twice leaves the list.
    await page.keyboard.type("- Trạm BTS mới: 124");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.type("trong đó 5G: 38");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.type("Thuê bao cáp quang: 79.904");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Đoạn kết.");
    expect(await toolbar.getByRole("button", { name: "Danh sách" }).getAttribute("aria-pressed")).toBe("false");
    // The toolbar's "Danh sách" makes the paragraph an item; "Hoàn tác" takes it back.
    await toolbar.getByRole("button", { name: "Danh sách" }).click();
    expect(await toolbar.getByRole("button", { name: "Danh sách" }).getAttribute("aria-pressed")).toBe("true");
    expect(await structure(textbox)).toContain("• Đoạn kết.");
    await toolbar.getByRole("button", { name: "Hoàn tác" }).click();
    expect(await structure(textbox)).toContain("p: Đoạn kết.");
    // Ctrl+Shift+8 and Ctrl+Alt+0 do the same from the keyboard.
    await page.keyboard.press("Control+Shift+8");
    expect(await structure(textbox)).toContain("• Đoạn kết.");
    await page.keyboard.press("Control+Alt+0");
    expect(await structure(textbox)).toContain("p: Đoạn kết.");

    await textbox.blur();
    await box.getByText(/Đã lưu lúc/).waitFor();
    expect(await storedBody(reportUrl, sectionId)).toBe(
      "Kết quả trong tháng:\n\n- Trạm BTS mới: 124\n+ trong đó 5G: 38\n- Thuê bao cáp quang: 79.904\n\nĐoạn kết.",
    );
    await screenshot(page, "82-rich-text-typed", { fullPage: false });

    // The toolbar is one Tab stop; the arrow keys move between its buttons.
    expect(await toolbar.locator('button[tabindex="0"]').count()).toBe(1);
    await toolbar.getByRole("button", { name: "Đoạn văn" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Danh sách");
    await page.keyboard.press("End");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Hoàn tác");
    await page.close();
  });

  it("merges a stale save: the user's text stays and the other person's new lines are added", async () => {
    const reportUrl = await newDraft(["2027-12", "2028-01", "2028-02"]);
    const first = await openAs("chuyenvien.cntt", reportUrl);
    const second = await openAs("chuyenvien.cntt", reportUrl);
    const a = await firstEditor(first);
    const b = await firstEditor(second);

    await a.textbox.click();
    await first.keyboard.press("Control+A");
    await first.keyboard.press("Delete");
    await paste(a.textbox, "<p>Đồng nghiệp: đã triển khai chữ ký số cho 20 đơn vị.</p>", "");
    await a.textbox.blur();
    await a.box.getByText(/Đã lưu lúc/).waitFor();

    await b.textbox.click();
    await second.keyboard.press("Control+A");
    await second.keyboard.press("Delete");
    await paste(b.textbox, "", "Tôi: hoàn thành nâng cấp Cổng dịch vụ công.\n- Tích hợp 1.200 thủ tục");
    await b.textbox.blur();
    const theirs = b.box.getByLabel("Bản hiện tại");
    await theirs.waitFor();
    expect(await theirs.textContent()).toContain("Đồng nghiệp: đã triển khai chữ ký số");
    await screenshot(second, "83-rich-text-conflict", { fullPage: false });

    await b.box.getByRole("button", { name: "Gộp hai bản" }).click();
    await b.box.getByText(/Đã lưu lúc .* đã gộp hai bản/).waitFor();
    const merged = await storedBody(reportUrl, b.sectionId);
    expect(merged).toContain("Tôi: hoàn thành nâng cấp Cổng dịch vụ công.\n\n- Tích hợp 1.200 thủ tục");
    expect(merged).toContain("Đồng nghiệp: đã triển khai chữ ký số cho 20 đơn vị.");
    expect(await structure(b.textbox)).toHaveLength(3);
    await screenshot(second, "84-rich-text-merged", { fullPage: false });
    await first.close();
    await second.close();
  });

  it("takes the other person's version on request, and Undo brings the user's own back", async () => {
    const reportUrl = await newDraft(["2028-03", "2028-04", "2028-05"]);
    const first = await openAs("chuyenvien.cntt", reportUrl);
    const second = await openAs("chuyenvien.cntt", reportUrl);
    const a = await firstEditor(first);
    const b = await firstEditor(second);
    await a.textbox.click();
    await paste(a.textbox, "<ul><li>Bản của đồng nghiệp</li></ul>", "");
    await a.textbox.blur();
    await a.box.getByText(/Đã lưu lúc/).waitFor();

    await b.textbox.click();
    await second.keyboard.press("Control+A");
    await second.keyboard.type("Bản của tôi, gõ tay.");
    await b.textbox.blur();
    await b.box.getByRole("button", { name: "Dùng bản hiện tại" }).click();
    expect(await structure(b.textbox)).toEqual(["• Bản của đồng nghiệp"]);
    await b.box.getByText(/bấm Hoàn tác/).waitFor();

    await b.box.getByRole("toolbar").getByRole("button", { name: "Hoàn tác" }).click();
    expect(await structure(b.textbox)).toEqual(["p: Bản của tôi, gõ tay."]);
    await b.textbox.blur();
    await b.box.getByText(/^Đã lưu lúc \d{2}:\d{2}$/).waitFor();
    expect(await storedBody(reportUrl, b.sectionId)).toBe("Bản của tôi, gõ tay.");
    await first.close();
    await second.close();
  });
});
