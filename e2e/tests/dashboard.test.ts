import { describe, expect, it } from "vitest";
import { hasChromium, newPage, shot, signInUi, switchLanguage } from "../support/browser";
import { useChromium } from "../support/suite";

const WAIT = { timeout: 30_000 };

describe.runIf(hasChromium)("the leader's dashboard in Chromium", () => {
  const env = useChromium("dashboard");

  it("headline figures with n; province → commune → agency → officer → the officer's ratings", async () => {
    const { page, errors } = await newPage(env.browser);
    await signInUi(page, env.server.url, "admin");
    await page.getByRole("menuitem", { name: "Bảng điều hành" }).click();
    await page.waitForURL((u) => u.pathname === "/dashboard", WAIT);

    // Every share carries its n, and its card links to the list it counts.
    const satisfaction = page.getByTestId("card-satisfaction");
    await satisfaction.getByText(/^\d+\.\d% \(n = [1-9]\d*\)$/).waitFor(WAIT);
    await page
      .getByTestId("card-dossiers")
      .getByText(/\(n = \d+\)/)
      .waitFor(WAIT);
    expect(await page.getByTestId("rules-unverified").isVisible()).toBe(true);
    expect(await satisfaction.getByTestId("card-satisfaction-link").getAttribute("href")).toMatch(
      /^\/satisfaction\/ratings\?unitId=[0-9a-f-]+&from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/,
    );
    expect(await page.getByTestId("card-dossiers-link").getAttribute("href")).toMatch(
      /^\/onestop\/dossiers\?(unitId=[0-9a-f-]+&)?status=returned&returnedFrom=\d{4}-\d{2}-\d{2}&returnedTo=\d{4}-\d{2}-\d{2}$/,
    );
    // The unit's own TT 01/2018 scores for the quarter the period ends in, linked to its indicators.
    const scoreLink = page.getByTestId("card-onestop-score-link");
    expect(await scoreLink.getAttribute("href")).toMatch(
      /^\/onestop\/indicators\?unitId=[0-9a-f-]+&period=\d{4}-Q[1-4]$/,
    );
    await page.getByTestId("trend-chart").locator("canvas").first().waitFor(WAIT);
    await page.getByTestId("ranking-chart").locator("canvas").first().waitFor(WAIT);
    await page
      .getByTestId("ranking-title")
      .getByText("Xếp hạng các đơn vị trực thuộc Tỉnh Nghệ An")
      .waitFor(WAIT);
    await shot(page, "dashboard-province-vi");

    // Province → commune: the commune has no units below it, so its agencies are ranked.
    await page.getByTestId("ranking-table").getByRole("button", { name: "Xã Nam Đàn" }).click();
    await page.getByTestId("ranking-title").getByText("Các cơ quan, bộ phận của Xã Nam Đàn").waitFor(WAIT);
    await page.getByTestId("dashboard-breadcrumb").getByText("Tỉnh Nghệ An").waitFor(WAIT);
    await satisfaction.getByText(/\(n = [1-9]\d*\)/).waitFor(WAIT);

    // Commune → agency → its officers, each with their own n.
    const agencyRow = page.getByTestId("ranking-table").locator("tbody tr.ant-table-row").first();
    const agency = (await agencyRow.getByTestId("ranking-open").textContent())!.trim();
    await agencyRow.getByTestId("ranking-open").click();
    await page.getByTestId("ranking-title").getByText(`Cán bộ, công chức của ${agency}`).waitFor(WAIT);
    await page.getByTestId("dashboard-breadcrumb").getByText(agency).waitFor(WAIT);
    const officerRow = page
      .getByTestId("ranking-table")
      .locator("tbody tr.ant-table-row", { hasText: /\(n = [1-9]\d*\)/ })
      .first();
    await officerRow.waitFor(WAIT);
    await shot(page, "dashboard-officers-vi");
    const officer = (await officerRow.getByTestId("ranking-officer-link").textContent())!.trim();
    const n = Number(/\(n = (\d+)\)/.exec((await officerRow.textContent()) ?? "")![1]);

    // Officer → the individual ratings behind the figure, filtered to that officer and period.
    await officerRow.getByTestId("ranking-officer-link").click();
    await page.waitForURL(
      (u) => u.pathname === "/satisfaction/ratings" && u.search.includes("officerId="),
      WAIT,
    );
    await page.getByTestId("ratings-dashboard-filter").waitFor(WAIT);
    // The list counts exactly the n the dashboard showed for the officer.
    await page.getByText(`${n} đánh giá`, { exact: true }).waitFor(WAIT);
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    await rows.first().waitFor(WAIT);
    const officers = await rows.evaluateAll((trs) => trs.map((tr) => tr.children[2]?.textContent ?? ""));
    expect(officers.length).toBe(Math.min(n, 20));
    expect(officers.every((text) => text.startsWith(officer))).toBe(true);
    await shot(page, "dashboard-interactions-vi");

    // The same dashboard in English.
    await switchLanguage(page, "en");
    await page.goto(`${env.server.url}/dashboard`);
    await page
      .getByTestId("card-satisfaction")
      .getByText(/^\d+\.\d% \(n = [1-9]\d*\)$/)
      .waitFor(WAIT);
    await page.getByTestId("ranking-title").getByText("Units under Tỉnh Nghệ An").waitFor(WAIT);
    await page.getByTestId("trend-chart").locator("canvas").first().waitFor(WAIT);
    await page.getByTestId("ranking-chart").locator("canvas").first().waitFor(WAIT);
    await shot(page, "dashboard-province-en");

    // The score card opens the indicators of that unit and quarter.
    const indicators = (await page.getByTestId("card-onestop-score-link").getAttribute("href"))!;
    await page.getByTestId("card-onestop-score-link").click();
    await page.waitForURL((u) => `${u.pathname}${u.search}` === indicators, WAIT);
    const quarter = /period=(\d{4})-Q(\d)/.exec(indicators)!;
    await page
      .getByTestId("indicators-period")
      .getByText(`${quarter[1]} · Q ${quarter[2]}`, { exact: true })
      .waitFor(WAIT);
    // The province's indicators list its communes' scores side by side; a name opens that commune's.
    const subunits = page.getByTestId("subunits-table");
    await subunits.getByRole("button", { name: "Phường Thái Hòa" }).waitFor(WAIT);
    expect(await subunits.getByRole("button", { name: "Xã Hưng Nguyên", exact: true }).count()).toBe(1);
    // A commune's residential group folds under it rather than standing beside the communes.
    expect(await subunits.getByRole("button", { name: "Khối 10" }).count()).toBe(0);
    await shot(page, "onestop-indicators-subunits-en");
    await switchLanguage(page, "vi");
    await page.getByText("Các đơn vị trực thuộc", { exact: false }).waitFor(WAIT);
    await shot(page, "onestop-indicators-subunits-vi");
    await subunits.getByRole("button", { name: "Phường Thái Hòa" }).click();
    await page.getByTestId("indicators-unit").getByText("Phường Thái Hòa").waitFor(WAIT);
    await expect.poll(() => page.getByTestId("subunits-table").count(), WAIT).toBe(0);
    expect(errors).toEqual([]);
  }, 180_000);
});
