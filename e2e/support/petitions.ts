import type { Page } from "playwright-core";
import { switchLanguage } from "./browser";

export type Lang = "vi" | "en";

/** Picks the option titled `title` in the AntD select with this test id, and checks it was taken. */
export async function pick(page: Page, testId: string, title: string) {
  const select = page.getByTestId(testId);
  for (let attempt = 0; ; attempt++) {
    await select.click();
    await page.keyboard.type(title);
    await page
      .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${title}"]`)
      .first()
      .click();
    try {
      // The chosen label is rendered as text; what was typed stays in the search input's value.
      await page.getByTestId(testId).filter({ hasText: title }).waitFor({ timeout: 3000 });
      return;
    } catch (error) {
      // A dropdown still closing can swallow the click; try once more, then report.
      if (attempt > 0) {
        throw error;
      }
    }
  }
}

export async function setLang(page: Page, lang: Lang) {
  await switchLanguage(page, lang);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** Calls the staff API from the signed-in page, with its CSRF token. */
export async function apiPost(page: Page, path: string, body: unknown) {
  return page.evaluate(
    async ([p, b]) => {
      const me = (await (await fetch("/api/v1/auth/me")).json()) as { csrfToken: string };
      const res = await fetch(p as string, {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": me.csrfToken },
        body: JSON.stringify(b),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    },
    [path, body] as const,
  );
}

export async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;
}
