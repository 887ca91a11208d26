import { describe, expect, it } from "vitest";
import { choose } from "../support/antd";
import { hasChromium, newPage, shot, signInUi, switchLanguage } from "../support/browser";
import { useChromium } from "../support/suite";

describe.runIf(hasChromium)("citizen reception journey in Chromium", () => {
  const env = useChromium("reception");

  it("a reception officer logs a group visit and records a tripartite conclusion that becomes a task", async () => {
    const { page, errors } = await newPage(env.browser);
    await signInUi(page, env.server.url, "reception");
    await page.getByTestId("menu-reception-sessions").click();
    await page.getByTestId("reception-sessions-table").waitFor();
    await shot(page, "reception-sessions-vi");

    await page.getByTestId("reception-session-new").click();
    await choose(page, "session-host", "Trần Văn Minh");
    await page.getByTestId("session-save").click();
    await page.getByTestId("entry-new").waitFor({ timeout: 20_000 });

    // A group of 7 with the same content: two representatives and their written appointment.
    await page.getByTestId("entry-new").click();
    await page.getByTestId("entry-name").fill("Nguyễn Văn Sơn");
    await page.getByTestId("entry-address").fill("Xóm 3, xã Anh Sơn, Nghệ An");
    await page
      .locator('input[data-testid="entry-people"], [data-testid="entry-people"] input')
      .first()
      .fill("7");
    await page.getByTestId("entry-rep-add").click();
    await page.getByTestId("entry-rep-add").click();
    await page.getByTestId("entry-rep-name-0").fill("Nguyễn Văn Sơn");
    await page.getByTestId("entry-rep-name-1").fill("Trần Thị Yến");
    await page.locator(".ant-drawer input[type=file]").setInputFiles({
      name: "giay-cu-nguoi-dai-dien.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("Giấy cử người đại diện, có chữ ký của 7 hộ dân xóm 3."),
    });
    await page
      .locator(".ant-upload-list-item-done, .ant-upload-list-item:not(.ant-upload-list-item-error)")
      .first()
      .waitFor();
    await page
      .getByTestId("entry-summary")
      .fill("Nước thải trại lợn chảy vào kênh tưới xóm 3, ảnh hưởng 7 hộ trồng lúa");
    await page.getByTestId("entry-follow-up").fill("Giao công chức địa chính - môi trường kiểm tra trại lợn");
    await shot(page, "reception-entry-form-vi");
    await page.getByTestId("entry-save").click();
    // The book numbers entries through the year (STT), after the demo's earlier lines.
    const group = page.locator('[data-testid^="entry-group-"]').first();
    await group.waitFor({ timeout: 15_000 });
    expect(await group.textContent()).toContain("7");
    await expect.poll(() => page.getByTestId("session-status").textContent()).toContain("Đã tiếp");
    await shot(page, "reception-session-vi");
    await page.locator('[data-testid^="entry-open-"]').first().click();
    await page.getByTestId("entry-detail").getByText("Trần Thị Yến").waitFor();
    const followUp = page.getByTestId("entry-detail-follow-up");
    expect(await followUp.textContent()).toBe("Giao công chức địa chính - môi trường kiểm tra trại lợn");
    // The follow-up column is completed later, when the result is known.
    await page.getByTestId("entry-follow-up-edit").fill("");
    await page.getByTestId("entry-follow-up-save").click();
    await page.locator(".ant-drawer .ant-form-item-explain-error").first().waitFor();
    await page
      .getByTestId("entry-follow-up-edit")
      .fill("Đã kiểm tra ngày 05/12, lập biên bản, yêu cầu chủ trại dừng xả thải");
    await page.getByTestId("entry-follow-up-save").click();
    await expect.poll(() => followUp.textContent()).toContain("Đã kiểm tra ngày 05/12");
    await shot(page, "reception-entry-detail-vi");
    // The written appointment is served to whoever may see the entry, through the entry.
    const href = await page.getByTestId("entry-appointment-file").getAttribute("href");
    const appointmentStatus = await page.evaluate(async (url) => (await fetch(url ?? "")).status, href);
    expect(appointmentStatus).toBe(200);
    await page.locator(".ant-drawer-close").click();

    // "Ba mặt một lời": citizen, authority, related party; one conclusion becomes a task.
    await page.getByTestId("record-new").click();
    await choose(page, "record-entry", "Nguyễn Văn Sơn");
    await page.getByTestId("record-subject").fill("Nước thải trại lợn chảy vào kênh tưới xóm 3");
    await page.getByTestId("record-attendee-0").fill("Nguyễn Văn Sơn");
    await page.getByTestId("record-attendee-2").fill("Hồ Đức Lâm, chủ trại chăn nuôi");
    await page.getByTestId("record-facts").fill("Trại chăn nuôi xả nước thải chưa xử lý ra kênh tưới.");
    await page.getByTestId("record-solution").fill("Chủ trại dừng xả thải, làm bể lắng trong 15 ngày.");
    await page.getByTestId("conclusion-add").click();
    await page
      .getByTestId("conclusion-text-0")
      .fill("Theo dõi, đôn đốc chủ trại hoàn thành bể lắng, báo cáo Chủ tịch");
    await choose(page, "conclusion-assignee-0", "Lê Thị Hoa");
    await choose(page, "conclusion-director-0", "Trần Văn Minh");
    await page.getByTestId("conclusion-deliverable-0").fill("Báo cáo kết quả kiểm tra");
    await shot(page, "reception-record-form-vi");
    await page.getByTestId("record-save").click();
    await page.getByTestId("record-conclusions").waitFor({ timeout: 15_000 });
    const status = page.getByTestId("conclusion-task-status").first();
    expect(await status.textContent()).toBe("Đã giao");
    const taskLink = page.getByTestId("record-conclusions").locator("a").first();
    expect(await taskLink.textContent()).toMatch(/^NV-17329-\d{4}-\d{4}$/);
    await shot(page, "reception-record-vi");

    await switchLanguage(page, "en");
    await page.getByText("Conclusions and tasks").waitFor();
    expect(await status.textContent()).toBe("Assigned");
    await shot(page, "reception-record-en");

    await page.locator(".ant-card-head a").first().click();
    await page.getByText("Reception book of the session").waitFor();
    await shot(page, "reception-session-en");
    await page.goBack();
    await page.getByTestId("record-conclusions").waitFor();

    // The task is the tasks module's own: its page opens from the record.
    await taskLink.click();
    await page.waitForURL(/\/tasks\//);
    await page.getByText("Theo dõi, đôn đốc chủ trại", { exact: false }).first().waitFor();
    expect(errors).toEqual([]);
  });

  it("the leader opens the session for a scheduled reception day from the schedule", async () => {
    const { page, errors, context } = await newPage(env.browser);
    await signInUi(page, env.server.url, "leader");
    const view = (await page.evaluate(async () => (await fetch("/api/v1/reception/schedule")).json())) as {
      occurrences: { date: string; hostName: string | null; sessionId: string | null; place: string }[];
    };
    const day = view.occurrences.find((o) => o.hostName === "Trần Văn Minh" && !o.sessionId)!;
    expect(day).toBeDefined();
    await page.getByTestId("menu-reception-schedule").click();
    const row = page.getByTestId("reception-occurrences").locator("tr", { hasText: "Trần Văn Minh" });
    await row.getByTestId(`occurrence-open-${day.date}`).first().click();
    await page.getByTestId("session-from-schedule").waitFor();
    // Prefilled from the schedule: the host leader, the periodic type, the day and the place.
    await page.getByTestId("session-host").getByText("Trần Văn Minh", { exact: false }).waitFor();
    expect(await page.getByTestId("session-type").textContent()).toContain("Định kỳ");
    const [y, m, d] = day.date.split("-");
    expect(await page.locator(".ant-modal .ant-picker input").inputValue()).toBe(`${d}/${m}/${y}`);
    expect(await page.locator(".ant-modal input#place").inputValue()).toBe(day.place);
    await shot(page, "reception-schedule-open-vi");
    await page.getByTestId("session-save").click();
    await page.waitForURL(/\/reception\/sessions\/[0-9a-f-]{36}$/);
    // A future day: the session is planned, and its book opens on the day.
    await page.getByTestId("session-status").waitFor({ timeout: 20_000 });
    await page.getByText("Chưa đến ngày tiếp", { exact: false }).waitFor();
    // Back on the schedule, the day now leads to its session instead of offering a second one.
    await page.goto(`${env.server.url}/reception/schedule`);
    await row.getByTestId(`occurrence-session-${day.date}`).first().waitFor();
    expect(await row.getByTestId(`occurrence-open-${day.date}`).count()).toBe(0);
    await shot(page, "reception-schedule-vi");
    await switchLanguage(page, "en");
    await page.getByTestId("reception-occurrences").getByText("Session opened").first().waitFor();
    await shot(page, "reception-schedule-en");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("publishes the reception schedule to citizens without sign-in", async () => {
    const { page, errors } = await newPage(env.browser);
    await page.goto(`${env.server.url}/public/reception`);
    await choose(page, "public-reception-unit", "Xã Anh Sơn");
    await page
      .getByTestId("public-reception-days")
      .getByText("Trần Văn Minh", { exact: false })
      .first()
      .waitFor();
    await shot(page, "reception-public-vi");
    expect(errors).toEqual([]);
    const en = await newPage(env.browser, { locale: "en" });
    await en.page.goto(`${env.server.url}/public/reception`);
    await en.page
      .getByTestId("lang-switch-en")
      .click()
      .catch(() => undefined);
    await choose(en.page, "public-reception-unit", "Xã Anh Sơn");
    await en.page.getByText("Regular reception", { exact: false }).first().waitFor();
    await shot(en.page, "reception-public-en");
  });
});
