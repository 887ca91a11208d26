import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hasChromium, newPage, shot, signInUi, switchLanguage } from "../support/browser";
import { ROOT } from "../support/server";
import { useChromium } from "../support/suite";

/** What the user sees (a modal stays where the page was scrolled), unlike the full-page `shot`. */
async function viewShot(page: Page, name: string) {
  await page.screenshot({ path: path.join(ROOT, "e2e", "artifacts", `${name}.png`) });
}

/** Types a dd/MM/yyyy date into an AntD DatePicker and closes its panel. */
async function pickDate(page: Page, testId: string, ddmmyyyy: string) {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(ddmmyyyy);
  await input.press("Enter");
}

async function setYear(page: Page, testId: string, year: number) {
  const input = page.getByTestId(testId);
  await input.fill(String(year));
  await input.press("Tab");
}

/** Switches language with the header switch and waits for a text of the new language. */
async function switchTo(page: Page, lang: "vi" | "en", expected: string) {
  await switchLanguage(page, lang);
  await page.getByText(expected, { exact: false }).first().waitFor();
}

describe.runIf(hasChromium)("working calendar and statutory rules in Chromium", () => {
  const env = useChromium("calendar");

  it("admin loads the 2027 notice with a make-up Saturday; a contradiction is refused on the field", async () => {
    const { page, errors, context } = await newPage(env.browser);
    env.page = page;
    await signInUi(page, env.server.url, "admin");
    await switchLanguage(page, "vi");
    await page.getByTestId("menu-calendar-notices").click();
    await page.getByTestId("notice-table").waitFor();
    await setYear(page, "calendar-year", 2027);
    await page.getByTestId("day-2027-02-20").waitFor();
    expect(await page.getByTestId("day-2027-02-20").getAttribute("data-kind")).toBe("weekend");

    await page.getByTestId("notice-create").click();
    await page.getByTestId("notice-year").fill("2027");
    await page.getByTestId("notice-reference").fill("Thông báo số 7777/TB-BNV");
    await page.getByTestId("notice-title").fill("Nghỉ Tết Âm lịch năm 2027 đối với cán bộ, công chức");
    // Monday 08/02/2027 is a Tết holiday: a make-up working day on it contradicts the Labour Code.
    await pickDate(page, "notice-day-0-date", "08/02/2027");
    await page.getByTestId("notice-day-0-name").fill("Làm bù cho ngày 12/02/2027");
    await page.getByTestId("notice-day-0-name-en").fill("Make-up for 12/02/2027");
    await page.getByTestId("notice-add-day").click();
    await pickDate(page, "notice-day-1-date", "12/02/2027");
    await page.getByTestId("notice-day-1-name").fill("Nghỉ hoán đổi (làm bù thứ Bảy 20/02/2027)");
    await page.getByTestId("notice-day-1-name-en").fill("Swapped day off (made up on Saturday 20/02/2027)");
    await page.getByTestId("modal-submit").click();
    const fieldError = page.getByTestId("notice-modal").locator(".ant-form-item-explain-error");
    await fieldError.first().waitFor();
    expect(await fieldError.first().textContent()).toMatch(/mâu thuẫn|trùng|ngày/i);
    await viewShot(page, "calendar-notice-error-vi");

    await pickDate(page, "notice-day-0-date", "20/02/2027");
    await page.getByTestId("modal-submit").click();
    await page.getByTestId("notice-modal").waitFor({ state: "detached" });
    await page.getByText("Thông báo số 7777/TB-BNV").first().waitFor();
    await page.locator('[data-testid="day-2027-02-20"][data-kind="working_day"]').waitFor();
    expect(await page.getByTestId("day-2027-02-12").getAttribute("data-kind")).toBe("extra_day_off");
    expect(await page.getByTestId("day-2027-02-10").getAttribute("data-kind")).toBe("compensatory");
    await shot(page, "calendar-notices-vi");

    await page.getByTestId("menu-calendar").click();
    // The notices page has a year input too: wait for the year page before typing in it.
    await page.getByTestId("year-notices").waitFor();
    await setYear(page, "calendar-year", 2027);
    await page.locator('[data-testid="day-2027-02-20"][data-kind="working_day"]').waitFor();
    await page.getByTestId("year-notices").getByText("Thông báo số 7777/TB-BNV").waitFor();
    const tet = page.getByTestId("named-2027-02-06");
    expect(await tet.textContent()).toContain("Tết Âm lịch");
    expect(await tet.textContent()).toContain("1/1");
    expect(await page.getByTestId("named-2027-04-16").textContent()).toContain("Giỗ Tổ Hùng Vương");
    expect(await page.getByTestId("named-2027-02-20").textContent()).toContain("Làm việc bù");
    await shot(page, "calendar-year-vi");
    await switchTo(page, "en", "Working calendar 2027");
    await page.getByTestId("named-2027-02-20").getByText("Make-up working day").waitFor();
    await shot(page, "calendar-year-en");
    await page.getByTestId("menu-calendar-notices").click();
    await page.getByTestId("notice-table").waitFor();
    await shot(page, "calendar-notices-en");
    await page.getByTestId("menu-calendar-weekends").click();
    await page.getByTestId("weekend-unit").click();
    await page.keyboard.type("Phường Thái Hòa");
    await page
      .locator(".ant-select-tree-node-content-wrapper")
      .filter({ hasText: "Phường Thái Hòa" })
      .first()
      .click();
    expect(await page.getByTestId("weekend-current").textContent()).toBe("Saturday, Sunday");
    // The one-stop shop of the ward works all day on Saturday from 2027.
    await page.getByTestId("weekend-days").getByText("Saturday").click();
    await pickDate(page, "weekend-from", "01/01/2027");
    await page.getByTestId("weekend-save").click();
    await page.getByTestId("weekend-history").getByText("01/01/2027").waitFor();
    expect(await page.getByTestId("weekend-current").textContent()).toBe("Saturday, Sunday");
    await shot(page, "calendar-weekends-en");
    await switchTo(page, "vi", "Ngày nghỉ hằng tuần của đơn vị");
    await shot(page, "calendar-weekends-vi");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("admin adds a rule version; an overlapping one is refused; the new one shows Unverified", async () => {
    const { page, errors, context } = await newPage(env.browser);
    env.page = page;
    await signInUi(page, env.server.url, "admin");
    await switchLanguage(page, "vi");
    await page.getByTestId("menu-calendar-rules").click();
    const block = page.getByTestId("rule-feedback.transfer");
    await block.waitFor();
    expect(await block.getByText("Chưa kiểm chứng").count()).toBe(0);
    await page.getByTestId("rule-add-version-feedback.transfer").click();
    await page.getByTestId("rule-amount").fill("7");
    await pickDate(page, "rule-effective-from", "01/01/2007");
    await page.getByTestId("rule-source").fill("Dự thảo sửa đổi NĐ 20/2008/NĐ-CP");
    await page.getByTestId("modal-submit").click();
    const fieldError = page.getByTestId("rule-modal").locator(".ant-form-item-explain-error");
    await fieldError.first().waitFor();
    expect(await fieldError.first().textContent()).toMatch(/trùng|hiệu lực/i);
    await viewShot(page, "calendar-rule-overlap-vi");

    await pickDate(page, "rule-effective-from", "01/07/2027");
    await page.getByTestId("modal-submit").click();
    await page.getByTestId("rule-modal").waitFor({ state: "detached" });
    await block.getByText("Chưa kiểm chứng").waitFor();
    expect(await block.getByText("Sắp có hiệu lực").count()).toBe(1);
    expect(await block.getByText("Đang áp dụng").count()).toBe(1);
    expect(await block.textContent()).toContain("03/03/2008 – 30/06/2027");
    expect(await block.textContent()).toContain("7 ngày làm việc");
    await block.getByText("Chưa kiểm chứng").hover();
    await page.getByText("chưa được đối chiếu với văn bản gốc", { exact: false }).first().waitFor();
    await shot(page, "calendar-rules-vi");
    await switchTo(page, "en", "Statutory time limits and thresholds");
    await block.getByText("Unverified").waitFor();
    await shot(page, "calendar-rules-en");

    await page.getByTestId("menu-calendar-deadline").click();
    await pickDate(page, "deadline-from", "01/02/2027");
    await page.getByTestId("deadline-amount").fill("10");
    await page.getByTestId("deadline-confirmed").waitFor({ timeout: 15_000 });
    expect(await page.getByTestId("deadline-due").textContent()).toContain("22/02/2027");
    await shot(page, "calendar-deadline-en");
    await switchTo(page, "vi", "Tính thời hạn");
    await page.getByTestId("deadline-steps").getByText("Tết Âm lịch", { exact: false }).waitFor();
    await shot(page, "calendar-deadline-vi");
    // With a rule: the version in force on the event date gives the amount, the source and its tag.
    await page.getByTestId("deadline-rule").click();
    await page.keyboard.type("Giải quyết khiếu nại lần đầu");
    await page.keyboard.press("Enter");
    await page.getByTestId("deadline-rule-version").getByText("Luật KN 2011 Đ.28").waitFor();
    expect(await page.getByTestId("deadline-rule-period").textContent()).toBe("30 ngày");
    await page.getByTestId("deadline-confirmed").waitFor({ timeout: 15_000 });
    expect(await page.getByTestId("deadline-explanation").textContent()).toContain(
      "Giải quyết khiếu nại lần đầu",
    );
    // 30 days from 01/02/2027 end on Wednesday 03/03/2027, a working day.
    expect(await page.getByTestId("deadline-due").textContent()).toContain("03/03/2027");
    await shot(page, "calendar-deadline-rule-vi");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a clerk reads the calendar and the rules but cannot load notices or rule versions", async () => {
    const { page, context } = await newPage(env.browser);
    await signInUi(page, env.server.url, "clerk");
    await switchLanguage(page, "vi");
    expect(await page.getByTestId("quick-calendar-deadline").textContent()).toContain("Hạn giải quyết");
    await page.getByTestId("menu-calendar-rules").click();
    await page.getByTestId("rule-feedback.transfer").waitFor();
    expect(await page.getByTestId("menu-calendar-notices").count()).toBe(0);
    expect(await page.getByTestId("menu-calendar-weekends").count()).toBe(0);
    expect(await page.getByTestId("rule-create").count()).toBe(0);
    expect(await page.getByTestId("rule-add-version-feedback.transfer").count()).toBe(0);
    await page.goto(`${env.server.url}/calendar/notices`);
    await page.getByText("Không có quyền truy cập").waitFor();
    await context.close();
  });

  it("the public page lists the holidays and computes a deadline spanning Tết 2027 with its explanation", async () => {
    const { page, errors, context } = await newPage(env.browser);
    await page.goto(`${env.server.url}/public/calendar`);
    await setYear(page, "public-year", 2027);
    await page.getByTestId("named-2027-02-06").waitFor();
    await pickDate(page, "deadline-from", "01/02/2027");
    await page.getByTestId("deadline-amount").fill("10");
    await page.getByTestId("deadline-confirmed").waitFor({ timeout: 15_000 });
    // 02–04/02 count, Tết 05–09/02 and its compensatory days 10–11/02 and the swapped 12/02 do not;
    // the make-up Saturday 20/02 counts: the 10th working day is Monday 22/02/2027.
    expect(await page.getByTestId("deadline-due").textContent()).toContain("22/02/2027");
    expect(await page.getByTestId("deadline-explanation").textContent()).toContain("22/02/2027");
    const steps = (await page.getByTestId("deadline-steps").textContent()) ?? "";
    expect(steps).toContain("Tết Âm lịch 05/02/2027–09/02/2027");
    expect(steps).toContain("20/02/2027");
    await shot(page, "calendar-public-vi");
    await switchTo(page, "en", "Public holidays and deadline calculator");
    await page.getByTestId("deadline-steps").getByText("Lunar New Year", { exact: false }).waitFor();
    await shot(page, "calendar-public-en");
    expect(errors).toEqual([]);
    await context.close();

    // Citizens open it on phones.
    const phone = await newPage(env.browser, { viewport: { width: 390, height: 844 } });
    await phone.page.goto(`${env.server.url}/public/calendar`);
    await switchLanguage(phone.page, "vi");
    await pickDate(phone.page, "deadline-from", "01/02/2027");
    await phone.page.getByTestId("deadline-amount").fill("10");
    await phone.page.getByTestId("deadline-confirmed").waitFor({ timeout: 15_000 });
    await shot(phone.page, "calendar-public-phone-vi");
    expect(phone.errors).toEqual([]);
    await phone.context.close();
  });
});
