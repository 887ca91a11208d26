import { describe, expect, it } from "vitest";
import { hasChromium, newPage, shot, signInUi } from "../support/browser";
import { useChromium } from "../support/suite";

describe.runIf(hasChromium)("one-stop procedure catalogue in Chromium", () => {
  const env = useChromium("one-stop-catalogue");

  it("imports the catalogue from the workbook template: a dry run shows the plan, the import confirms it", async () => {
    const { page, errors } = await newPage(env.browser);
    await signInUi(page, env.server.url, "admin");
    await page.goto(`${env.server.url}/onestop/procedures/import`);
    // A file that is not a workbook is refused with a message, nothing imported.
    await page.locator("input[type=file]").setInputFiles({
      name: "danh-muc.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from("mã;tên\n1.001193;Đăng ký khai sinh\n"),
    });
    await page.getByTestId("import-error").waitFor({ timeout: 15_000 });
    const template = await page.request.get(
      `${env.server.url}/api/v1/onestop/procedures/import-template.xlsx`,
    );
    expect(template.status()).toBe(200);
    await page.locator("input[type=file]").setInputFiles({
      name: "mau-danh-muc-thu-tuc.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await template.body(),
    });
    await page.getByTestId("import-plan").waitFor({ timeout: 15_000 });
    expect(await page.getByTestId("import-plan").textContent()).toContain("1.001193");
    await shot(page, "onestop-import-plan-vi");
    await page.getByTestId("import-confirm").click();
    await page.getByTestId("import-done").waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
  }, 60_000);

  it("an administrator edits a procedure: steps longer than the time limit are refused with the rule's message", async () => {
    const { page, errors } = await newPage(env.browser);
    await signInUi(page, env.server.url, "admin");
    await page.goto(`${env.server.url}/onestop/procedures`);
    await page.getByTestId("procedure-link-NA.DD.01").first().click();
    await page.getByTestId("procedure-edit").click();
    const days = page
      .locator('input[data-testid="procedure-days"], [data-testid="procedure-days"] input')
      .first();
    await days.fill("5");
    await page.getByTestId("procedure-save").click();
    await page.getByTestId("procedure-error").waitFor({ timeout: 15_000 });
    await shot(page, "onestop-procedure-budget-vi");
    await days.fill("12");
    await page.getByTestId("procedure-save").click();
    await page.getByTestId("procedure-facts").getByText("12 ngày làm việc").waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
  }, 60_000);
});
