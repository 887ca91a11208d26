/**
 * Screenshots of signed-in and public pages in Vietnamese and English, for a person to look at.
 *   npx tsx e2e/tools/screens.ts [--user admin] [--base http://127.0.0.1:3000] /path1 /public/path2 …
 * Without --base it starts its own server on a fresh demo database. PNGs go to e2e/artifacts/screens.
 */
import fs from "node:fs";
import path from "node:path";
import { launch, newPage, signInUi } from "../support/browser";
import { ROOT, type RunningServer, startServer } from "../support/server";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const user = flag("--user") ?? "admin";
let base = flag("--base");
const paths = args.length > 0 ? args : ["/"];
const out = path.join(ROOT, "e2e", "artifacts", "screens");
fs.mkdirSync(out, { recursive: true });

let server: RunningServer | undefined;
if (!base) {
  server = await startServer();
  base = server.url;
}
const browser = await launch();
try {
  for (const lang of ["vi", "en"] as const) {
    const { page, errors } = await newPage(browser, { locale: lang });
    await page.goto(`${base}/sign-in`);
    await page.evaluate((l) => localStorage.setItem("danvan.locale", l), lang);
    if (paths.some((p) => !p.startsWith("/public"))) {
      await signInUi(page, base, user);
      await page.getByTestId(`lang-switch-${lang}`).click();
    }
    for (const p of paths) {
      await page.goto(`${base}${p}`);
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(400);
      const name = `${user}${p.replaceAll("/", "_") || "_"}-${lang}.png`;
      await page.screenshot({ path: path.join(out, name), fullPage: true });
      console.log(path.join(out, name));
    }
    if (errors.length > 0) {
      console.error("page errors:", errors);
    }
  }
} finally {
  await browser.close();
  await server?.dispose();
}
