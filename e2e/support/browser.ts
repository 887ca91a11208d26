import fs from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { ROOT } from "./server";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = fs.existsSync(CHROMIUM);

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

export async function newPage(
  browser: Browser,
  opts: { locale?: "vi" | "en"; viewport?: { width: number; height: number } } = {},
) {
  const context: BrowserContext = await browser.newContext({
    locale: opts.locale === "en" ? "en-GB" : "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    viewport: opts.viewport ?? { width: 1366, height: 860 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  return { context, page, errors };
}

/** Screenshots go to e2e/artifacts (ignored by git) so a person can look at every screen. */
export async function shot(page: Page, name: string) {
  const dir = path.join(ROOT, "e2e", "artifacts");
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** Signs in through the sign-in form, as a person would. */
export async function signInUi(page: Page, baseUrl: string, username: string, password = "Danvan@2026") {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByTestId("sign-in-username").fill(username);
  await page.getByTestId("sign-in-password").fill(password);
  await page.getByTestId("sign-in-submit").click();
  await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"), { timeout: 20_000 });
}
