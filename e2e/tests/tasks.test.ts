import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hasChromium, newPage, shot, signInUi, switchLanguage } from "../support/browser";
import { useChromium } from "../support/suite";

/** Demo accounts of Xã Anh Sơn: the chair directs, the reception officer carries the task out. */
const LEADER = { username: "leader", fullName: "Trần Văn Minh" };
const ASSIGNEE = { username: "reception", fullName: "Lê Thị Hoa" };
const PROMISE_TITLE = "Sửa chữa cầu tràn thôn Cây Chanh trước mùa mưa";

/** Opens an AntD Select and clicks an option of its own dropdown (another may still be closing). */
async function pickOption(page: Page, testId: string, text: string) {
  const select = page.getByTestId(testId);
  await select.click();
  const id = await select.locator("input").first().getAttribute("id");
  await page
    .locator(`.ant-select-dropdown:has([id="${id}_list"]) .ant-select-item-option`, { hasText: text })
    .first()
    .click();
}

/** Lets a closing dropdown or toast go before a screenshot. */
async function settle(page: Page) {
  await page.keyboard.press("Escape");
  await page.waitForTimeout(400);
}

async function signOut(page: Page) {
  await page.getByTestId("sign-out").click();
  await page.waitForURL((u) => u.pathname.startsWith("/sign-in"));
}

async function openTask(page: Page, baseUrl: string, id: string) {
  await page.goto(`${baseUrl}/tasks/${id}`);
  await page.getByTestId("task-five-clear").waitFor();
}

const statusOf = (page: Page) => page.getByTestId("task-status").first().getAttribute("data-status");

async function waitForStatus(page: Page, status: string) {
  await page.locator(`[data-testid=task-status][data-status=${status}]`).first().waitFor({ timeout: 15_000 });
}

/** A small real PDF: the upload API checks the bytes, not the name. */
function evidencePdf(label: string) {
  return Buffer.from(
    `%PDF-1.4\n% ${label}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n`,
    "utf8",
  );
}

async function submitEvidence(page: Page, note: string, fileName: string) {
  await page.getByTestId("task-action-submit").click();
  await page.getByTestId("task-modal-submit").waitFor();
  await page.getByTestId("task-note").fill(note);
  await page.locator(".ant-modal input[type=file]").setInputFiles({
    name: fileName,
    mimeType: "application/pdf",
    buffer: evidencePdf(`${fileName} ${Date.now()}`),
  });
  await page.locator(".ant-modal .ant-upload-list-item", { hasText: fileName }).waitFor();
  await shot(page, `tasks-submit-modal-${fileName.replace(/\.pdf$/, "")}-vi`);
  await page
    .locator(".ant-modal .ant-upload-list-item-done, .ant-modal .ant-upload-list-item-success")
    .first()
    .waitFor({ timeout: 15_000 });
  await page.getByTestId("modal-submit").click();
  await waitForStatus(page, "submitted");
}

