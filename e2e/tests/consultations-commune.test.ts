import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { numberInput } from "../support/antd";
import { hasChromium, newPage, shot, signInUi, switchLanguage } from "../support/browser";
import { useChromium } from "../support/suite";

/** The demo's commune-wide money matter: 47 households of Xóm 1 (15), Xóm 2 (18) and Xóm 3 (14). */
const TITLE = "Đóng góp xây dựng đường bê tông liên xóm năm 2027";

/** Types one village's ballots: cast, one count per option, invalid. */
async function fillVillage(page: Page, i: number, cast: number, counts: number[], invalid = 0) {
  await numberInput(page, `tally-v${i}-cast`).fill(String(cast));
  for (const [j, n] of counts.entries()) {
    await numberInput(page, `tally-v${i}-o${j}`).fill(String(n));
  }
  await numberInput(page, `tally-v${i}-invalid`).fill(String(invalid));
}

const errorUnder = (page: Page, testId: string) =>
  page.getByTestId(testId).locator(".ant-form-item-explain-error");

describe.runIf(hasChromium)("a commune-wide road contribution counted xóm by xóm in Chromium", () => {
  const env = useChromium("consultations-commune");

  it("Luật THDCCS 2022 Đ.21: each xóm by 2/3 of ALL its households, the commune by 2/3 of its xóm; a bad count is shown under its xóm", async () => {
    const officer = await newPage(env.browser);
    const op = officer.page;
    await signInUi(op, env.server.url, "hn.vanhoa");
    await op.getByTestId("menu-consultations").click();
    await op.locator('a[data-testid^="consultation-link-"]', { hasText: TITLE }).click();
    await op.waitForURL(/\/consultations\/[0-9a-f-]{36}$/, { timeout: 20_000 });
    const id = op.url().split("/").pop() ?? "";

    // The demo: Xóm 1 approved (11 of 15, 10 needed), Xóm 2 fell short (10 of 18, 12 needed), Xóm 3 not met yet.
    await op.getByTestId("tab-results").click();
    const threshold = op.getByTestId("results-threshold");
    await threshold.getByText("Chưa đạt ngưỡng ≥ 2/3 số thôn").waitFor();
    expect(await threshold.textContent()).toContain("1 trên 3 thôn tán thành, cần ít nhất 2");
    expect(await op.getByTestId("results-village-Xóm 1").textContent()).toContain("13/15");
    expect(await op.getByTestId("results-village-Xóm 3").textContent()).toContain("0/14");
    await shot(op, "consultations-commune-before-vi");

    // Xóm 3 has met: the officer enters the three xóm's counts from their minutes.
    await op.goto(`${env.server.url}/consultations/${id}?tab=meetings`);
    await op.getByTestId("meeting-list").getByText("Nhà văn hóa Xóm 2").waitFor();
    await op.getByTestId("tally-enter").click();
    await op.getByTestId("tally-mode").locator("label").nth(1).click();
    await op.getByTestId("tally-villages").waitFor();
    await fillVillage(op, 0, 13, [11, 2]);
    // Xóm 2's spoilt ballot forgotten: 10 + 3 is not the 14 ballots cast
    await fillVillage(op, 1, 14, [10, 3]);
    await fillVillage(op, 2, 12, [10, 2]);
    await op
      .getByTestId("tally-minutes")
      .fill("Tổng hợp biên bản kiểm phiếu hội nghị Xóm 1, Xóm 2 và Xóm 3.");
    await op.getByTestId("modal-submit").click();
    await errorUnder(op, "tally-v1-cast-item")
      .getByText("Không khớp: các phương án và phiếu không hợp lệ cộng lại là 13")
      .waitFor();
    expect(await errorUnder(op, "tally-v0-cast-item").count()).toBe(0);
    await shot(op, "consultations-commune-tally-sum-vi");
    await numberInput(op, "tally-v1-invalid").fill("1");
    await expect.poll(() => errorUnder(op, "tally-v1-cast-item").count()).toBe(0);

    // 15 ballots in Xóm 3, which has 14 households: the server refuses it under Xóm 3's ballots cast.
    await fillVillage(op, 2, 15, [13, 2]);
    const refused = op.waitForResponse((r) => r.url().endsWith(`/consultations/${id}/tally`));
    await op.getByTestId("modal-submit").click();
    expect((await refused).status()).toBe(400);
    await errorUnder(op, "tally-v2-cast-item").getByText("Số phiếu vượt quá").waitFor();
    await shot(op, "consultations-commune-tally-exceeds-vi");
    await fillVillage(op, 2, 12, [10, 2]);
    await expect.poll(() => errorUnder(op, "tally-v2-cast-item").count()).toBe(0);

    // The commune totals are the sums of the xóm; each xóm's outcome shows as it is typed.
    expect(await op.getByTestId("tally-total-cast").textContent()).toBe("39");
    expect(await op.getByTestId("tally-total-o0").textContent()).toBe("31");
    expect(await op.getByTestId("tally-total-o1").textContent()).toBe("7");
    expect(await op.getByTestId("tally-v1-outcome").textContent()).toContain("Chưa đạt 12 phiếu");
    expect(await op.getByTestId("tally-v2-outcome").textContent()).toContain("500.000");
    expect(await op.getByTestId("tally-villages").textContent()).toContain("2 trên 3 thôn tán thành");
    // the wide modal covers the header's language switch; the click goes to it directly
    await op.getByTestId("lang-switch-en").dispatchEvent("click");
    await op.getByText("A count per village meeting").waitFor();
    await shot(op, "consultations-commune-tally-en");
    await op.getByTestId("lang-switch-vi").dispatchEvent("click");
    await op.getByText("Kiểm riêng theo hội nghị từng thôn, khối").waitFor();
    await shot(op, "consultations-commune-tally-vi");
    const saved = op.waitForResponse((r) => r.url().endsWith(`/consultations/${id}/tally`));
    await op.getByTestId("modal-submit").click();
    expect((await saved).status()).toBe(200);
    await op.locator(".ant-modal").waitFor({ state: "hidden" });
    // a correction opens on the villages' counts already entered
    await op.getByTestId("tally-enter").click();
    await op.getByTestId("tally-villages").waitFor();
    expect(await numberInput(op, "tally-v1-invalid").inputValue()).toBe("1");
    expect(await op.getByTestId("tally-total-cast").textContent()).toBe("39");
    await op.getByTestId("modal-cancel").click();
    await op.locator(".ant-modal").waitFor({ state: "hidden" });

    // Xóm 1 and Xóm 3 approve, Xóm 2 does not: 2 of 3 xóm, the contribution passes.
    await op.getByTestId("tab-results").click();
    await threshold.getByText("Đạt ngưỡng ≥ 2/3 số thôn").waitFor();
    expect(await threshold.textContent()).toContain("2 trên 3 thôn tán thành (cần ít nhất 2)");
    const row = (hamlet: string) => op.getByTestId(`results-village-${hamlet}`).textContent();
    expect(await row("Xóm 1")).toContain("Đồng ý mức đóng góp 500.000 đ/hộ");
    // its spoilt ballot was cast too
    expect(await row("Xóm 2")).toContain("14/18");
    expect(await row("Xóm 2")).not.toContain("Đồng ý");
    expect(await row("Xóm 3")).toContain("12/14");
    expect(await row("Xóm 3")).toContain("Đồng ý mức đóng góp 500.000 đ/hộ");
    await shot(op, "consultations-commune-results-vi");
    await switchLanguage(op, "en");
    await threshold.getByText("Threshold ≥ 2/3 of villages met").waitFor();
    expect(await threshold.textContent()).toContain("2 of 3 villages approve");
    await shot(op, "consultations-commune-results-en");

    expect(officer.errors).toEqual([]);
    await officer.context.close();
  });
});
