import type { Page } from "playwright-core";
import { choose, chooseTreeNode, confirmDialog } from "./antd";

/** Household K10-004 of the demo register and the phone written in it. */
export const HOUSEHOLD = "K10-004";
export const PHONE = "0912400411";

/** The leader opens a consultation through the form, adds its options, publishes it and opens the vote. */
export async function openConsultation(
  page: Page,
  input: { title: string; summary: string; matter?: string; options: [string, string][] },
) {
  await page.getByTestId("menu-consultations").click();
  await page.getByTestId("consultation-new").click();
  await page.getByTestId("consultation-title").fill(input.title);
  await page.getByTestId("consultation-summary").fill(input.summary);
  if (input.matter) {
    await choose(page, "consultation-matter", input.matter);
  }
  await chooseTreeNode(page, "consultation-area-0", "Khối 10");
  await page.getByTestId("consultation-save").click();
  await page.waitForURL(/\/consultations\/[0-9a-f-]{36}$/, { timeout: 20_000 });
  const id = page.url().split("/").pop() ?? "";
  for (const [label, description] of input.options) {
    await page.getByTestId("option-add").click();
    await page.getByTestId("option-label").fill(label);
    await page.getByTestId("option-description").fill(description);
    await page.getByTestId("modal-submit").click();
    await page.getByTestId("option-list").getByText(label).waitFor();
  }
  await page.getByTestId("consultation-publish").click();
  await page.getByTestId("consultation-publish").waitFor({ state: "detached" });
  await page.getByTestId("consultation-phase").click();
  await page.getByTestId("phase-to-decision").click();
  await confirmDialog(page);
  await page.getByTestId("voting-open").click();
  await page.getByTestId("voting-close").waitFor();
  return id;
}
