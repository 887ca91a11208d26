import { describe, expect, it } from "vitest";
import { choose, clickToNavigate } from "../support/antd";
import { hasChromium, newPage, shot, signInUi, switchLanguage } from "../support/browser";
import { act, pdf, waitStatus } from "../support/one-stop";
import { useChromium } from "../support/suite";

describe.runIf(hasChromium)("one-stop shop in Chromium", () => {
  const env = useChromium("one-stop");

  it("files at the counter, asks once for a supplement, receives, processes three steps, approves and returns early; the citizen follows with the PIN", async () => {
    const clerk = await newPage(env.browser);
    const page = clerk.page;
    await signInUi(page, env.server.url, "clerk");
    await page.getByTestId("menu-onestop-new").click();
    await choose(page, "filing-procedure", "NA.DD.01");
    await choose(page, "filing-applicant", "Nguyễn Thị Hương", "huong");
    await page.getByTestId("filing-summary").fill("Chuyển 200 m² đất vườn sang đất ở");
    // Only the application form is handed in: the certificate is missing.
    await page.getByTestId("doc-check-don").click();
    await shot(page, "onestop-filing-vi");
    await page.getByTestId("filing-submit").click();
    await page.getByTestId("filing-receipt").waitFor({ timeout: 20_000 });
    const code = (await page.getByTestId("filing-code").textContent())!.trim();
    const pin = (await page.getByTestId("filing-pin").textContent())!.trim();
    expect(code).toMatch(/^16939-\d{6}-\d{4,6}$/);
    expect(pin).toMatch(/^\d{8}$/);
    await clickToNavigate(page, page.getByTestId("filing-open"), /\/onestop\/dossiers\/[0-9a-f-]{36}$/);
    await waitStatus(page, "checking");
    const url = page.url();

    // Receiving without the certificate is refused by the server, on the checklist.
    await page.getByTestId("action-receive").click();
    await page.getByTestId("action-modal-receive").waitFor();
    await page.getByTestId("modal-submit").click();
    await page.waitForTimeout(300);
    await page.getByTestId("action-modal-receive").locator(".ant-form-item-explain-error").first().waitFor();
    await page.getByTestId("modal-cancel").click();

    await act(page, "requestSupplement", "supplement_requested", async () => {
      await page.getByTestId("missing-gcn").click();
      await page.getByTestId("missing-qd-chuyen-muc-dich").click();
      await page.getByTestId("missing-other").fill("Bản sao sổ hộ khẩu hoặc xác nhận cư trú");
    });
    expect(await page.getByTestId("print-supplement").getAttribute("href")).toMatch(
      /\/documents\/supplement\.pdf$/,
    );

    // The citizen sees what to bring with the PIN, and only the public state without it.
    const citizen = await newPage(env.browser);
    await citizen.page.goto(`${env.server.url}/public/ho-so/${code}`);
    await expect
      .poll(() => citizen.page.getByTestId("public-state").getAttribute("data-status"))
      .toBe("supplement_requested");
    expect(await citizen.page.getByTestId("public-applicant").count()).toBe(0);
    await citizen.page.getByTestId("public-pin").fill(pin);
    await citizen.page.getByTestId("public-pin-submit").click();
    await citizen.page.getByTestId("public-missing").waitFor();
    expect(await citizen.page.getByTestId("public-missing").textContent()).toContain("sổ hộ khẩu");
    await shot(citizen.page, "onestop-public-status-supplement-vi");

    // The counter offers every item asked for, the clerk's free-text one too; nothing ticked is refused
    // on the form. In English first (the header switch), then recorded in Vietnamese.
    await switchLanguage(page, "en");
    await page.getByTestId("action-supplement").click();
    const modal = page.getByTestId("action-modal-supplement");
    await modal.getByText("Items the applicant brought").waitFor();
    await page.waitForTimeout(300);
    await page.getByTestId("modal-submit").click();
    await modal.getByText("Tick at least one item the applicant brought.").waitFor();
    await shot(page, "onestop-counter-supplement-en");
    await page.getByTestId("modal-cancel").click();
    await modal.waitFor({ state: "detached" });
    await switchLanguage(page, "vi");
    await page.getByText("Ghi nhận bổ sung").first().waitFor();
    await act(page, "supplement", "checking", async () => {
      await modal.getByTestId("doc-check-gcn").click();
      await modal.getByTestId("doc-check-qd-chuyen-muc-dich").click();
      await modal
        .locator("tr", { has: page.getByTestId("doc-upload-gcn") })
        .locator("input[type=file]")
        .setInputFiles(pdf("giay-chung-nhan.pdf"));
      await modal.getByText("giay-chung-nhan.pdf").waitFor({ timeout: 20_000 });
      await modal
        .locator("tr", { has: page.getByTestId("doc-upload-supplement:3") })
        .locator("input[type=file]")
        .setInputFiles(pdf("so-ho-khau.pdf"));
      await modal.getByText("so-ho-khau.pdf").waitFor({ timeout: 20_000 });
      await shot(page, "onestop-counter-supplement-vi");
    });
    // The timeline and the list asked for say which scan answers the free-text item.
    const answer = page.getByTestId("event-answer-supplement:3");
    expect(await answer.textContent()).toContain("sổ hộ khẩu");
    const scan = await page.request.get(`${env.server.url}${await answer.locator("a").getAttribute("href")}`);
    expect(await scan.text()).toContain("so-ho-khau.pdf");
    expect(await page.getByTestId("missing-item-supplement:3").locator("a").count()).toBe(1);
    // A supplement may be requested only once (NĐ 61/2018 Đ.15 k.3).
    expect(await page.getByTestId("action-requestSupplement").count()).toBe(0);
    await act(page, "receive", "received");
    const receiptHref = (await page.getByTestId("print-receipt").getAttribute("href"))!;
    expect(receiptHref).toMatch(/\/documents\/receipt\.pdf$/);
    const receipt = await page.request.get(`${env.server.url}${receiptHref}`);
    expect(receipt.status()).toBe(200);
    expect(receipt.headers()["content-type"]).toContain("application/pdf");
    expect((await receipt.body()).subarray(0, 5).toString()).toBe("%PDF-");
    expect((await page.getByTestId("dossier-appointment").textContent())?.trim()).toMatch(
      /^\d{2}\/\d{2}\/\d{4}$/,
    );
    await act(page, "startProcessing", "processing", () => choose(page, "action-handler", "Võ Thị Hằng"));
    await shot(page, "onestop-dossier-processing-vi");

    // The province's administrator may read the dossier but holds no one-stop role: no action buttons.
    const admin = await newPage(env.browser);
    await signInUi(admin.page, env.server.url, "admin");
    await admin.page.goto(url);
    await admin.page.getByTestId("dossier-code").waitFor();
    expect(await admin.page.getByTestId("dossier-actions").count()).toBe(0);
    expect(await admin.page.getByTestId("action-completeStep").count()).toBe(0);

    // Thái Hòa's handler finds it in her queue and completes the three steps of the catalogue.
    const handler = await newPage(env.browser);
    await signInUi(handler.page, env.server.url, "thaihoa.handler");
    await handler.page.goto(`${env.server.url}/onestop/queues?tab=mine`);
    await handler.page.getByTestId(`dossier-link-${code}`).click();
    await handler.page.getByTestId("dossier-code").waitFor();
    await waitStatus(handler.page, "processing");
    for (const n of [1, 2]) {
      await handler.page.getByTestId("action-completeStep").click();
      await handler.page.getByTestId("action-modal-completeStep").waitFor();
      await handler.page.waitForTimeout(300);
      await handler.page.getByTestId("modal-submit").click();
      await handler.page.getByTestId("action-modal-completeStep").waitFor({ state: "detached" });
      await expect
        .poll(() => handler.page.getByTestId("dossier-current-step").textContent())
        .toContain(`${n + 1}`);
    }
    await act(handler.page, "completeStep", "awaiting_approval");
    expect(await handler.page.getByTestId("step-timeliness").count()).toBe(3);

    const leader = await newPage(env.browser);
    await signInUi(leader.page, env.server.url, "thaihoa.leader");
    await leader.page.goto(`${env.server.url}/onestop/queues?tab=approval`);
    await leader.page.getByTestId(`dossier-link-${code}`).click();
    await act(leader.page, "approve", "result_ready", () =>
      leader.page.getByTestId("action-result-no").fill("125/GCN-UBND"),
    );

    await page.reload();
    await act(page, "returnResult", "returned");
    expect(await page.getByTestId("dossier-timeliness").getAttribute("data-value")).toBe("early");
    await shot(page, "onestop-dossier-returned-vi");

    // The chairman sees the TT 01 scores move: the dossier is counted at once, the officials scored.
    await leader.page.goto(`${env.server.url}/onestop/indicators`);
    await leader.page.getByTestId("drill-1").click();
    await leader.page.getByTestId("counted-dossiers").getByText(code).waitFor({ timeout: 15_000 });
    await expect
      .poll(() => leader.page.getByTestId("officials-table").textContent())
      .toContain("Phạm Thu Hà");
    await shot(leader.page, "onestop-indicators-drill-vi");

    await citizen.page.reload();
    await citizen.page.getByTestId("public-pin").fill(pin);
    await citizen.page.getByTestId("public-pin-submit").click();
    await citizen.page.getByTestId("public-applicant").waitFor();
    expect(await citizen.page.getByTestId("public-state").getAttribute("data-status")).toBe("returned");
    expect(await citizen.page.getByTestId("public-withdraw").count()).toBe(0);
    // The applicant prints the receipt with the PIN; the slip's QR points back to this page.
    const slip = await citizen.page.request.get(
      `${env.server.url}${await citizen.page.getByTestId("public-receipt-pdf").getAttribute("href")}`,
    );
    expect(slip.headers()["content-type"]).toContain("application/pdf");
    // A wrong PIN shows nothing of the applicant.
    await citizen.page.reload();
    await citizen.page.getByTestId("public-pin").fill("00000000");
    await citizen.page.getByTestId("public-pin-submit").click();
    await citizen.page.getByTestId("public-not-found").waitFor();
    expect(await citizen.page.getByTestId("public-applicant").count()).toBe(0);

    for (const p of [clerk, citizen, admin, handler, leader]) {
      expect(p.errors).toEqual([]);
    }
  }, 240_000);

  it("files online from the public catalogue: code and PIN shown once, the status page answers with the PIN, withdrawal with it", async () => {
    const { page, errors } = await newPage(env.browser);
    await page.goto(`${env.server.url}/public`);
    await page.getByTestId("public-entry-oneStop").click();
    await page.getByTestId("public-file-1.001193").first().click();
    await page.getByTestId("public-name").fill("Lê Thị Thanh");
    await page.getByTestId("public-personal-id").fill("040190005555");
    await page.getByTestId("public-phone").fill("0912 345 678");
    await page.getByTestId("public-address").fill("Khối Tân Hồng, phường Thái Hòa");
    await page.getByTestId("doc-check-to-khai").click();
    await page.getByTestId("doc-check-giay-chung-sinh").click();
    await shot(page, "onestop-public-filing-vi");
    await page.getByTestId("public-submit").click();
    await page.getByTestId("public-receipt").waitFor({ timeout: 20_000 });
    const code = (await page.getByTestId("public-receipt-code").textContent())!.trim();
    const pin = (await page.getByTestId("public-receipt-pin").textContent())!.trim();
    expect(code).toMatch(/-\d{6}-\d{4,6}$/);
    expect(pin).toMatch(/^\d{8}$/);
    await page.getByTestId("public-receipt").locator("a").click();
    await expect.poll(() => page.getByTestId("public-state").getAttribute("data-status")).toBe("new");
    await page.getByTestId("public-pin").fill(pin);
    await page.getByTestId("public-pin-submit").click();
    await page.getByTestId("public-applicant").waitFor();
    expect(await page.getByTestId("public-applicant").textContent()).toContain("Lê Thị Thanh");
    await page.getByTestId("public-withdraw").click();
    await page.getByTestId("public-withdraw-reason").fill("Đã đăng ký khai sinh tại nơi khác");
    await page.getByTestId("public-withdraw-submit").click();
    await expect
      .poll(() => page.getByTestId("public-state").getAttribute("data-status"), { timeout: 20_000 })
      .toBe("withdrawn");
    // A malformed code is told as such, without asking the server.
    await page.goto(`${env.server.url}/public/ho-so/not-a-code`);
    await page.getByTestId("public-bad-code").waitFor();
    expect(errors).toEqual([]);
  }, 120_000);

  it("a late step: the return window has passed (412 shown), the chairman apologises and re-appoints once, the apology slip prints and the citizen sees it", async () => {
    const { page, errors } = await newPage(env.browser);
    await signInUi(page, env.server.url, "thaihoa.leader");
    await page.goto(`${env.server.url}/onestop/queues?tab=overdue-steps`);
    await page.getByTestId("overdue-steps-table").locator("a").first().click();
    await waitStatus(page, "processing");
    const code = (await page.getByTestId("dossier-code").textContent())!.trim();
    // Received eleven days ago: returning it for supplement is past the 3 working days (NĐ 61/2018).
    await page.getByTestId("action-returnForSupplement").click();
    await page.getByTestId("action-modal-returnForSupplement").waitFor();
    await page.waitForTimeout(300);
    await page.getByTestId("missing-gcn").click();
    await page.getByTestId("action-reason").fill("Giấy chứng nhận bị tẩy xóa");
    await page.getByTestId("modal-submit").click();
    await page.getByTestId("action-error").waitFor({ timeout: 15_000 });
    expect(await page.getByTestId("action-error").textContent()).toMatch(
      /3 ngày làm việc.*\d{2}\/\d{2}\/\d{4}/,
    );
    await shot(page, "onestop-return-window-vi");
    await page.getByTestId("modal-cancel").click();
    await page.getByTestId("action-modal-returnForSupplement").waitFor({ state: "detached" });

    const [d, m, y] = (await page.getByTestId("dossier-appointment").textContent())!.trim().split("/");
    const later = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d) + 7));
    const typed = `${String(later.getUTCDate()).padStart(2, "0")}/${String(later.getUTCMonth() + 1).padStart(2, "0")}/${later.getUTCFullYear()}`;
    await act(page, "reappoint", "processing", async () => {
      await page.getByTestId("action-date").click();
      await page.keyboard.type(typed);
      await page.keyboard.press("Enter");
      await page
        .getByTestId("action-reason")
        .fill("Chờ kết quả đo đạc thực địa của Văn phòng Đăng ký đất đai");
    });
    await expect.poll(() => page.getByTestId("dossier-appointment").textContent()).toBe(typed);
    expect(await page.getByTestId("action-reappoint").count()).toBe(0);
    const apology = await page.request.get(
      `${env.server.url}${await page.getByTestId("print-apology").getAttribute("href")}`,
    );
    expect(apology.headers()["content-type"]).toContain("application/pdf");
    await shot(page, "onestop-reappointed-vi");

    const citizen = await newPage(env.browser);
    await citizen.page.goto(`${env.server.url}/public/ho-so/${code}`);
    await citizen.page.getByTestId("public-reappointed").waitFor();
    expect((await citizen.page.getByTestId("public-appointment").textContent())?.trim()).toBe(typed);
    expect(errors).toEqual([]);
  }, 90_000);

  it("the clerk refuses a dossier under checking with the reason; the refusal slip prints", async () => {
    const { page, errors } = await newPage(env.browser);
    await signInUi(page, env.server.url, "clerk");
    await page.goto(`${env.server.url}/onestop/queues?tab=counter`);
    await page
      .getByTestId("dossier-table")
      .getByRole("row", { name: /Trần Thị Mai/ })
      .getByRole("link")
      .click();
    await waitStatus(page, "checking");
    await act(page, "refuse", "refused", () =>
      page
        .getByTestId("action-reason")
        .fill("Trẻ sinh tại tỉnh khác, không thuộc thẩm quyền đăng ký của phường"),
    );
    const refusal = await page.request.get(
      `${env.server.url}${await page.getByTestId("print-refusal").getAttribute("href")}`,
    );
    expect(refusal.headers()["content-type"]).toContain("application/pdf");
    expect(await page.getByTestId("dossier-actions").count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it("shows the demo's overdue appraisal step to the Thái Hòa clerk", async () => {
    const { page } = await newPage(env.browser);
    await signInUi(page, env.server.url, "clerk");
    await page.goto(`${env.server.url}/onestop/queues?tab=overdue-steps`);
    const table = page.getByTestId("overdue-steps-table");
    await table
      .getByText("Hồ Văn Dũng")
      .or(table.getByText("Võ Thị Hằng"))
      .first()
      .waitFor({ timeout: 15_000 });
    await shot(page, "onestop-overdue-steps-vi");
  }, 60_000);
});
