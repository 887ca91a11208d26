import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/platform/config";
import { startServer } from "../../src/server";
import { DB_KIND } from "../support/harness";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const PASSWORD = "Quan-tri-2027-NA";

/** Runs one of the README's npm scripts (a CLI under server/src/cli) against the data directory. */
function cli(script: string, env: Record<string, string>) {
  const res = spawnSync("npx", ["tsx", path.join(root, "server/src/cli", script)], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: "warn", ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: res.status, out: `${res.stdout}${res.stderr}` };
}

async function signIn(url: string, username: string, password: string) {
  return fetch(`${url}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
}

// The CLIs open DATA_DIR as the server does: PGlite on disk, so this runs in the PGlite pass.
describe.runIf(DB_KIND === "pglite")("production mode and the admin CLIs on pglite", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "danvan-prod-"));
  const env = {
    NODE_ENV: "production",
    DATA_DIR: dataDir,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
  };
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("reads production defaults: no demo data, secure cookies", () => {
    const config = loadConfig(env);
    expect(config).toMatchObject({ env: "production", demo: false, cookieSecure: true });
    expect(loadConfig({ ...env, DEMO: "true" }).demo).toBe(true);
  });

  it("starts empty with no demo account; the set-password CLI creates the first administrator", async () => {
    let running = await startServer(loadConfig(env));
    try {
      const meta = (await (await fetch(`${running.url}/api/v1/meta`)).json()) as { demo: boolean };
      expect(meta.demo).toBe(false);
      expect((await signIn(running.url, "admin", "Danvan@2026")).status).toBe(401);
    } finally {
      await running.close();
    }

    const weak = cli("set-admin-password.ts", { ...env, ADMIN_PASSWORD: "short" });
    expect(weak.status).toBe(2);
    expect(weak.out).toContain("ADMIN_PASSWORD");
    const made = cli("set-admin-password.ts", { ...env, ADMIN_PASSWORD: PASSWORD });
    expect(made.status, made.out).toBe(0);

    running = await startServer(loadConfig(env));
    try {
      const res = await signIn(running.url, "admin", PASSWORD);
      expect(res.status).toBe(200);
      expect(res.headers.get("set-cookie") ?? "").toMatch(/;\s*Secure/i);
    } finally {
      await running.close();
    }
  }, 240_000);

  it("verifies the audit chain from the command line", () => {
    const ok = cli("audit-verify.ts", env);
    expect(ok.status, ok.out).toBe(0);
    expect(ok.out).toMatch(/Audit chain OK: [1-9]\d* events verified/);
  }, 120_000);
});
