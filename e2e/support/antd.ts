import type { Locator, Page } from "playwright-core";

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

/**
 * Picks a node of an AntD tree select by typing `search` and clicking the first node titled `name` in the
 * open dropdown, checks the select then shows it, and tries again when the click missed (as `choose` does).
 * A tree's dropdown has no list id to find it by; the open one mounted last is the one just opened.
 */
export async function chooseTreeNode(page: Page, testId: string, name: string, search = name) {
  const select = page.getByTestId(testId);
  for (let attempt = 0; attempt < 3; attempt++) {
    await select.click();
    await page.keyboard.type(search);
    await page
      .locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)")
      .last()
      .locator(".ant-select-tree-title", { hasText: name })
      .first()
      .click();
    if ((await select.textContent())?.includes(name)) {
      return;
    }
    await page.keyboard.press("Escape");
    await page.waitForTimeout(300);
  }
  throw new Error(`could not choose ${name} in ${testId}`);
}

/**
 * Confirms the AntD confirm dialog that is open and waits until it has closed. A click that did not take
 * (the dialog still open with its button ready after a while) is made again; the button ignores a second
 * click once the first took, so nothing runs twice.
 */
export async function confirmDialog(page: Page) {
  const dialog = page.locator(".ant-modal-confirm");
  const ok = page.locator(".ant-modal-confirm-btns .ant-btn-primary");
  for (let attempt = 0; attempt < 3; attempt++) {
    await ok.click();
    if (
      await dialog.waitFor({ state: "hidden", timeout: 10_000 }).then(
        () => true,
        () => false,
      )
    ) {
      return;
    }
  }
  throw new Error("the confirm dialog stayed open after three clicks on its button");
}

/**
 * Clicks a link-like button (one that only moves the page, like the "open" button of a dialog still zooming
 * in) until the page is at `url`. A click that lands during the dialog's opening animation can miss; a second
 * click after a first that took does nothing more, since the button only navigates.
 */
export async function clickToNavigate(page: Page, button: Locator, url: RegExp) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await button.click();
    if (
      await page.waitForURL(url, { timeout: 10_000 }).then(
        () => true,
        () => false,
      )
    ) {
      return;
    }
  }
  throw new Error(`three clicks did not move the page to ${url}`);
}
