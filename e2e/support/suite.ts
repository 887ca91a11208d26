import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { launch, shot } from "./browser";
import { type RunningServer, START_MS, startServer } from "./server";
import { forgetPages, openPages, reportOpenPages } from "./trail";

export type ChromiumSuite = {
  server: RunningServer;
  browser: Browser;
  /** The page a test is on: when the test fails, its screenshot is kept as `<name>-failed-<test>`. */
  page: Page | null;
};

/**
 * The demo server on a fresh PGlite directory and one Chromium for a describe block, both closed after it.
 * Call inside `describe`; read `server` and `browser` inside the tests (they exist once `beforeAll` ran).
 */
export function useChromium(name: string): ChromiumSuite {
  const suite = { page: null } as ChromiumSuite;
  // A loaded machine starts the demo server slowly (fresh database, migrated and seeded): the hook waits
  // as long as startServer does, plus Chromium's launch.
  beforeAll(async () => {
    suite.server = await startServer();
    suite.browser = await launch();
  }, START_MS + 60_000);
  afterEach(async (ctx) => {
    const pages = new Set(openPages());
    if (suite.page && !suite.page.isClosed()) {
      pages.add(suite.page);
    }
    suite.page = null;
    if (ctx.task.result?.state === "fail") {
      const label = `${name}-failed-${ctx.task.name.slice(0, 30).replace(/\W+/g, "-")}`;
      let i = 0;
      for (const page of pages) {
        await shot(page, i++ === 0 ? label : `${label}-${i}`).catch(() => undefined);
      }
      console.error(await reportOpenPages(`${name}: ${ctx.task.name}`));
    }
    forgetPages();
  });
  afterAll(async () => {
    if (suite.server && suite.server.proc.exitCode !== null) {
      // The server died during the run: its log is the only clue left.
      console.error(suite.server.logs.join(""));
    }
    await suite.browser?.close();
    await suite.server?.dispose();
  });
  return suite;
}
