import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, queryRows, sql } from "../../src/db/client";
import { acquireDirLock, DataDirLockedError } from "../../src/db/dir-lock";

const here = path.dirname(fileURLToPath(import.meta.url));
const serverRoot = path.resolve(here, "../..");
const clientUrl = pathToFileURL(path.join(serverRoot, "src/db/client.ts")).href;

/**
 * A separate Node process (through tsx) that opens the data directory. It prints one JSON line:
 * {opened:true} and then, with `hold`, keeps the database open until killed; or the error it got.
 */
function childScript(dataDir: string, hold: boolean): string {
  return `
const { openDatabase, queryRows, sql } = await import(${JSON.stringify(clientUrl)});
try {
  const database = await openDatabase({ dataDir: ${JSON.stringify(dataDir)} });
  ${hold ? `await database.pglite.exec("CREATE TABLE IF NOT EXISTS survivor (n int); INSERT INTO survivor VALUES (42);");` : ""}
  console.log(JSON.stringify({ opened: true, pid: process.pid }));
  ${hold ? "setInterval(() => {}, 60_000);" : "await database.close();"}
} catch (err) {
  console.log(JSON.stringify({ opened: false, name: err.name, ctor: err.constructor.name, pid: err.pid, message: err.message }));
  process.exitCode = 3;
}
`;
}

const nodeArgs = (script: string) => ["--import", "tsx", "--input-type=module", "-e", script];

type ChildResult = { opened: boolean; ctor?: string; pid?: number; message?: string };

function runChild(dataDir: string): { status: number | null; result: ChildResult } {
  const out = spawnSync(process.execPath, nodeArgs(childScript(dataDir, false)), {
    cwd: serverRoot,
    encoding: "utf8",
    timeout: 60_000,
  });
  const line = out.stdout.trim().split("\n").filter(Boolean).at(-1);
  if (!line) {
    throw new Error(`child printed nothing (status ${out.status}): ${out.stderr}`);
  }
  return { status: out.status, result: JSON.parse(line) as ChildResult };
}

/** Starts a child that opens the directory and keeps it open; resolves once it reported. */
function holdInChild(dataDir: string): Promise<{ child: ChildProcess; result: ChildResult }> {
  const child = spawn(process.execPath, nodeArgs(childScript(dataDir, true)), {
    cwd: serverRoot,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr?.on("data", (d) => {
    stderr += String(d);
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (d) => {
      stdout += String(d);
      const line = stdout.split("\n").find((l) => l.startsWith("{"));
      if (line) {
        resolve({ child, result: JSON.parse(line) as ChildResult });
      }
    });
    child.on("exit", (code) => reject(new Error(`child exited early (${code}): ${stderr}`)));
  });
}

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
    } else {
      child.once("exit", () => resolve());
    }
  });
}

/** The PID of a process that has already exited. */
function deadPid(): number {
  const out = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
  const pid = Number.parseInt(out.stdout.trim(), 10);
  expect(Number.isInteger(pid)).toBe(true);
  expect(() => process.kill(pid, 0)).toThrow();
  return pid;
}

describe("data directory lock (embedded PGlite)", () => {
  let dataDir: string;
  let lockFile: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    // One directory, initialised once (initdb is the slow part); every test starts with it closed.
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "danvan-lock-"));
    lockFile = path.join(dataDir, "danvan.lock");
    const database = await openDatabase({ dataDir });
    await database.pglite!.exec("CREATE TABLE t (n int); INSERT INTO t VALUES (1);");
    await database.close();
  });
  afterAll(() => {
    for (const c of children) {
      if (c.exitCode === null && c.signalCode === null && c.pid) {
        process.kill(c.pid, "SIGKILL");
      }
    }
    if (dataDir) {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("refuses a second process on the same directory with DataDirLockedError", async () => {
    expect(fs.existsSync(lockFile)).toBe(false);
    const database = await openDatabase({ dataDir });
    try {
      expect(fs.readFileSync(lockFile, "utf8")).toBe(String(process.pid));

      const { status, result } = runChild(dataDir);
      expect(result.opened).toBe(false);
      expect(result.ctor).toBe(DataDirLockedError.name);
      expect(result.pid).toBe(process.pid);
      expect(result.message).toContain(dataDir);
      expect(status).toBe(3);

      // A second open inside this same process is refused too.
      await expect(openDatabase({ dataDir })).rejects.toBeInstanceOf(DataDirLockedError);

      // The refusals leave the owner's lock and data alone.
      expect(fs.readFileSync(lockFile, "utf8")).toBe(String(process.pid));
      const rows = await queryRows<{ n: number }>(database.db, sql`SELECT n FROM t`);
      expect(rows).toEqual([{ n: 1 }]);
    } finally {
      await database.close();
    }
    // Closing releases the lock.
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  it("takes over a stale lock file whose process is dead", async () => {
    fs.writeFileSync(lockFile, String(deadPid()));
    const database = await openDatabase({ dataDir });
    try {
      expect(fs.readFileSync(lockFile, "utf8")).toBe(String(process.pid));
      const rows = await queryRows<{ n: number }>(database.db, sql`SELECT n FROM t`);
      expect(rows).toEqual([{ n: 1 }]);
    } finally {
      await database.close();
    }
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  it("refuses this process while another holds the directory, and takes over once that one was killed", async () => {
    const held = await holdInChild(dataDir);
    children.push(held.child);
    expect(held.result.opened).toBe(true);
    expect(fs.readFileSync(lockFile, "utf8")).toBe(String(held.child.pid));
    await expect(openDatabase({ dataDir })).rejects.toSatisfy(
      (err: unknown) => err instanceof DataDirLockedError && err.pid === held.child.pid,
    );

    held.child.kill("SIGKILL");
    await waitForExit(held.child);
    // The killed process could not clean up: its lock is still there.
    expect(fs.readFileSync(lockFile, "utf8")).toBe(String(held.child.pid));

    const database = await openDatabase({ dataDir });
    try {
      expect(fs.readFileSync(lockFile, "utf8")).toBe(String(process.pid));
      // What the killed process committed survived.
      const rows = await queryRows<{ n: number }>(database.db, sql`SELECT n FROM survivor`);
      expect(rows).toEqual([{ n: 42 }]);
    } finally {
      await database.close();
    }
  });

  it("leaves no exit listener behind once a lock is released (one process opening many directories)", () => {
    const before = process.listenerCount("exit");
    for (let i = 0; i < 12; i++) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "danvan-lock-"));
      const lock = acquireDirLock(dir);
      expect(process.listenerCount("exit")).toBe(before + 1);
      lock.release();
      expect(fs.existsSync(path.join(dir, "danvan.lock"))).toBe(false);
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(process.listenerCount("exit")).toBe(before);
  });
});
