import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "./server";

/**
 * What each page did, kept so a failing test says why it failed: CI shows only the tail of its output and
 * never the screenshots, and a timeout alone ("waiting for … to be visible") names the symptom, not the
 * cause (an API answering 4xx, a form refusing a field, a page error).
 */
const trails = new Map<Page, string[]>();
const MAX_LINES = 60;

export const FAILURES_FILE = path.join(ROOT, ".tmp", "e2e-failures.txt");

export function keepTrail(page: Page) {
  const lines: string[] = [];
  const start = Date.now();
  const push = (line: string) => {
    lines.push(`+${((Date.now() - start) / 1000).toFixed(1)}s ${line}`.slice(0, 240));
    if (lines.length > MAX_LINES) {
      lines.shift();
    }
  };
  trails.set(page, lines);
  page.on("close", () => trails.delete(page));
  page.on("pageerror", (e) => push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") {
      push(`console ${m.type()}: ${m.text()}`);
    }
  });
  page.on("framenavigated", (f) => f === page.mainFrame() && push(`at ${new URL(f.url()).pathname}`));
  page.on("requestfailed", (r) =>
    push(`${r.method()} ${apiPath(r.url())} failed: ${r.failure()?.errorText}`),
  );
  page.on("response", (r) => {
    const url = r.url();
    if (!url.includes("/api/")) {
      return;
    }
    const line = `${r.request().method()} ${apiPath(url)} → ${r.status()}`;
    if (r.status() < 400) {
      push(line);
      return;
    }
    r.text().then(
      (body) => push(`${line} ${body.slice(0, 160)}`),
      () => push(line),
    );
  });
}

function apiPath(url: string) {
  const u = new URL(url);
  return `${u.pathname}${u.search}`.slice(0, 100);
}

/** The open pages of the failed test: where each is, what it shows (dialogs and field errors first), what it did. */
export async function reportOpenPages(test: string): Promise<string> {
  const parts = [`✗ ${test}`];
  for (const [page, lines] of trails) {
    if (page.isClosed()) {
      continue;
    }
    parts.push(`  page ${new URL(page.url()).pathname}`);
    const shown = await page
      .evaluate(() => {
        const text = (sel: string) =>
          Array.from(document.querySelectorAll<HTMLElement>(sel))
            // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as a person sees it
            .map((e) => e.innerText.replace(/\s+/g, " ").trim())
            .filter(Boolean);
        return {
          dialogs: text(
            ".ant-modal-wrap:not([style*='display: none']) .ant-modal, .ant-drawer-open .ant-drawer-content",
          ),
          errors: text(
            ".ant-form-item-explain-error, .ant-alert, .ant-message-notice, .ant-notification-notice",
          ),
          // What the form fields hold: a page that lost its state shows here (the text shows labels only).
          fields: Array.from(document.querySelectorAll<HTMLInputElement>("main input[data-testid]"))
            .slice(0, 15)
            .map((e) => `${e.dataset.testid}=${JSON.stringify(e.value)}`),
          loaders: document.querySelectorAll("main .ant-spin-spinning").length,
          // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as a person sees it
          body: (document.querySelector("main") ?? document.body).innerText.replace(/\s+/g, " ").trim(),
        };
      })
      .catch((e: Error) => ({
        dialogs: [],
        errors: [`(page not readable: ${e.message})`],
        fields: [],
        loaders: 0,
        body: "",
      }));
    for (const d of shown.dialogs) {
      parts.push(`  dialog: ${d.slice(0, 300)}`);
    }
    for (const e of shown.errors) {
      parts.push(`  shows: ${e.slice(0, 200)}`);
    }
    if (shown.fields.length > 0) {
      parts.push(`  fields: ${shown.fields.join(" ")}`.slice(0, 600));
    }
    if (shown.loaders > 0) {
      parts.push(`  spinners: ${shown.loaders}`);
    }
    parts.push(`  text: ${shown.body.slice(0, 700)}`);
    parts.push(...lines.slice(-25).map((l) => `    ${l}`));
  }
  const report = parts.join("\n");
  fs.mkdirSync(path.dirname(FAILURES_FILE), { recursive: true });
  fs.appendFileSync(FAILURES_FILE, `${report}\n`);
  return report;
}

/** Pages of a finished test are not reported for the next one. */
export function forgetPages() {
  trails.clear();
}

/** The pages still open, for screenshots of a failed test. */
export function openPages(): Page[] {
  return [...trails.keys()].filter((p) => !p.isClosed());
}
