import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hasChromium, newPage, shot } from "../support/browser";
import { readFirstPageQr } from "../support/pdf";
import { ROOT } from "../support/server";
import { useChromium } from "../support/suite";

describe.runIf(hasChromium)("one-stop slips in Chromium", () => {
  const env = useChromium("one-stop-slips");

  it("the QR code printed on a receipt opens the dossier's public status page", async () => {
    const { page, errors } = await newPage(env.browser);
    const signIn = await page.request.post(`${env.server.url}/api/v1/auth/sign-in`, {
      data: { username: "clerk", password: "Danvan@2026" },
    });
    expect(signIn.status()).toBe(200);
    const list = await page.request.get(
      `${env.server.url}/api/v1/onestop/dossiers?status=processing&limit=1`,
    );
    const [dossier] = (await list.json()).items as { id: string; code: string }[];
    expect(dossier).toBeDefined();
    const receipt = await page.request.get(
      `${env.server.url}/api/v1/onestop/dossiers/${dossier!.id}/documents/receipt.pdf`,
    );
    expect(receipt.status()).toBe(200);
    const qr = await readFirstPageQr(await receipt.body());
    const dir = path.join(ROOT, "e2e", "artifacts");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "onestop-receipt-pdf-page1.png"), qr.png);
    expect(qr.data).toBe(`${env.server.url}/public/ho-so/${dossier!.code}`);

    await page.goto(qr.data!);
    await page.getByTestId("public-state").waitFor({ timeout: 20_000 });
    expect(await page.getByTestId("public-state").getAttribute("data-status")).toBe("processing");
    expect(await page.textContent("body")).toContain(dossier!.code);
    await shot(page, "onestop-receipt-qr-status-vi");
    expect(errors).toEqual([]);
  }, 120_000);
});
