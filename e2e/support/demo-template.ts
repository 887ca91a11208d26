import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { hasChromium } from "./browser";
import { startServer } from "./server";

/**
 * Global setup of the browser tests: the demo server starts once on a fresh data directory (migrated and
 * seeded) and stops; every test file's server then starts on a copy of that directory instead of seeding
 * its own, which took most of a file's start on this machine.
 */
export default async function setup(project: TestProject) {
  if (!hasChromium) {
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "danvan-e2e-demo-"));
  const server = await startServer({}, dir).catch((err: unknown) => {
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  });
  await server.stop();
  if (server.proc.exitCode !== 0) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `the demo server did not stop cleanly (exit ${server.proc.exitCode}):\n${server.logs.join("")}`,
    );
  }
  project.provide("demoDataDir", dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    demoDataDir: string;
  }
}
