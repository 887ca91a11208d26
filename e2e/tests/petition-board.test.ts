import { describe, expect, it } from "vitest";
import { choose } from "../support/antd";
import { hasChromium, newPage, shot, signInUi, switchLanguage } from "../support/browser";
import { useChromium } from "../support/suite";

type BoardItem = { id: string; code: string; summary: string };

describe.runIf(hasChromium)("the committee's monitoring board in Chromium", () => {
  const env = useChromium("petition-board");
  let overdue: BoardItem;

  it("the committee officer urges the handler of an overdue case and reports it to the head", async () => {
    const { page, errors, context } = await newPage(env.browser);
    env.page = page;
    await signInUi(page, env.server.url, "reception");
    await page.goto(`${env.server.url}/petitions/board`);
    await page.getByTestId("board-overdue").waitFor();
    const board = (await page.evaluate(async () =>
      (await fetch("/api/v1/petitions/board?dueWithinDays=10")).json(),
    )) as { overdue: BoardItem[]; dueSoon: BoardItem[] };
    overdue = board.overdue.find((p) => p.summary.includes("cầu tràn xóm 11"))!;
    expect(overdue).toBeDefined();
    const soon = board.dueSoon.find((p) => p.summary.includes("cột điện"));
    expect(soon).toBeDefined();
    await page.getByTestId("board-overdue").getByText(overdue.code).waitFor();
    // the due-soon case shows once the window covers its deadline
    await choose(page, "board-days", "Sắp đến hạn trong 10 ngày");
    await page.getByTestId("board-due-soon").getByText(soon!.code).waitFor();
    await shot(page, "petition-board-vi");

    await page.getByTestId(`urge-${overdue.code}`).first().click();
    await page.getByTestId("urge-modal").waitFor();
    await choose(page, "follow-up-head", "Trần Văn Minh — Xã Anh Sơn", "Trần Văn");
    await page
      .getByTestId("follow-up-note")
      .fill("Đề nghị đồng chí Hải báo cáo kết quả sửa chữa cầu tràn trong 3 ngày");
    await shot(page, "petition-board-urge-vi");
    await page.getByTestId("modal-submit").click();
    await page.locator(".ant-message").getByText("Đã tạo nhiệm vụ").waitFor();
    await page.getByTestId("urge-modal").waitFor({ state: "detached" });

    await page.getByTestId(`report-${overdue.code}`).first().click();
    await page.getByTestId("report-to-head-modal").waitFor();
    // the report needs the head and what is reported
    await page.getByTestId("modal-submit").click();
    await page.getByTestId("report-to-head-modal").locator(".ant-form-item-explain-error").first().waitFor();
    await choose(page, "follow-up-head", "Trần Văn Minh — Xã Anh Sơn", "Trần Văn");
    await page
      .getByTestId("follow-up-note")
      .fill(
        "Cầu tràn xóm 11 quá hạn xử lý, ảnh hưởng học sinh đi lại; đề nghị đồng chí Chủ tịch cho ý kiến chỉ đạo",
      );
    await page.getByTestId("modal-submit").click();
    await page.getByTestId("report-to-head-modal").waitFor({ state: "detached" });

    // the board now says the case awaits the head's direction
    await page.getByTestId(`follow-up-${overdue.code}`).first().getByTestId("report-pending").waitFor();
    await page.getByTestId("board-overdue").getByRole("link", { name: overdue.code }).click();
    await page.getByTestId("petition-detail").waitFor();
    await page.getByTestId("petition-detail").getByTestId("report-pending").waitFor();
    await page.getByTestId("event-urge").waitFor();
    await page.getByTestId("event-report-to-head").waitFor();
    // the officer is not the head: no direction button
    expect(await page.getByTestId("action-direct").count()).toBe(0);
    await switchLanguage(page, "en");
    await page.getByTestId("event-report-to-head").getByText("Reported to the head").waitFor();
    await page.goto(`${env.server.url}/petitions/board`);
    await page.getByTestId("board-overdue").getByText(overdue.code).waitFor();
    await shot(page, "petition-board-en");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the head sees the tasks and records a direction the timeline keeps", async () => {
    const { page, errors, context } = await newPage(env.browser);
    env.page = page;
    await signInUi(page, env.server.url, "leader");
    const tasks = (await page.evaluate(async () => (await fetch("/api/v1/tasks?view=directing")).json())) as {
      items: { id: string; title: string; status: string }[];
    };
    const report = tasks.items.find((t) => t.title === `Báo cáo thủ trưởng về đơn ${overdue.code}`)!;
    expect(report.status).not.toBe("done");
    expect(tasks.items.map((t) => t.title)).toEqual(
      expect.arrayContaining([
        `Đôn đốc xử lý đơn ${overdue.code}`,
        `Báo cáo thủ trưởng về đơn ${overdue.code}`,
      ]),
    );
    await page.goto(`${env.server.url}/petitions/${overdue.id}`);
    await page.getByTestId("petition-detail").waitFor();
    await page.getByTestId("action-direct").click();
    await page.getByTestId("direction-modal").waitFor();
    await page
      .getByTestId("note-text")
      .fill("Giao Phòng Kinh tế khảo sát, lập phương án sửa chữa cầu tràn xóm 11 trước ngày 20");
    await shot(page, "petition-direction-vi");
    await page.getByTestId("modal-submit").click();
    await page.getByTestId("direction-modal").waitFor({ state: "detached" });
    const event = page.getByTestId("event-direction");
    await event.getByText("Ý kiến chỉ đạo").waitFor();
    await event.getByText("lập phương án sửa chữa cầu tràn").waitFor();
    const latest = page.getByTestId("petition-detail").getByTestId("latest-direction");
    await latest.getByText("lập phương án sửa chữa cầu tràn").waitFor();
    expect(await page.getByTestId("petition-detail").getByTestId("report-pending").count()).toBe(0);
    await shot(page, "petition-direction-done-vi");
    // the report task is closed with the direction as its product
    const closed = (await page.evaluate(
      async (id) => (await fetch(`/api/v1/tasks/${id}`)).json(),
      report.id,
    )) as { status: string };
    expect(closed.status).toBe("done");
    await page.goto(`${env.server.url}/tasks/${report.id}`);
    await page.getByTestId("task-event-direction").waitFor({ timeout: 30_000 });
    // and the board shows who directed, what, and no longer a pending report
    await page.goto(`${env.server.url}/petitions/board`);
    const cell = page.getByTestId(`follow-up-${overdue.code}`).first();
    await cell
      .getByTestId("latest-direction")
      .getByText("Giao Phòng Kinh tế khảo sát")
      .waitFor({ timeout: 30_000 });
    await cell.getByText("Trần Văn Minh").waitFor();
    expect(await cell.getByTestId("report-pending").count()).toBe(0);
    await shot(page, "petition-board-direction-vi");
    await switchLanguage(page, "en");
    await page.getByText("Head's direction").first().waitFor();
    await shot(page, "petition-board-direction-en");
    expect(errors).toEqual([]);
    await context.close();
  });
});
