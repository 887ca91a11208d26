import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hasChromium, newPage, shot, signInUi, switchLanguage } from "../support/browser";
import { act, pdf, waitStatus } from "../support/one-stop";
import { useChromium } from "../support/suite";

/** Opens the status page and shows the applicant's part with the PIN. */
async function openWithPin(page: Page, url: string, code: string, pin: string, lang: "vi" | "en" = "vi") {
  await page.goto(`${url}/public/ho-so/${code}`);
  if (lang === "en") {
    await switchLanguage(page, "en");
    await page.getByText("Show my dossier").waitFor();
  }
  await page.getByTestId("public-pin").fill(pin);
  await page.getByTestId("public-pin-submit").click();
  await page.getByTestId("public-applicant").waitFor({ timeout: 20_000 });
}

describe.runIf(hasChromium)("one-stop online filing with documents in Chromium", () => {
  const env = useChromium("one-stop-online");

  it("a citizen files with a scan, the clerk asks for a supplement, the citizen sends it online and the clerk sees it", async () => {
    const citizen = await newPage(env.browser);
    const page = citizen.page;
    await page.goto(`${env.server.url}/public/ho-so/nop/${await procedureId(env.server.url, "1.001193")}`);
    await page.getByTestId("public-name").fill("Hồ Thị Mai");
    await page.getByTestId("public-personal-id").fill("040190007777");
    await page.getByTestId("public-phone").fill("0912 111 222");
    await page.getByTestId("public-address").fill("Khối Tân Hồng, phường Thái Hòa");
    await page.getByTestId("doc-upload-to-khai").waitFor();
    await page
      .getByTestId("documents-checklist")
      .locator("tr", { has: page.getByTestId("doc-upload-to-khai") })
      .locator("input[type=file]")
      .setInputFiles(pdf("to-khai-khai-sinh.pdf"));
    await page.getByText("to-khai-khai-sinh.pdf").waitFor({ timeout: 20_000 });
    const ticked = await page
      .getByTestId("doc-check-to-khai")
      .evaluate((el) => (el instanceof HTMLInputElement ? el : el.querySelector("input"))?.checked);
    expect(ticked).toBe(true);
    await shot(page, "onestop-online-filing-scan-vi");
    await page.getByTestId("public-submit").click();
    await page.getByTestId("public-receipt").waitFor({ timeout: 20_000 });
    const code = (await page.getByTestId("public-receipt-code").textContent())!.trim();
    const pin = (await page.getByTestId("public-receipt-pin").textContent())!.trim();

    // The clerk finds the dossier, reads the scan, and asks for the birth certificate.
    const clerk = await newPage(env.browser);
    await signInUi(clerk.page, env.server.url, "clerk");
    const found = await clerk.context.request.get(
      `${env.server.url}/api/v1/onestop/dossiers?q=${encodeURIComponent(code)}`,
    );
    const id = ((await found.json()) as { items: { id: string }[] }).items[0]!.id;
    await clerk.page.goto(`${env.server.url}/onestop/dossiers/${id}`);
    await waitStatus(clerk.page, "new");
    const scanLink = clerk.page.getByTestId("dossier-documents").locator("a").first();
    const scan = await clerk.context.request.get(`${env.server.url}${await scanLink.getAttribute("href")}`);
    expect(scan.status()).toBe(200);
    expect(await scan.text()).toContain("to-khai-khai-sinh.pdf");
    await act(clerk.page, "startCheck", "checking");
    // One catalogue document and one item the clerk writes in their own words.
    await act(clerk.page, "requestSupplement", "supplement_requested", async () => {
      await clerk.page.getByTestId("missing-giay-chung-sinh").click();
      await clerk.page.getByTestId("missing-other").fill("Giấy xác nhận nơi cư trú");
    });

    // The citizen sees the request after the PIN, in English too.
    const english = await newPage(env.browser, { locale: "en" });
    await openWithPin(english.page, env.server.url, code, pin, "en");
    await english.page.getByTestId("public-supplement").waitFor();
    expect(await english.page.getByTestId("public-supplement").textContent()).toContain(
      "Send the supplement",
    );
    await shot(english.page, "onestop-online-supplement-form-en");

    await openWithPin(page, env.server.url, code, pin);
    const form = page.getByTestId("public-supplement");
    await form.waitFor();
    expect(await page.getByTestId("public-missing").textContent()).toContain("Giấy chứng sinh");
    expect(await form.textContent()).toContain("Giấy xác nhận nơi cư trú");
    // Sending nothing is refused on the form, before any request.
    await page.getByTestId("public-supplement-submit").click();
    await form.locator(".ant-form-item-explain-error").first().waitFor();
    await form.locator("input[type=file]").first().setInputFiles(pdf("giay-chung-sinh.pdf"));
    await form.getByText("giay-chung-sinh.pdf").waitFor({ timeout: 20_000 });
    await form
      .locator("tr", { has: page.getByTestId("doc-upload-supplement:2") })
      .locator("input[type=file]")
      .setInputFiles(pdf("xac-nhan-cu-tru.pdf"));
    await form.getByText("xac-nhan-cu-tru.pdf").waitFor({ timeout: 20_000 });
    await page.getByTestId("public-supplement-note").fill("Xin gửi bản quét giấy chứng sinh");
    await shot(page, "onestop-online-supplement-form-vi");
    await page.getByTestId("public-supplement-submit").click();
    await expect
      .poll(() => page.getByTestId("public-state").getAttribute("data-status"), { timeout: 20_000 })
      .toBe("checking");
    expect(await page.getByTestId("public-supplement").count()).toBe(0);
    await shot(page, "onestop-online-supplement-sent-vi");

    // Back in the clerk's hands: every document with its scan, and which scan answers which item.
    await clerk.page.reload();
    await waitStatus(clerk.page, "checking");
    const docs = clerk.page.getByTestId("dossier-documents");
    expect(await docs.textContent()).toContain("Giấy chứng sinh");
    expect(await docs.textContent()).toContain("Giấy xác nhận nơi cư trú");
    expect(await docs.locator("a").count()).toBe(3);
    const residence = clerk.page.getByTestId("event-answer-supplement:2");
    expect(await residence.textContent()).toContain("Giấy xác nhận nơi cư trú");
    const answer = await clerk.context.request.get(
      `${env.server.url}${await residence.locator("a").first().getAttribute("href")}`,
    );
    expect(await answer.text()).toContain("xac-nhan-cu-tru.pdf");
    expect(await clerk.page.getByTestId("missing-item-supplement:2").locator("a").count()).toBe(1);
    expect(await clerk.page.getByTestId("event-supplement").textContent()).toContain(
      "Người nộp (trực tuyến)",
    );
    await shot(clerk.page, "onestop-online-supplement-clerk-vi");
    await act(clerk.page, "receive", "received");
    expect(citizen.errors).toEqual([]);
    expect(english.errors).toEqual([]);
  }, 600_000);
});

async function procedureId(url: string, code: string): Promise<string> {
  const res = await fetch(`${url}/api/public/v1/procedures?q=${encodeURIComponent(code)}`);
  const body = (await res.json()) as { items: { id: string; code: string }[] };
  return body.items.find((p) => p.code === code)!.id;
}
