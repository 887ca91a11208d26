import type { Page } from "playwright-core";

/** AntD InputNumber puts the test id on the wrapper or on the input, depending on the version. */
export const numberInput = (page: Page, testId: string) =>
  page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

/**
 * Opens an AntD select by its test id and picks the option showing `text` in that select's own list (found
 * through aria-controls, so a dropdown still fading out elsewhere is never clicked); `search` is typed first
 * when given. Tries again while a modal or drawer is still animating in and the click missed.
 */
export async function choose(page: Page, testId: string, text: string, search?: string) {
  const select = page.getByTestId(testId);
  for (let attempt = 0; attempt < 3; attempt++) {
    await select.click();
    if (search) {
      await page.keyboard.type(search);
    }
    const listId = await select.locator("input").first().getAttribute("aria-controls");
    const list = listId
      ? page.locator(`.ant-select-dropdown:has([id="${listId}"])`)
      : page.locator(".ant-select-dropdown:visible");
    await list.locator(".ant-select-item-option", { hasText: text }).first().click();
    if ((await select.textContent())?.includes(text)) {
      return;
    }
    await page.keyboard.press("Escape");
    await page.waitForTimeout(300);
  }
  throw new Error(`could not choose ${text} in ${testId}`);
}

/** Confirms the AntD confirm dialog that is open. */
export async function confirmDialog(page: Page) {
  await page.locator(".ant-modal-confirm-btns .ant-btn-primary").click();
  await page.locator(".ant-modal-confirm").waitFor({ state: "hidden" });
}
