import fs from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { ROOT } from "./server";
import { keepTrail } from "./trail";

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
  opts: {
    locale?: "vi" | "en";
    viewport?: { width: number; height: number };
    /** Pages ask for reduced motion unless told otherwise: no click lands on a dialog still zooming in. */
    reducedMotion?: "reduce" | "no-preference";
  } = {},
) {
  const context: BrowserContext = await browser.newContext({
    reducedMotion: opts.reducedMotion ?? "reduce",
    locale: opts.locale === "en" ? "en-GB" : "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    viewport: opts.viewport ?? { width: 1366, height: 860 },
  });
  const page = await context.newPage();
  keepTrail(page);
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

/**
 * Switches the header's VI/EN switch and waits until the app is in that language (the button's
 * aria-pressed follows i18next once the strings are in). The mouse leaves first: AntD keeps a hovered toast
 * open, and a toast over the switch swallows or blocks the click; a click that did not take is repeated.
 */
export async function switchLanguage(page: Page, lang: "vi" | "en") {
  const button = page.getByTestId(`lang-switch-${lang}`);
  const pressed = page.locator(`[data-testid="lang-switch-${lang}"][aria-pressed="true"]`);
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.mouse.move(0, 0);
    for (let i = 0; i < 50 && (await page.locator(".ant-message-notice").count()) > 0; i++) {
      await page.waitForTimeout(200);
    }
    await button.click();
    if (
      await pressed.waitFor({ timeout: 5000 }).then(
        () => true,
        () => false,
      )
    ) {
      return;
    }
  }
  throw new Error(`the language switch did not turn to ${lang}`);
}
