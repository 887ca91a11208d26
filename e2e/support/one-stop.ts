import type { Page } from "playwright-core";
import { expect } from "vitest";

/** The dossier's state badge on the staff dossier page. */
export const status = (page: Page) =>
  page.getByTestId("dossier-detail").getByTestId("dossier-status").first();

export async function waitStatus(page: Page, value: string) {
  await expect.poll(() => status(page).getAttribute("data-status"), { timeout: 20_000 }).toBe(value);
}

/** Opens the action's dialog, lets `fill` complete it, submits and waits for the new state. */
export async function act(page: Page, action: string, next: string, fill?: () => Promise<void>) {
  await page.getByTestId(`action-${action}`).click();
  await page.getByTestId(`action-modal-${action}`).waitFor();
  // Let the dialog finish opening, so the first click lands.
  await page.waitForTimeout(300);
  await fill?.();
  await page.getByTestId("modal-submit").click();
  await page.getByTestId(`action-modal-${action}`).waitFor({ state: "detached", timeout: 20_000 });
  await waitStatus(page, next);
}

/** A tiny PDF to attach as a scan; its name is inside, so a download shows which file it is. */
export const pdf = (name: string) => ({
  name,
  mimeType: "application/pdf",
  buffer: Buffer.from(`%PDF-1.4\n% ${name}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`),
});