describe.runIf(hasChromium)("tasks under the 5 rõ rule in Chromium", () => {
  const env = useChromium("tasks");
  let taskId = "";
  let taskCode = "";

  it("a leader creates a task through the form; the server's field errors show on the fields", async () => {
    const { page, context, errors } = await newPage(env.browser);
    await signInUi(page, env.server.url, LEADER.username);
    await page.getByTestId("menu-tasks").click();
    await page.getByTestId("task-table").waitFor();
    await shot(page, "tasks-board-empty-vi");

    await page.getByTestId("task-create").click();
    await page.getByTestId("task-create-form").waitFor();
    for (const n of [1, 2, 3, 4, 5]) {
      await page.getByTestId(`five-clear-${n}`).waitFor();
    }
    // the env.browser refuses an empty form before asking the server
    await page.getByTestId("task-create-submit").click();
    await page.locator(".ant-form-item-explain-error").first().waitFor();
    expect(await page.locator(".ant-form-item-explain-error").count()).toBeGreaterThanOrEqual(4);

    await page.getByTestId("task-title").fill(PROMISE_TITLE);
    await page
      .getByTestId("task-description")
      .fill("Khảo sát, lập phương án và sửa chữa mặt cầu tràn bị sạt lở theo kiến nghị của cử tri.");
    // the leader is in scope, so the form offers him; the server refuses him as his own director
    await pickOption(page, "task-assignee", LEADER.fullName);
    await pickOption(page, "task-director", LEADER.fullName);
    await page.getByTestId("task-due-mode-working").click();
    await page.getByTestId("task-working-days").fill("10");
    await page.getByTestId("task-due-preview").waitFor({ timeout: 15_000 });
    expect(await page.getByTestId("task-due-preview").textContent()).toContain("10 ngày làm việc");
    await page.getByTestId("task-deliverable").fill("Cầu tràn sửa xong, biên bản nghiệm thu có ảnh chụp");
    await pickOption(page, "task-source-type", "Tiếp công dân");
    await page.getByTestId("task-source-label").fill("Kết luận tiếp công dân ngày 15/11");
    await page.getByTestId("task-public-promise").click();
    await page.getByTestId("task-public-title").fill(PROMISE_TITLE);
    await page
      .getByTestId("task-public-summary")
      .fill("UBND xã cam kết sửa xong cầu tràn để người dân đi lại an toàn trong mùa mưa.");
    await shot(page, "tasks-create-vi");

    await page.getByTestId("task-create-submit").click();
    const directorError = page
      .locator(".ant-form-item", { has: page.getByTestId("task-director") })
      .locator(".ant-form-item-explain-error");
    await directorError.waitFor({ timeout: 15_000 });
    expect(page.url()).toContain("/tasks/new");
    await shot(page, "tasks-create-error-vi");

    await pickOption(page, "task-assignee", ASSIGNEE.fullName);
    await page.getByTestId("task-create-submit").click();
    await page.waitForURL((u) => /\/tasks\/[0-9a-f-]{36}$/.test(u.pathname), { timeout: 15_000 });
    taskId = page.url().split("/").pop() ?? "";
    await page.getByTestId("task-five-clear").waitFor();
    taskCode = ((await page.getByTestId("task-code").textContent()) ?? "").trim();
    expect(taskCode).toMatch(/^NV-/);
    expect(await statusOf(page)).toBe("assigned");
    const five = await page.getByTestId("task-five-clear").textContent();
    expect(five).toContain(ASSIGNEE.fullName);
    expect(five).toContain("10 ngày làm việc");
    // the leader directs: he may urge or cancel, but the assignee's buttons are not his
    await page.getByTestId("task-action-urge").waitFor();
    expect(await page.getByTestId("task-action-submit").count()).toBe(0);
    await page.getByTestId("task-action-urge").click();
    await page.getByTestId("task-note").fill("Đề nghị khẩn trương khảo sát hiện trường trong tuần.");
    await page.getByTestId("modal-submit").click();
    await page.getByTestId("task-event-urge").waitFor();
    expect(await page.getByTestId("task-event-urge").textContent()).toContain(LEADER.fullName);
    await shot(page, "tasks-detail-assigned-vi");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the assignee accepts, reports progress and submits evidence with a file", async () => {
    const { page, context, errors } = await newPage(env.browser);
    await signInUi(page, env.server.url, ASSIGNEE.username);
    await page.getByTestId("menu-tasks").click();
    await page.getByTestId(`task-link-${taskCode}`).click();
    await page.getByTestId("task-five-clear").waitFor();
    expect(await page.getByTestId("task-action-approve").count()).toBe(0);
    await page.getByTestId("task-action-accept").click();
    await waitForStatus(page, "accepted");
    await page.getByTestId("task-action-progress").click();
    await page.getByTestId("task-percent").fill("40");
    await page.getByTestId("task-note").fill("Đã khảo sát hiện trường, lập dự toán.");
    await page.getByTestId("modal-submit").click();
    await waitForStatus(page, "in_progress");

    // more time is asked for, within the rule set's limit shown in the dialog
    await page.getByTestId("task-action-extensions").click();
    await page.getByTestId("task-modal-extensions").waitFor();
    expect(await page.getByTestId("task-modal-extensions").textContent()).toContain("0/2");
    const later = new Date(Date.now() + 60 * 86_400_000);
    const asked = `${String(later.getUTCDate()).padStart(2, "0")}/${String(later.getUTCMonth() + 1).padStart(2, "0")}/${later.getUTCFullYear()}`;
    await page.getByTestId("task-new-due").click();
    await page.getByTestId("task-new-due").fill(asked);
    await page.keyboard.press("Enter");
    await page.getByTestId("task-reason").fill("Chờ xi măng về, mưa lớn kéo dài.");
    await shot(page, "tasks-extension-request-vi");
    await page.getByTestId("modal-submit").click();
    await page.getByTestId("task-event-extension-request").waitFor();
    expect(await page.getByTestId("task-action-extensions").count()).toBe(0);

    await submitEvidence(
      page,
      "Đã sửa xong mặt cầu tràn, gửi biên bản nghiệm thu.",
      "bien-ban-nghiem-thu.pdf",
    );
    await page.getByTestId("task-evidence-file").first().waitFor();
    await shot(page, "tasks-detail-submitted-vi");
    expect(errors).toEqual([]);
    await signOut(page);
    await context.close();
  });

  it("the leader returns it; the assignee resubmits; the leader approves", async () => {
    const leader = await newPage(env.browser);
    await signInUi(leader.page, env.server.url, LEADER.username);
    await openTask(leader.page, env.server.url, taskId);
    const dueBefore = await leader.page.getByTestId("task-due").textContent();
    await leader.page.getByTestId("task-action-extensions-decide").click();
    await leader.page.getByTestId("task-modal-extensions-decide").waitFor();
    await shot(leader.page, "tasks-extension-decide-vi");
    await leader.page.getByTestId("task-note").fill("Đồng ý, bảo đảm an toàn thi công.");
    await leader.page.getByTestId("modal-submit").click();
    await leader.page.getByTestId("task-event-extension-approve").waitFor();
    expect(await leader.page.getByTestId("task-due").textContent()).not.toBe(dueBefore);
    expect(await leader.page.getByTestId("task-five-clear").textContent()).toContain("đã gia hạn 1 lần");

    await leader.page.getByTestId("task-action-return").click();
    await leader.page.getByTestId("task-note").fill("Thiếu ảnh chụp hiện trường sau khi sửa chữa.");
    await leader.page.getByTestId("modal-submit").click();
    await waitForStatus(leader.page, "returned");
    await leader.page.getByTestId("task-event-return").waitFor();

    const assignee = await newPage(env.browser);
    await signInUi(assignee.page, env.server.url, ASSIGNEE.username);
    await openTask(assignee.page, env.server.url, taskId);
    expect(await assignee.page.getByTestId("task-event-return").textContent()).toContain("Thiếu ảnh chụp");
    await submitEvidence(assignee.page, "Bổ sung ảnh chụp hiện trường sau sửa chữa.", "anh-hien-truong.pdf");
    expect(assignee.errors).toEqual([]);
    await assignee.context.close();

    await openTask(leader.page, env.server.url, taskId);
    await leader.page.getByTestId("task-action-approve").click();
    await leader.page.getByTestId("task-note").fill("Đạt yêu cầu.");
    await leader.page.getByTestId("modal-submit").click();
    await waitForStatus(leader.page, "done");
    expect(await leader.page.getByTestId("task-actions").count()).toBe(0);
    expect(await leader.page.getByTestId("task-evidence-file").count()).toBe(2);
    await shot(leader.page, "tasks-detail-done-vi");

    await leader.page.getByTestId("menu-tasks").click();
    await leader.page.getByTestId("task-board-directing").click();
    await pickOption(leader.page, "task-filter-status", "Tất cả trạng thái");
    await leader.page.getByTestId(`task-link-${taskCode}`).waitFor();
    await settle(leader.page);
    await shot(leader.page, "tasks-board-directing-vi");
    await leader.page.getByTestId("task-stats-link").click();
    await leader.page.getByTestId("task-stats-table").waitFor();
    await leader.page.getByText("Xã Anh Sơn").first().waitFor();
    await shot(leader.page, "tasks-stats-vi");

    // the same screens in English
    await switchLanguage(leader.page, "en");
    await leader.page.getByText("Task figures").first().waitFor();
    await shot(leader.page, "tasks-stats-en");
    await openTask(leader.page, env.server.url, taskId);
    await leader.page.getByText("Timeline").first().waitFor();
    await shot(leader.page, "tasks-detail-done-en");
    await leader.page.goto(`${env.server.url}/tasks?board=directing`);
    await leader.page.getByTestId("task-table").waitFor();
    await shot(leader.page, "tasks-board-en");
    await leader.page.goto(`${env.server.url}/tasks/new`);
    await leader.page.getByTestId("task-create-form").waitFor();
    await leader.page.getByTestId("task-due-mode-working").click();
    await leader.page.getByTestId("task-working-days").fill("5");
    await leader.page.getByTestId("task-due-preview").waitFor({ timeout: 15_000 });
    expect(await leader.page.getByTestId("task-due-preview").textContent()).toContain("working days");
    await shot(leader.page, "tasks-create-en");
    await switchLanguage(leader.page, "vi");
    expect(leader.errors).toEqual([]);
    await leader.context.close();
  });

  it("the public promise page shows the commitment, its state and evidence, without staff names", async () => {
    for (const locale of ["vi", "en"] as const) {
      const { page, context, errors } = await newPage(env.browser, { locale });
      await page.goto(`${env.server.url}/public/promises`);
      if (locale === "en") {
        await switchLanguage(page, "en");
      }
      const card = page.getByTestId(`promise-${taskCode}`);
      await card.waitFor({ timeout: 15_000 });
      const text = await card.textContent();
      expect(text).toContain(PROMISE_TITLE);
      expect(text).toContain("Bổ sung ảnh chụp hiện trường");
      expect(await card.locator("[data-testid=task-status]").getAttribute("data-status")).toBe("done");
      const whole = await page.locator("body").textContent();
      expect(whole).not.toContain(LEADER.fullName);
      expect(whole).not.toContain(ASSIGNEE.fullName);

      await pickOption(page, "promise-unit-filter", "Xã Anh Sơn");
      await card.waitFor();
      await settle(page);
      await shot(page, `tasks-public-promises-${locale}`);
      expect(errors).toEqual([]);
      await context.close();
    }
    // citizens open this page on phones
    const phone = await newPage(env.browser, { viewport: { width: 390, height: 844 } });
    await phone.page.goto(`${env.server.url}/public/promises`);
    await phone.page.getByTestId(`promise-${taskCode}`).waitFor({ timeout: 15_000 });
    await shot(phone.page, "tasks-public-promises-phone-vi");
    await phone.context.close();
  });
});
