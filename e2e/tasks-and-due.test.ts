import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { DueResponse } from "../src/contract/due.js";
import type { ReportDetail } from "../src/contract/reports.js";
import { screenshot } from "./browser.js";
import { signIn } from "./sign-in.js";
import { apiSession, startBrowserWorld } from "./world.js";

const world = startBrowserWorld();

const newPage = (): Promise<Page> => world.newPage();

/** Signs `username` in over the API: the cookie and the CSRF token for state-changing calls. */
const signInApi = (username: string) => apiSession(world.server.baseUrl, username);

/** A month with no ICT-THANG report of SO-04 yet, after the demo's last one (so last month's tasks carry over). */
async function createDraft(session: { cookie: string; csrfToken: string }): Promise<ReportDetail> {
  for (const period of ["2026-11", "2026-12", "2027-01", "2027-02"]) {
    const url = `${world.server.baseUrl}/api/reports?unit=SO-04&regime=ICT-THANG&period=${period}`;
    const list = (await (await fetch(url, { headers: { cookie: session.cookie } })).json()) as { items: unknown[] };
    if (list.items.length > 0) continue;
    const res = await fetch(`${world.server.baseUrl}/api/reports`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: session.cookie, "x-csrf-token": session.csrfToken },
      body: JSON.stringify({ regime: "ICT-THANG", unit: "SO-04", period }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return (await res.json()) as ReportDetail;
  }
  throw new Error("no free period for ICT-THANG of SO-04");
}

describe("due and late reports, and the tasks of a draft", () => {
  it("shows vanphong the reports due this week and the late ones on the home page", async () => {
    const session = await signInApi("vanphong");
    const res = await fetch(`${world.server.baseUrl}/api/reports/due`, { headers: { cookie: session.cookie } });
    expect(res.status).toBe(200);
    const due = (await res.json()) as DueResponse;
    expect(due.items.every((i) => i.unit.code === "SO-04")).toBe(true);

    const page = await newPage();
    await page.goto(world.server.baseUrl);
    await signIn(page, "vanphong");
    const week = page.locator('[data-testid="due-week"]');
    const late = page.locator('[data-testid="due-late"]');
    await expect(week.getByRole("heading", { name: "Đến hạn tuần này" }).isVisible()).resolves.toBe(true);
    await expect(late.getByRole("heading", { name: "Quá hạn" }).isVisible()).resolves.toBe(true);
    for (const [panel, bucket, empty] of [
      [week, "week", "Tuần này không có báo cáo nào đến hạn."],
      [late, "late", "Không có báo cáo nào quá hạn."],
    ] as const) {
      const expected = due.items.filter((i) => i.bucket === bucket);
      if (expected.length === 0) {
        await panel.getByText(empty).waitFor();
        continue;
      }
      await panel.locator('[data-testid="due-item"]').first().waitFor();
      expect(await panel.locator('[data-testid="due-item"]').count()).toBe(Math.min(6, expected.length));
      const first = expected[0]!;
      const text = (await panel.locator('[data-testid="due-item"]').first().textContent()) ?? "";
      expect(text).toContain(first.regime.name);
      expect(text).toMatch(bucket === "late" ? /quá hạn \d+ ngày/ : /còn \d+ ngày|hạn hôm nay/);
    }
    await screenshot(page, "70-home-due-late", { fullPage: true });

    // The late list opens as a filter of the reports page.
    if (due.items.some((i) => i.bucket === "late")) {
      await late.locator(".panel-head a").click();
      await page.waitForURL(/\/reports\?due=late/);
      await page.locator('[data-testid="due-late"] [data-testid="due-item"]').first().waitFor();
      expect(await page.locator('[data-testid="due-late"] [data-testid="due-item"]').count()).toBe(
        due.items.filter((i) => i.bucket === "late").length,
      );
      await screenshot(page, "71-reports-late-filter");
    }
    await page.close();
  });

  it("lets vanphong add next period's tasks and an outcome of a carried task, and keeps them after a reload", async () => {
    const session = await signInApi("vanphong");
    const draft = await createDraft(session);
    const carried = draft.tasks.filter((t) => t.carriedFromTaskId !== null);
    expect(carried.length, "the draft should carry last month's planned tasks").toBeGreaterThan(0);
    expect(draft.tasks.filter((t) => t.carriedFromTaskId === null)).toEqual([]);

    const page = await newPage();
    await page.goto(`${world.server.baseUrl}/reports/${draft.id}`);
    await signIn(page, "vanphong");
    await page.locator(".report-title").waitFor();
    // The Decree 09 window and the deadline with the days left are in the header.
    expect(await page.locator('[data-testid="workflow-dates"]').textContent()).toMatch(
      /Thời gian chốt số liệu: \d\d\/\d\d\/\d{4} – \d\d\/\d\d\/\d{4}.*Hạn gửi .*(còn \d+ ngày|quá hạn \d+ ngày|hôm nay)/,
    );
    await page.getByRole("tab", { name: /Nhiệm vụ/ }).click();
    const editor = page.locator('[data-testid="tasks-editor"]');
    await editor.waitFor();
    expect(await editor.locator('[data-testid="carried-tasks"] > li').count()).toBe(carried.length);

    await editor.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
    await editor
      .getByLabel("Nhiệm vụ kỳ tới 1", { exact: true })
      .fill("Vận hành thử nghiệm Nền tảng tích hợp dữ liệu tỉnh.");
    await editor.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
    await editor
      .getByLabel("Nhiệm vụ kỳ tới 2", { exact: true })
      .fill("Tổ chức tập huấn chuyển đổi số cho cán bộ cấp xã trên địa bàn tỉnh.");
    await editor.getByLabel("Phòng chủ trì nhiệm vụ 2").selectOption("SO-04-CNTT");
    // The second task goes first.
    await editor.getByRole("button", { name: "Đưa nhiệm vụ 2 lên" }).click();
    await editor.getByLabel("Kết quả nhiệm vụ 1").selectOption("done");
    await editor.getByLabel("Ghi chú nhiệm vụ 1").fill("Đã hoàn thành trước thời hạn.");
    await editor.getByRole("button", { name: "Lưu nhiệm vụ" }).click();
    await editor.getByText(/Đã lưu lúc \d\d:\d\d/).waitFor();
    await editor.getByRole("button", { name: "Lưu nhiệm vụ" }).scrollIntoViewIfNeeded();
    await screenshot(page, "72-tasks-saved", { fullPage: false });

    await page.reload();
    await page.locator(".report-title").waitFor();
    await page.getByRole("tab", { name: /Nhiệm vụ/ }).click();
    await editor.waitFor();
    expect(await editor.getByLabel("Nhiệm vụ kỳ tới 1", { exact: true }).inputValue()).toBe(
      "Tổ chức tập huấn chuyển đổi số cho cán bộ cấp xã trên địa bàn tỉnh.",
    );
    expect(await editor.getByLabel("Phòng chủ trì nhiệm vụ 1").inputValue()).toBe("SO-04-CNTT");
    expect(await editor.getByLabel("Nhiệm vụ kỳ tới 2", { exact: true }).inputValue()).toBe(
      "Vận hành thử nghiệm Nền tảng tích hợp dữ liệu tỉnh.",
    );
    expect(await editor.getByLabel("Phòng chủ trì nhiệm vụ 2").inputValue()).toBe("");
    expect(await editor.getByLabel("Kết quả nhiệm vụ 1").inputValue()).toBe("done");
    expect(await editor.getByLabel("Ghi chú nhiệm vụ 1").inputValue()).toBe("Đã hoàn thành trước thời hạn.");
    await screenshot(page, "73-tasks-after-reload", { fullPage: false });

    // The API holds the same.
    const stored = (await (
      await fetch(`${world.server.baseUrl}/api/reports/${draft.id}`, { headers: { cookie: session.cookie } })
    ).json()) as ReportDetail;
    expect(stored.tasks.filter((t) => t.carriedFromTaskId === null).map((t) => [t.text, t.divisionCode])).toEqual([
      ["Tổ chức tập huấn chuyển đổi số cho cán bộ cấp xã trên địa bàn tỉnh.", "SO-04-CNTT"],
      ["Vận hành thử nghiệm Nền tảng tích hợp dữ liệu tỉnh.", null],
    ]);
    const outcome = stored.tasks.find((t) => t.id === carried[0]!.id);
    expect([outcome?.status, outcome?.outcomeNote]).toEqual(["done", "Đã hoàn thành trước thời hạn."]);
    await page.close();
  });

  it("keeps what the office typed when the specialist saved the tasks meanwhile, shows theirs and merges both", async () => {
    const office = await signInApi("vanphong");
    const list = (await (
      await fetch(`${world.server.baseUrl}/api/reports?unit=SO-04&regime=ICT-THANG&state=draft`, {
        headers: { cookie: office.cookie },
      })
    ).json()) as { items: { id: number; periodCode: string }[] };
    const draftId = list.items.sort((a, b) => b.periodCode.localeCompare(a.periodCode))[0]!.id;

    const page = await newPage();
    await page.goto(`${world.server.baseUrl}/reports/${draftId}`);
    await signIn(page, "vanphong");
    await page.locator(".report-title").waitFor();
    await page.getByRole("tab", { name: /Nhiệm vụ/ }).click();
    const editor = page.locator('[data-testid="tasks-editor"]');
    await editor.waitFor();

    // The IT specialist saves the tasks from another browser after the office opened the page.
    const specialist = await signInApi("chuyenvien.cntt");
    const current = (await (
      await fetch(`${world.server.baseUrl}/api/reports/${draftId}`, { headers: { cookie: specialist.cookie } })
    ).json()) as ReportDetail;
    const theirs = "Rà soát hạ tầng mạng diện rộng của tỉnh trước mùa mưa bão.";
    const put = await fetch(`${world.server.baseUrl}/api/reports/${draftId}/tasks`, {
      method: "PUT",
      headers: { "content-type": "application/json", cookie: specialist.cookie, "x-csrf-token": specialist.csrfToken },
      body: JSON.stringify({ baseVersion: current.version, items: [{ text: theirs }] }),
    });
    expect(put.status, await put.clone().text()).toBe(200);

    const mine = "Xây dựng kế hoạch ứng cứu sự cố an toàn thông tin mạng năm 2027.";
    await editor.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
    const count = await editor.locator('[data-testid="next-tasks"] > li').count();
    await editor.getByLabel(`Nhiệm vụ kỳ tới ${count}`, { exact: true }).fill(mine);
    await editor.getByRole("button", { name: "Lưu nhiệm vụ" }).click();
    const alert = editor.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("người khác lưu");
    expect(await editor.locator('[data-testid="tasks-theirs"]').textContent()).toContain(theirs);
    expect(await editor.getByLabel(`Nhiệm vụ kỳ tới ${count}`, { exact: true }).inputValue()).toBe(mine);
    await alert.scrollIntoViewIfNeeded();
    await screenshot(page, "74-tasks-conflict", { fullPage: false });

    // Merging keeps both: the office's new task and the specialist's.
    await editor.getByRole("button", { name: "Gộp cả hai" }).click();
    await editor.getByText(/Đã lưu lúc \d\d:\d\d/).waitFor();
    const stored = (await (
      await fetch(`${world.server.baseUrl}/api/reports/${draftId}`, { headers: { cookie: office.cookie } })
    ).json()) as ReportDetail;
    const next = stored.tasks.filter((t) => t.carriedFromTaskId === null).map((t) => t.text);
    expect(next).toContain(mine);
    expect(next.at(-1)).toBe(theirs);
    await page.close();
  });

  it("never lists Cao Bằng's due reports for the receiving level or for Vĩnh Long", async () => {
    // bo.tonghop only sees released reports; a draft of Cao Bằng does not exist for them.
    const session = await signInApi("bo.tonghop");
    const due = await fetch(`${world.server.baseUrl}/api/reports/due`, { headers: { cookie: session.cookie } });
    expect(((await due.json()) as DueResponse).items).toEqual([]);
    const vinhLong = await signInApi("chuyenvien.vinhlong");
    const theirs = (await (
      await fetch(`${world.server.baseUrl}/api/reports/due`, { headers: { cookie: vinhLong.cookie } })
    ).json()) as DueResponse;
    expect(theirs.items.some((i) => i.unit.code.startsWith("SO-04"))).toBe(false);
  });
});
