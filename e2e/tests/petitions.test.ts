import { describe, expect, it } from "vitest";
import { clickToNavigate } from "../support/antd";
import { hasChromium, newPage, shot, signInUi, switchLanguage } from "../support/browser";
import { apiGet, apiPost, pick, setLang } from "../support/petitions";
import { useChromium } from "../support/suite";

describe.runIf(hasChromium)("petitions journey in Chromium", () => {
  const env = useChromium("petitions");
  let code = "";
  let pin = "";
  const answer = "UBND xã Anh Sơn đã kiểm tra hiện trường và chỉ đạo nạo vét mương thoát nước xóm 5 xong.";

  it("a citizen files a complaint online and gets a tracking code and PIN", async () => {
    const { page, errors, context } = await newPage(env.browser);
    env.page = page;
    await page.goto(`${env.server.url}/public/petitions/new`);
    await page.getByTestId("public-submit").waitFor();
    await shot(page, "petitions-public-new-empty-vi");
    // submitting empty names the missing fields instead of sending
    await page.getByTestId("public-submit").click();
    await page.getByText("Vui lòng nhập thông tin này").first().waitFor();

    await pick(page, "public-unit", "Xã Anh Sơn");
    await page.getByTestId("public-kind-complaint").click();
    await page.getByTestId("public-summary").fill("Khiếu nại việc mương thoát nước xóm 5 bị lấp gây ngập");
    await page
      .getByTestId("public-content")
      .fill(
        "Tôi khiếu nại việc UBND xã cho san lấp mương thoát nước xóm 5, xã Anh Sơn khiến nhà tôi bị ngập mỗi khi mưa. Đề nghị xã khơi thông lại mương.",
      );
    await page.getByTestId("public-petitioner-name").fill("Nguyễn Thị Hồng");
    await page.getByTestId("public-petitioner-address").fill("Xóm 5, xã Anh Sơn, Nghệ An");
    await page.getByTestId("public-petitioner-personal-id").fill("123");
    await page.getByTestId("public-submit").click();
    await page.getByText("Số định danh phải gồm 12 chữ số").waitFor();
    await page.getByTestId("public-petitioner-personal-id").fill("040190012345");
    await page.getByTestId("public-petitioner-phone").fill("0912 345 678");
    await page.locator('input[type="file"]').setInputFiles({
      name: "anh-muong-xom-5.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n% ảnh chụp mương xóm 5\ntrailer << >>\n%%EOF\n"),
    });
    await page.locator(".ant-upload-list-item-done").getByText("anh-muong-xom-5.pdf").waitFor();
    await shot(page, "petitions-public-new-filled-vi");
    await page.getByTestId("public-submit").click();

    code = ((await page.getByTestId("public-receipt-code").textContent()) ?? "").trim();
    pin = ((await page.getByTestId("public-receipt-pin").textContent()) ?? "").trim();
    expect(code).toMatch(/^17329-\d{6}-\d{4}$/);
    expect(pin).toMatch(/^\d{8}$/);
    await page.getByText("Hãy lưu giữ mã đơn và mã PIN").waitFor();
    await shot(page, "petitions-public-receipt-vi");

    // the status page knows it, and tells nothing with a wrong PIN
    await page.getByTestId("public-go-status").click();
    await page.getByTestId("status-pin").fill("00000000");
    await page.getByTestId("status-submit").click();
    await page.getByTestId("status-not-found").waitFor();
    await page.getByTestId("status-pin").fill(pin);
    await page.getByTestId("status-submit").click();
    await page.getByTestId("status-result").waitFor();
    expect(await page.getByTestId("status-state").getAttribute("data-status")).toBe("received");
    await page.getByTestId("status-deadline").waitFor();
    await shot(page, "petitions-public-status-received-vi");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("an officer classifies and accepts it, then assigns a handler", async () => {
    expect(code).not.toBe("");
    // test data: a handler in Anh Sơn's economic office, made by the admin through the staff API
    const admin = await newPage(env.browser);
    await signInUi(admin.page, env.server.url, "admin");
    const units = await apiGet<{ items: { id: string; code: string }[] }>(admin.page, "/api/v1/units");
    const anhSon = units.items.find((u) => u.code === "17329");
    const agencies = await apiGet<{ items: { id: string; code: string }[] }>(
      admin.page,
      `/api/v1/agencies?unitId=${anhSon?.id}`,
    );
    const pkt = agencies.items.find((a) => a.code === "PKT");
    const created = await apiPost(admin.page, "/api/v1/staff", {
      username: "chuyenvien.as",
      fullName: "Ngô Văn Xử",
      unitId: anhSon?.id,
      agencyId: pkt?.id,
      password: "ChuyenVien2026",
      grants: [{ role: "handler", unitId: anhSon?.id }],
    });
    expect(created.status).toBe(201);
    await admin.context.close();

    const { page, errors, context } = await newPage(env.browser);
    env.page = page;
    await signInUi(page, env.server.url, "reception");
    await page.getByTestId("menu-petitions").click();
    await page.getByTestId("petition-table").waitFor();
    await page.getByTestId("petition-search").fill(code);
    await page.getByTestId(`petition-link-${code}`).waitFor();
    await shot(page, "petitions-register-vi");
    await page.getByTestId(`petition-link-${code}`).click();
    await page.getByTestId("petition-detail").waitFor();
    await page.getByTestId("deadline-process").waitFor();
    await page.getByTestId("similar-panel").waitFor();
    // the citizen's attachment is on the intake step and opens for the officer
    const file = page.getByTestId("event-file").filter({ hasText: "anh-muong-xom-5.pdf" });
    const href = await file.getAttribute("href");
    expect(await page.evaluate(async (h) => (await fetch(h ?? "")).status, href)).toBe(200);
    await shot(page, "petitions-detail-received-vi");

    // no decision before classification: the server's abilities hide the button
    expect(await page.getByTestId("action-decide").count()).toBe(0);
    await page.getByTestId("action-classify").click();
    await page.getByTestId("classify-modal").waitFor();
    await page.getByTestId("modal-submit").click();
    await page.getByTestId("classification").waitFor();

    await page.getByTestId("action-decide").click();
    await page.getByTestId("decide-modal").waitFor();
    await page.getByTestId("decide-document-no").fill("15/TB-UBND");
    await shot(page, "petitions-decide-vi");
    await page.getByTestId("modal-submit").click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="petition-status"]')?.getAttribute("data-status") === "accepted",
    );
    await page.getByTestId("deadline-resolve").waitFor();

    await page.getByTestId("action-assign").click();
    await page.getByTestId("assign-modal").waitFor();
    await pick(page, "assign-agency", "Phòng Kinh tế");
    await pick(page, "assign-handler", "Ngô Văn Xử — Xã Anh Sơn");
    await page.getByTestId("modal-submit").click();
    await page.getByTestId("event-assign").waitFor();
    await shot(page, "petitions-detail-accepted-vi");
    // reception does not resolve: that is for the handler
    expect(await page.getByTestId("action-resolve").count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the handler resolves it before its deadline with an answer", async () => {
    const { page, errors, context } = await newPage(env.browser);
    env.page = page;
    await signInUi(page, env.server.url, "chuyenvien.as", "ChuyenVien2026");
    // the handler has no register permission, only what is assigned to them
    expect(await page.getByTestId("menu-petitions").count()).toBe(0);
    await page.getByTestId("menu-petitions-mine").click();
    await page.getByTestId(`petition-link-${code}`).click();
    await page.getByTestId("petition-detail").waitFor();
    // the complainant's identity goes with a complaint to its handler
    await page.getByTestId("petitioner-identity").getByText("Nguyễn Thị Hồng").waitFor();

    await page.getByTestId("action-note").click();
    await page
      .getByTestId("note-text")
      .fill("Đã kiểm tra hiện trường cùng trưởng xóm 5; mương bị lấp khoảng 30 m.");
    await page.getByTestId("modal-submit").click();
    await page.getByTestId("event-note").waitFor();

    await page.getByTestId("action-resolve").click();
    await page.getByTestId("resolve-modal").waitFor();
    await page.getByTestId("resolve-document-no").fill("27/QĐ-UBND");
    await page.getByTestId("resolve-answer").fill(answer);
    await shot(page, "petitions-resolve-vi");
    await page.getByTestId("modal-submit").click();
    await page.getByTestId("resolution").waitFor();
    expect(await page.getByTestId("petition-status").getAttribute("data-status")).toBe("resolved");
    await page.getByTestId("resolution").getByText("Đúng hạn").waitFor();
    await shot(page, "petitions-detail-resolved-vi");
    await setLang(page, "en");
    await page.getByTestId("resolution").getByText("On time").waitFor();
    await shot(page, "petitions-detail-resolved-en");
    await setLang(page, "vi");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the citizen reads the answer on the status page", async () => {
    const { page, errors, context } = await newPage(env.browser);
    env.page = page;
    await page.goto(`${env.server.url}/public/petitions/status?code=${encodeURIComponent(code)}`);
    await page.getByTestId("status-pin").fill(pin);
    await page.getByTestId("status-submit").click();
    await page.getByTestId("status-answer").getByText(answer).waitFor();
    expect(await page.getByTestId("status-state").getAttribute("data-status")).toBe("resolved");
    // nothing internal: no notes, no staff names
    const text = (await page.locator("body").textContent()) ?? "";
    expect(text).not.toContain("trưởng xóm 5");
    expect(text).not.toContain("Ngô Văn Xử");
    await shot(page, "petitions-public-status-answer-vi");
    await switchLanguage(page, "en");
    await page.getByTestId("status-pin").fill(pin);
    await page.getByTestId("status-submit").click();
    await page.getByText("Resolved", { exact: true }).waitFor();
    await shot(page, "petitions-public-status-answer-en");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("an officer receiving the same complaint at the desk is shown the earlier one before saving", async () => {
    const { page, errors, context } = await newPage(env.browser);
    env.page = page;
    await signInUi(page, env.server.url, "reception");
    await page.getByTestId("menu-petitions-new").click();
    await page.getByTestId("intake-petitioner-name").fill("Nguyễn Thị Hồng");
    await page.getByTestId("intake-petitioner-personal-id").fill("040190012345");
    await page.getByTestId("intake-petitioner-address").fill("Xóm 5, xã Anh Sơn, Nghệ An");
    await page.getByTestId("intake-summary").fill("Khiếu nại lại việc mương thoát nước xóm 5 bị lấp");
    await page
      .getByTestId("intake-content")
      .fill(
        "Tôi khiếu nại việc UBND xã cho san lấp mương thoát nước xóm 5, xã Anh Sơn khiến nhà tôi bị ngập mỗi khi mưa. Đề nghị xã khơi thông lại mương.",
      );
    await page.getByTestId("intake-submit").click();
    await page.getByTestId("intake-similar").getByText(code).waitFor();
    await page.getByTestId("intake-similar").getByText("Cùng người gửi").waitFor();
    await shot(page, "petitions-intake-similar-vi");
    // nothing saved yet; saving again registers it as a new petition with its own code and PIN
    await page.getByTestId("intake-submit").click();
    const newCode = ((await page.getByTestId("receipt-code").textContent()) ?? "").trim();
    expect(newCode).toMatch(/^17329-\d{6}-\d{4}$/);
    expect(newCode).not.toBe(code);
    expect((await page.getByTestId("receipt-pin").textContent())?.trim()).toMatch(/^\d{8}$/);
    await shot(page, "petitions-intake-receipt-vi");
    await clickToNavigate(page, page.getByTestId("receipt-continue"), /\/petitions\/[0-9a-f-]{36}$/);
    await page.getByTestId("petition-code").getByText(newCode).waitFor();
    // the decision panel lists the earlier, already resolved complaint
    await page.getByTestId("similar-panel").getByText(code).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("every petitions page renders in Vietnamese and English", async () => {
    const { page, errors, context } = await newPage(env.browser);
    env.page = page;
    await signInUi(page, env.server.url, "leader");
    for (const lang of ["vi", "en"] as const) {
      await setLang(page, lang);
      await page.getByTestId("menu-petitions").click();
      await page.getByTestId("petition-table").waitFor();
      await page.locator(".ant-table-row").first().waitFor();
      await page.waitForLoadState("networkidle");
      await shot(page, `petitions-register-${lang}`);
      await page.getByTestId("menu-petitions-board").click();
      await page.getByTestId("board-by-agency").waitFor();
      await page.locator('[data-testid="board-by-agency"] .ant-table-row').first().waitFor();
      await shot(page, `petitions-board-${lang}`);
      await page.getByTestId("menu-petitions-figures").click();
      await page.getByTestId("figures-headline").waitFor();
      await shot(page, `petitions-figures-${lang}`);
      await page.getByTestId("menu-petitions-new").click();
      await page.getByTestId("intake-submit").waitFor();
      await shot(page, `petitions-intake-${lang}`);
      await page.goto(`${env.server.url}/petitions?q=${encodeURIComponent(code)}&status=any`);
      await page.getByTestId(`petition-link-${code}`).click();
      await page.getByTestId("petition-timeline").waitFor();
      await shot(page, `petitions-detail-${lang}`);
    }
    await setLang(page, "vi");
    for (const lang of ["vi", "en"] as const) {
      const pub = await newPage(env.browser, { locale: lang });
      await pub.page.goto(`${env.server.url}/public/petitions/new`);
      await setLang(pub.page, lang);
      await pub.page.getByTestId("public-submit").waitFor();
      await shot(pub.page, `petitions-public-new-${lang}`);
      await pub.page.goto(`${env.server.url}/public/petitions/status`);
      await pub.page.getByTestId("status-submit").waitFor();
      await shot(pub.page, `petitions-public-status-${lang}`);
      expect(pub.errors).toEqual([]);
      await pub.context.close();
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
