import type { Page } from "playwright-core";
import { DEMO_PASSWORD } from "./server.js";

/**
 * Signs in through the real sign-in page: waits for the form (the app shows it at whatever address was asked
 * for), types the demo account and its password, and waits until the header shows the signed-in user.
 */
export async function signIn(page: Page, username: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.locator('form.signin-card input[name="username"]').waitFor();
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form.signin-card button[type="submit"]').click();
  await page.locator('[data-testid="user-menu"]').waitFor();
}

/** Signs in over the API (no browser) and returns the Cookie header value for plain fetch calls. */
export async function apiCookie(baseUrl: string, username: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in of ${username} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie()[0];
  if (!cookie) throw new Error(`sign-in of ${username} set no cookie`);
  return cookie.split(";")[0]!;
}
