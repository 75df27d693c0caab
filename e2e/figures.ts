import type { Page } from "playwright-core";

/**
 * Types `text` into the figures form's cell of an indicator and leaves the cell (which saves it after the
 * autosave pause or at once on blur). `indicatorName` is the name as the form shows it; a category is
 * "<indicator name> — <category name>" ("Hồ sơ thủ tục hành chính tiếp nhận — Toàn trình"). Opens the
 * "Số liệu" tab first when another tab is showing.
 */
export async function fillFigure(page: Page, indicatorName: string, text: string): Promise<void> {
  const form = page.locator('[data-testid="figures-form"]');
  if (!(await form.isVisible())) {
    await page.getByRole("tab", { name: /^Số liệu/ }).click();
    await form.waitFor();
  }
  const input = form.getByRole("textbox", { name: indicatorName, exact: true });
  await input.fill(text);
  await input.press("Tab");
}

/** Waits until the figures form has saved everything valid that was typed ("Đã lưu"). */
export async function waitFiguresSaved(page: Page, timeout = 15_000): Promise<void> {
  await page.locator('[data-testid="figures-status"][data-state="saved"]').waitFor({ timeout });
}

/** The figures form's text for an indicator's cell: the input's value, or the computed/read-only figure. */
export async function figureText(page: Page, indicatorName: string): Promise<string> {
  const form = page.locator('[data-testid="figures-form"]');
  const input = form.getByRole("textbox", { name: indicatorName, exact: true });
  if ((await input.count()) > 0) return input.inputValue();
  return (await form.locator(`output[aria-label="${indicatorName}"]`).textContent()) ?? "";
}
