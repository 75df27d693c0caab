import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExplorerResponse } from "../src/contract/analytics.js";
import { launchBrowser, screenshot } from "./browser.js";
import { type RunningServer, startServer, temporaryDataDir } from "./server.js";
import { apiCookie } from "./sign-in.js";

const SCREENSHOTS = fileURLToPath(new URL("./screenshots/", import.meta.url));

let server: RunningServer;
let browser: Browser;
const data = temporaryDataDir();
let cookie = "";

beforeAll(async () => {
  // The server loads the demo data on first start: Cao Bằng, and Vĩnh Long with the three provinces merged into it.
  server = await startServer(data.dir);
  cookie = await apiCookie(server.baseUrl, "bo.tonghop");
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  data.remove();
});

async function explorerPage(): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: "vi-VN",
    acceptDownloads: true,
  });
  const [name, value] = cookie.split("=") as [string, string];
  await context.addCookies([{ name, value, url: server.baseUrl }]);
  return context.newPage();
}

async function explore(query: Record<string, string>): Promise<ExplorerResponse> {
  const res = await fetch(`${server.baseUrl}/api/analytics/indicators?${new URLSearchParams(query)}`, {
    headers: { cookie },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as ExplorerResponse;
}

const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

describe("indicator explorer (receiving level)", () => {
  it("follows today's Vĩnh Long from 2024 to 2026, marks the months combined from its predecessors, and prints", async () => {
    const page = await explorerPage();
    await page.goto(`${server.baseUrl}/phan-tich/chi-tieu`);
    await page.getByRole("heading", { name: "Phân tích chỉ tiêu" }).waitFor();

    // Pick the indicator by typing without diacritics.
    const indicators = page.getByTestId("indicator-picker");
    await indicators.getByRole("searchbox").fill("van ban di tren he thong");
    await indicators.getByLabel("Văn bản đi trên hệ thống quản lý văn bản và điều hành").check();
    await expect.poll(() => params(page).indicators).toBe("DOC_OUT");

    // One unit: today's Vĩnh Long, found by its name without diacritics.
    await page.getByLabel("Phạm vi đơn vị").selectOption("units");
    const units = page.getByTestId("unit-picker");
    await units.getByRole("searchbox").fill("vinh long");
    await units.getByLabel("Sở Khoa học và Công nghệ tỉnh Vĩnh Long").check();
    await expect.poll(() => params(page).units).toBe("SO-86-2025");

    await page.getByLabel("Từ kỳ").fill("2024-01");
    await page.getByLabel("Đến kỳ").fill("2026-09");
    await expect.poll(() => params(page)).toMatchObject({ from: "2024-01", to: "2026-09" });

    const section = page.locator('.explorer-table[data-indicator="DOC_OUT"]');
    await section.waitFor();
    // 2024-01 … 2026-09 is 33 months: a table per year (12, 12 and 9 months after the unit's column).
    await expect.poll(() => section.locator("table").count()).toBe(3);
    // (polled: the table of the previous selection can still be on screen for a moment after the address changed)
    await expect.poll(() => section.locator("table").nth(2).locator("thead th").count()).toBe(10);
    const year2025 = section.locator("table").nth(1);
    const row = year2025.locator('tbody tr[data-unit="SO-86-2025"]');
    const june2025 = row.locator("td").nth(5);
    const july2025 = row.locator("td").nth(6);
    expect(await year2025.locator("thead th").nth(6).textContent()).toBe("Tháng 6/2025");
    // Before the merger the new province's figure is the sum of Trà Vinh, Bến Tre and the old Vĩnh Long.
    const badge = june2025.locator(".badge-combined");
    expect(await badge.textContent()).toBe("Gộp");
    const title = (await badge.getAttribute("title")) ?? "";
    expect(title).toContain("Trà Vinh");
    expect(title).toContain("Bến Tre");
    expect(await july2025.locator(".badge-combined").count()).toBe(0);
    // Months before the demo data began have no values.
    const january2024 = section.locator("table").first().locator('tbody tr[data-unit="SO-86-2025"] td').first();
    expect((await january2024.textContent())?.trim()).toBe("—");

    const api = await explore({
      regime: "ICT-THANG",
      indicators: "DOC_OUT",
      units: "SO-86-2025",
      periods: "2025-06",
    });
    const juneValue = api.cells[0]!.value!;
    expect(api.cells[0]!.isCombined).toBe(true);
    expect(await june2025.locator(".value").textContent()).toBe(juneValue.toLocaleString("de-DE"));
    expect(await page.locator(".explorer-legend").textContent()).toContain("cộng gộp số liệu của");

    // One unit over time: lines.
    await page.locator(".explorer-chart svg").waitFor();
    expect(await page.locator(".segmented button[aria-pressed=true]").textContent()).toBe("Đường theo thời gian");
    expect(await page.locator(".explorer-chart-panel").textContent()).toContain("Điểm rỗng: số liệu cộng gộp");
    await screenshot(page, "explorer-01-series");

    // The back button returns to the selection before the last change.
    await page.goBack();
    await expect.poll(() => params(page).to).not.toBe("2026-09");
    expect(params(page).from).toBe("2024-01");
    await page.goForward();
    await expect.poll(() => params(page)).toMatchObject({ from: "2024-01", to: "2026-09" });
    await section.waitFor();

    // Print: the page as a PDF (print stylesheet: no navigation or filters), looked at as an image.
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.emulateMedia({ media: "print" });
    const pdf = `${SCREENSHOTS}explorer-print.pdf`;
    await page.pdf({ path: pdf, format: "A4", landscape: true, printBackground: true });
    await page.emulateMedia({ media: "screen" });
    execFileSync("pdftoppm", ["-png", "-r", "70", "-f", "1", "-l", "2", pdf, `${SCREENSHOTS}explorer-print`]);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString();
    expect(text).toContain("Phân tích chỉ tiêu");
    expect(text).toContain("Gộp");
    expect(text).not.toContain("Chế độ báo cáo\n"); // the filters are not printed
    expect(text).not.toContain("Trang chủ"); // nor the navigation

    // Split by category: under each unit's total, a row per certificate holder (organisation, person).
    await page.goto(
      `${server.baseUrl}/phan-tich/chi-tieu?regime=ICT-THANG&indicators=CERT_TOTAL&units=SO-04,SO-86-2025&from=2026-07&to=2026-09&disaggregation=split`,
    );
    const certs = page.locator('.explorer-table[data-indicator="CERT_TOTAL"]');
    await certs.waitFor();
    const split = await explore({
      regime: "ICT-THANG",
      indicators: "CERT_TOTAL",
      units: "SO-04",
      periods: "2026-09",
      disaggregation: "split",
    });
    const categories = split.indicators[0]!.categories;
    expect(categories.length).toBeGreaterThan(1);
    // Per unit: the total, then one row per category.
    await expect.poll(() => certs.locator("tbody tr").count()).toBe(2 * (1 + categories.length));
    const caoBangRows = certs.locator('tbody tr[data-unit="SO-04"]');
    expect(await caoBangRows.nth(1).locator("td").first().textContent()).toBe("");
    expect(await caoBangRows.nth(1).locator("td").nth(1).textContent()).toBe(categories[0]!.name);
    await screenshot(page, "explorer-05-split");
    await page.context().close();
  });

  it("shows bars and a ranking of all provinces in a period, and downloads the figures as .xlsx", async () => {
    const page = await explorerPage();
    await page.goto(
      `${server.baseUrl}/phan-tich/chi-tieu?regime=ICT-THANG&indicators=DOC_SIGNED_RATE,DOC_OUT&from=2026-09&to=2026-09`,
    );
    const table = page.locator('.explorer-table[data-indicator="DOC_SIGNED_RATE"]');
    await table.waitFor();
    // All of today's provinces.
    await expect.poll(() => table.locator("tbody tr").count()).toBe(34);
    // By the administrative units of 30 June 2025: the 63 provinces before the merger, then back to today's.
    await page.getByRole("button", { name: "30/06/2025 (63 tỉnh)" }).click();
    await expect.poll(() => params(page).asOf).toBe("2025-06-30");
    await expect.poll(() => table.locator("tbody tr").count()).toBe(63);
    expect(await table.locator("tbody th", { hasText: "Trà Vinh" }).count()).toBe(1);
    await page.goBack();
    await expect.poll(() => table.locator("tbody tr").count()).toBe(34);
    expect(await table.locator("tbody th", { hasText: "Trà Vinh" }).count()).toBe(0);
    // Many units in one period: bars.
    await page.locator(".explorer-chart svg").waitFor();
    expect(await page.locator(".segmented button[aria-pressed=true]").textContent()).toBe("Cột theo đơn vị");
    await screenshot(page, "explorer-02-bars", { fullPage: false });
    await page.locator(".explorer-chart-panel").screenshot({ path: `${SCREENSHOTS}explorer-02-bars-chart.png` });

    await page.getByRole("button", { name: "Xếp hạng", exact: true }).click();
    await expect.poll(() => params(page).chart).toBe("ranking");
    const ranked = page.locator(".ranking-table tbody tr");
    await expect.poll(() => ranked.count()).toBe(34);
    const api = await explore({
      regime: "ICT-THANG",
      indicators: "DOC_SIGNED_RATE",
      periods: "2026-09",
      level: "provinces",
    });
    const first = api.rankings[0]!.entries[0]!;
    expect(await ranked.first().locator("td").nth(0).textContent()).toBe("1");
    expect(await ranked.first().locator("td").nth(1).textContent()).toBe(first.unitName);
    const expectedChange =
      first.change === null
        ? "mới"
        : first.change > 0
          ? `▲${first.change}`
          : first.change < 0
            ? `▼${-first.change}`
            : "—";
    expect(await ranked.first().locator(".rank-change").textContent()).toBe(expectedChange);
    // The chart's axis carries the rank numbers.
    expect(await page.locator(".explorer-chart svg").textContent()).toContain(
      `1. ${first.unitName.replace(/^Sở .* tỉnh /, "")}`,
    );
    await page.locator(".explorer-chart-panel").scrollIntoViewIfNeeded();
    await screenshot(page, "explorer-03-ranking");
    await page.locator(".explorer-chart-panel").screenshot({ path: `${SCREENSHOTS}explorer-04-ranking-chart.png` });

    // The ranking prints too: chart and table, without the filters.
    const rankingPdf = `${SCREENSHOTS}explorer-print-ranking.pdf`;
    await page.emulateMedia({ media: "print" });
    await page.pdf({ path: rankingPdf, format: "A4", landscape: true, printBackground: true });
    await page.emulateMedia({ media: "screen" });
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "70",
      "-f",
      "1",
      "-l",
      "1",
      rankingPdf,
      `${SCREENSHOTS}explorer-print-ranking`,
    ]);
    expect(execFileSync("pdftotext", ["-layout", rankingPdf, "-"]).toString()).toContain("Hạng kỳ trước");

    // The export builds the same query; the workbook has Vietnamese headers and the values shown.
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Số liệu (Excel)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("so-lieu-chi-tieu.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await file.path())!);
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(["Chỉ tiêu", "Phân tổ", "Đơn vị", "Kỳ", "Giá trị", "Đơn vị tính", "Cộng gộp từ"]);
    // 2 indicators × 34 provinces.
    expect(sheet.rowCount).toBe(1 + 2 * 34);
    const rows = (sheet.getSheetValues() as unknown[][]).slice(2);
    const rate = rows.find((r) => r[1] === "Tỷ lệ văn bản đi được ký số" && r[3] === first.unitName);
    expect(rate?.[5]).toBeCloseTo(first.value!, 6);

    // In English the same figures read in English notation.
    await page.locator(".lang-switch select").selectOption("en");
    await page.getByRole("heading", { name: "Indicator explorer" }).waitFor();
    const docOut = await explore({ regime: "ICT-THANG", indicators: "DOC_OUT", periods: "2026-09", units: "SO-04" });
    const caoBang = page.locator('.explorer-table[data-indicator="DOC_OUT"] tbody tr[data-unit="SO-04"] td .value');
    expect(await caoBang.textContent()).toBe(docOut.cells[0]!.value!.toLocaleString("en-US"));
    await page.context().close();
  });
});
