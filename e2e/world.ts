import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser.js";
import { DEMO_PASSWORD, type RunningServer, startServer, temporaryDataDir } from "./server.js";

/** A test file's server (on a fresh data folder with the demo data) and browser. */
export interface BrowserWorld {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** A new page in Vietnamese, 1366 px wide and `height` px tall. */
  newPage(height?: number): Promise<Page>;
}

/**
 * Registers the hooks that start a server and a browser before the file's tests and stop both (and remove the data
 * folder) after them; the returned world is usable inside tests and in later `beforeAll` hooks.
 */
export function startBrowserWorld(): BrowserWorld {
  const data = temporaryDataDir();
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer(data.dir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    data.remove();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not started yet (use the world inside tests or hooks)`);
    return value;
  };
  return {
    get server() {
      return ready(server, "server");
    },
    get browser() {
      return ready(browser, "browser");
    },
    newPage(height = 900) {
      return ready(browser, "browser").newPage({ viewport: { width: 1366, height }, locale: "vi-VN" });
    },
  };
}

/** Signs `username` in over the API: the session cookie and the CSRF token state-changing calls need. */
export async function apiSession(baseUrl: string, username: string): Promise<{ cookie: string; csrfToken: string }> {
  const response = await fetch(`${baseUrl}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in of ${username} failed: ${response.status}`);
  const cookie = response.headers.getSetCookie()[0]?.split(";")[0];
  if (!cookie) throw new Error(`sign-in of ${username} set no cookie`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}
