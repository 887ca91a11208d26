import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/** How long a server may take to answer /health; raise E2E_SERVER_START_MS on a loaded machine. */
export const START_MS = Number(process.env.E2E_SERVER_START_MS ?? 90_000);

export type RunningServer = {
  url: string;
  dataDir: string;
  proc: ChildProcess;
  logs: string[];
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Stops the server and deletes its data directory when startServer made it (a 64 MB copy each). */
  dispose(): Promise<void>;
};

/**
 * A fresh directory for a server: a copy of the demo directory the global setup seeded (demo-template.ts),
 * or an empty one outside vitest's run of the browser tests.
 */
function freshDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "danvan-e2e-"));
  const template = process.env.VITEST ? inject("demoDataDir") : undefined;
  if (template && fs.existsSync(template)) {
    fs.cpSync(template, dir, { recursive: true });
  }
  return dir;
}

/** Starts the real server (demo data, built web app) on a fresh PGlite directory and a free port. */
export async function startServer(
  env: Record<string, string> = {},
  dataDir?: string,
): Promise<RunningServer> {
  const port = await freePort();
  const dir = dataDir ?? freshDataDir();
  const logs: string[] = [];
  const proc = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "server/src/main.ts")], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dir,
      LOG_LEVEL: "warn",
      DEMO: "true",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stdout?.on("data", (d) => logs.push(String(d)));
  proc.stderr?.on("data", (d) => logs.push(String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_MS;
  for (;;) {
    if (proc.exitCode !== null) {
      throw new Error(`server exited early:\n${logs.join("")}`);
    }
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) {
        break;
      }
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      proc.kill("SIGKILL");
      throw new Error(`server did not start:\n${logs.join("")}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  const stop = (signal: NodeJS.Signals = "SIGTERM") =>
    new Promise<void>((resolve) => {
      if (proc.exitCode !== null) {
        resolve();
        return;
      }
      proc.once("exit", () => resolve());
      proc.kill(signal);
    });
  return {
    url,
    dataDir: dir,
    proc,
    logs,
    stop,
    async dispose() {
      await stop();
      if (dataDir === undefined) {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
