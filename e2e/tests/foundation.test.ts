import { describe, expect, it } from "vitest";
import { choose, chooseTreeNode } from "../support/antd";
import { hasChromium, newPage, shot, signInUi, switchLanguage } from "../support/browser";
import { useChromium } from "../support/suite";

describe.runIf(hasChromium)("foundation journey in Chromium", () => {
  const env = useChromium("foundation");

  it("admin signs in, adds a unit and a staff member with a role, switches language, signs out", async () => {
    const { page, errors, context } = await newPage(env.browser);
    await signInUi(page, env.server.url, "admin");
    await page.getByTestId("menu-audit").waitFor();
    await shot(page, "home-vi");

    await page.getByTestId("menu-units").click();
    await page.getByTestId("unit-table").waitFor();
    await page.getByTestId("unit-add-child-40").click();
    await page.getByTestId("unit-code").fill("40.TEST1");
    await page.getByTestId("unit-name").fill("Xã Thử Nghiệm");
    await page.getByTestId("modal-submit").click();
    await page.getByTestId("unit-40.TEST1").waitFor({ timeout: 15_000 });
    await shot(page, "units-vi");

    // the staff member is created through the staff form, with a role on the new unit
    await page.getByTestId("menu-staff").click();
    await page.getByTestId("create-staff").click();
    await page.getByTestId("staff-username").fill("thu.nghiem");
    await page.getByTestId("staff-full-name").fill("Ngô Thử Nghiệm");
    // searched without diacritics, as an official types on a keyboard without Vietnamese input
    await chooseTreeNode(page, "staff-unit", "Xã Thử Nghiệm", "thu nghiem");
    await page.getByTestId("staff-password").fill("ThuNghiem2026");
    await page.getByTestId("grant-add-row").click();
    await choose(page, "grant-role-0", "Thanh tra");
    await chooseTreeNode(page, "grant-unit-0", "Xã Thử Nghiệm", "thu nghiem");
    await shot(page, "staff-create-vi");
    await page.getByTestId("modal-submit").click();
    await page.getByTestId("staff-edit-thu.nghiem").waitFor({ timeout: 15_000 });
    await page.getByTestId("staff-search").fill("ngo thu");
    await page.getByTestId("staff-table").getByText("Ngô Thử Nghiệm").first().waitFor({ timeout: 15_000 });

    await switchLanguage(page, "en");
    await page.getByText("Staff", { exact: false }).first().waitFor();
    await shot(page, "staff-en");
    await page.getByTestId("sign-out").click();
    await page.waitForURL((u) => u.pathname.startsWith("/sign-in"));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the menu follows the role: a new inspector sees audit, a leader does not", async () => {
    const { page, context } = await newPage(env.browser);
    await signInUi(page, env.server.url, "thu.nghiem", "ThuNghiem2026");
    await page.getByTestId("menu-audit").waitFor();
    await page.getByTestId("sign-out").click();
    await page.waitForURL((u) => u.pathname.startsWith("/sign-in"));
    await signInUi(page, env.server.url, "leader");
    await page.getByTestId("menu-units").waitFor();
    expect(await page.getByTestId("menu-audit").count()).toBe(0);
    await shot(page, "leader-home-vi");
    await context.close();
  });

  it("a language switch whose strings arrive late keeps the page and what was chosen on it", async () => {
    const { page, errors, context } = await newPage(env.browser);
    // The header's switch and then the saved session both switch the language; the English shared strings
    // are held back until both have, as on a slow line.
    await page.route(/core-en[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    // Not the admin: the first journey saved English as the admin's language.
    await signInUi(page, env.server.url, "handler");
    await page.getByTestId("menu-calendar").click();
    await page.getByTestId("year-notices").waitFor();
    await page.getByTestId("calendar-year").fill("2027");
    await page.getByTestId("calendar-year").press("Tab");
    await page.getByText("Lịch làm việc năm 2027").waitFor();
    // A page mounted again would lose its year; a marker on its element shows it stayed.
    await page.getByTestId("year-notices").evaluate((el) => el.setAttribute("data-kept", "yes"));
    await switchLanguage(page, "en");
    await page.getByText("Working calendar 2027").waitFor();
    await page.getByTestId("sign-out").getByText("Sign out").waitFor();
    expect(await page.getByText("nav.home").count()).toBe(0);
    expect(await page.getByTestId("year-notices").getAttribute("data-kept")).toBe("yes");
    expect(await page.getByTestId("calendar-year").inputValue()).toContain("2027");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a person whose system asks for less motion gets dialogs without their zoom; others keep it", async () => {
    for (const reducedMotion of ["reduce", "no-preference"] as const) {
      const { page, errors, context } = await newPage(env.browser, { reducedMotion });
      await signInUi(page, env.server.url, "admin");
      await page.getByTestId("menu-units").click();
      await page.getByTestId("unit-table").waitFor();
      // Every class any element takes from here on, so a zoom of a few frames is seen however short.
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { seenClasses: string[] }).seenClasses = seen;
        new MutationObserver((records) => {
          for (const r of records) {
            const el = r.target as Element;
            if (el.className && typeof el.className === "string") {
              seen.push(el.className);
            }
            for (const n of Array.from(r.addedNodes)) {
              if (n instanceof Element) {
                seen.push(n.className, ...Array.from(n.querySelectorAll("[class]"), (c) => c.className));
              }
            }
          }
        }).observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ["class"],
        });
      });
      await page.getByTestId("unit-add-child-40").click();
      await page.getByTestId("unit-code").waitFor();
      // Either way the dialog ends up fully shown.
      const modal = page.locator(".ant-modal").filter({ has: page.getByTestId("unit-code") });
      await expect.poll(() => modal.getAttribute("class"), { timeout: 10_000 }).not.toMatch(/ant-zoom/);
      expect(await modal.evaluate((el) => getComputedStyle(el).opacity)).toBe("1");
      const zoomed = await page.evaluate(() =>
        (window as unknown as { seenClasses: string[] }).seenClasses.some((c) =>
          /\bant-zoom-(appear|enter)-active\b/.test(c),
        ),
      );
      expect(zoomed, reducedMotion).toBe(reducedMotion === "no-preference");
      await shot(page, `unit-modal-motion-${reducedMotion}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
