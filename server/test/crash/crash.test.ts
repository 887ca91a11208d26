import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { and, eq, inArray, like } from "drizzle-orm";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client";
import { applicants, auditEvents } from "../../src/db/schema";
import { verifyAuditChain } from "../../src/platform/audit";

/**
 * Kills the real server process (SIGKILL, no shutdown code runs) in the middle of a burst of writes,
 * restarts it on the same data, and checks that every write the server acknowledged is there, once,
 * with its audit event, and that the audit hash chain still verifies.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../../..");
const mainTs = path.join(repoRoot, "server/src/main.ts");

const TOTAL_WRITES = 200;
const CONCURRENCY = 8;
/** The server is killed once this many writes were acknowledged, with more in flight. */
const KILL_AFTER = 100;
const DEMO_PASSWORD = "Danvan@2026";

type Engine = { name: "pglite" | "postgres"; adminUrl?: string };
const engines: Engine[] = [{ name: "pglite" }];
if (process.env.TEST_DATABASE_URL) {
  engines.push({ name: "postgres", adminUrl: process.env.TEST_DATABASE_URL });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

type ServerProcess = {
  child: ChildProcess;
  base: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

/** Spawns `node --import tsx server/src/main.ts` (the server itself, not a wrapper) and waits for /health. */
async function startServerProcess(dataDir: string, databaseUrl: string | undefined): Promise<ServerProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  Object.assign(env, {
    NODE_ENV: "test",
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    DEMO: "true",
    JOBS: "false",
    LOG_LEVEL: "warn",
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const child = spawn(process.execPath, ["--import", "tsx", mainTs], {
    cwd: repoRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d) => {
    out += String(d);
  });
  child.stderr?.on("data", (d) => {
    out += String(d);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const base = `http://127.0.0.1:${port}`;
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const until = Date.now() + 120_000;
  for (;;) {
    if (gone) {
      throw new Error(`server exited before it answered /health:\n${out}`);
    }
    try {
      const res = await fetch(`${base}/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) {
        break;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > until) {
      child.kill("SIGKILL");
      throw new Error(`server did not answer /health:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { child, base, output: () => out, exited };
}

type Session = { cookie: string; csrf: string };

async function signIn(base: string): Promise<Session> {
  const res = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0]!;
  const body = (await res.json()) as { csrfToken: string };
  expect(cookie).toMatch(/=/);
  expect(body.csrfToken).toBeTruthy();
  return { cookie, csrf: body.csrfToken };
}

async function getJson<T>(base: string, session: Session, pathAndQuery: string): Promise<T> {
  const res = await fetch(`${base}${pathAndQuery}`, { headers: { cookie: session.cookie } });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

function createPerson(base: string, session: Session, fullName: string, unitId: string) {
  return fetch(`${base}/api/v1/applicants/persons`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: session.cookie, "x-csrf-token": session.csrf },
    body: JSON.stringify({ fullName, unitId }),
    signal: AbortSignal.timeout(30_000),
  });
}

/** Runs `fn` over `items` with `limit` workers; a worker stops at its first error, and the errors are returned. */
async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<unknown[]> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await fn(item);
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: limit }, worker));
  return settled.flatMap((s) => (s.status === "rejected" ? [s.reason] : []));
}

describe.each(engines)("crash safety on $name", (engine) => {
  const tag = randomBytes(4).toString("hex");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `danvan-crash-${engine.name}-`));
  const lockFile = path.join(dataDir, "danvan.lock");
  const dbName = `danvan_crash_${tag}`;
  let databaseUrl: string | undefined;
  const started: ServerProcess[] = [];

  afterAll(async () => {
    for (const s of started) {
      if (s.child.exitCode === null && s.child.signalCode === null) {
        s.child.kill("SIGKILL");
        await s.exited;
      }
    }
    if (engine.adminUrl) {
      const c = new pg.Client({ connectionString: engine.adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await c.end();
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps every acknowledged write across a SIGKILL, with an intact audit chain", async () => {
    if (engine.adminUrl) {
      const c = new pg.Client({ connectionString: engine.adminUrl });
      await c.connect();
      await c.query(`CREATE DATABASE ${dbName}`);
      await c.end();
      const url = new URL(engine.adminUrl);
      url.pathname = `/${dbName}`;
      databaseUrl = url.toString();
    }

    // 1. First run: seed the demo data, sign in, find a unit.
    const first = await startServerProcess(dataDir, databaseUrl);
    started.push(first);
    if (engine.name === "pglite") {
      expect(fs.readFileSync(lockFile, "utf8")).toBe(String(first.child.pid));
    }
    const session = await signIn(first.base);
    const units = await getJson<{ items: { id: string; name: string }[] }>(
      first.base,
      session,
      "/api/v1/units",
    );
    const unitId = units.items[0]!.id;
    expect(unitId).toBeTruthy();

    // 2. A burst of writes; SIGKILL once KILL_AFTER were acknowledged, with others in flight.
    const names = Array.from(
      { length: TOTAL_WRITES },
      (_, i) => `Nguyễn Văn Sập ${tag} ${String(i).padStart(3, "0")}`,
    );
    const acknowledged: string[] = [];
    const refused: string[] = [];
    const otherStatuses: number[] = [];
    const wrongBodies: string[] = [];
    let killed = false;
    await pool(names, CONCURRENCY, async (name) => {
      let res: Response;
      try {
        res = await createPerson(first.base, session, name, unitId);
      } catch (err) {
        refused.push(name);
        throw err;
      }
      if (res.status === 201) {
        const body = (await res.json()) as { name: string };
        if (body.name !== name) {
          wrongBodies.push(`${name} -> ${body.name}`);
        }
        acknowledged.push(name);
        if (!killed && acknowledged.length >= KILL_AFTER) {
          killed = true;
          first.child.kill("SIGKILL");
        }
      } else {
        otherStatuses.push(res.status);
      }
    });
    const exit = await first.exited;
    expect(exit.signal).toBe("SIGKILL");
    expect(otherStatuses).toEqual([]);
    expect(wrongBodies).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
    // The kill really landed mid-burst: later writes found no server.
    expect(refused.length).toBeGreaterThan(0);
    expect(acknowledged.length).toBeLessThan(TOTAL_WRITES);
    if (engine.name === "pglite") {
      // The killed process left its lock behind; the restart has to take it over.
      expect(fs.readFileSync(lockFile, "utf8")).toBe(String(first.child.pid));
    }

    // 3. Restart on the same data (no re-seed: the database is not empty).
    const second = await startServerProcess(dataDir, databaseUrl);
    started.push(second);
    if (engine.name === "pglite") {
      expect(fs.readFileSync(lockFile, "utf8")).toBe(String(second.child.pid));
    }
    expect(second.output()).not.toContain("demo sign-ins");
    const again = await signIn(second.base);
    // Every acknowledged applicant is found through the API.
    const missingInApi: string[] = [];
    const lookupErrors = await pool(acknowledged, CONCURRENCY, async (name) => {
      const page = await getJson<{ items: { name: string }[] }>(
        second.base,
        again,
        `/api/v1/applicants?q=${encodeURIComponent(name)}`,
      );
      if (!page.items.some((a) => a.name === name)) {
        missingInApi.push(name);
      }
    });
    expect(lookupErrors).toEqual([]);
    expect(missingInApi).toEqual([]);
    // The restarted server writes, and its audit events continue the chain.
    const after = await createPerson(second.base, again, `Sau sự cố ${tag}`, unitId);
    expect(after.status).toBe(201);

    // 4. Graceful stop, then open the data directly.
    second.child.kill("SIGTERM");
    expect(await second.exited).toEqual({ code: 0, signal: null });
    if (engine.name === "pglite") {
      expect(fs.existsSync(lockFile)).toBe(false);
    }
    const database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
    try {
      const rows = await database.db
        .select({ id: applicants.id, name: applicants.name })
        .from(applicants)
        .where(like(applicants.name, `Nguyễn Văn Sập ${tag} %`));
      const stored = rows.map((r) => r.name);
      expect(new Set(stored).size).toBe(stored.length);
      expect(acknowledged.filter((n) => !stored.includes(n))).toEqual([]);
      // Nothing beyond what was sent, and each stored applicant has its audit event (one transaction).
      expect(stored.every((n) => names.includes(n))).toBe(true);
      const audited = await database.db
        .select({ entityId: auditEvents.entityId })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.action, "directory.create-applicant"),
            inArray(
              auditEvents.entityId,
              rows.map((r) => r.id),
            ),
          ),
        );
      expect(audited.map((a) => a.entityId).sort()).toEqual(rows.map((r) => r.id).sort());

      const chain = await verifyAuditChain(database.db);
      expect(chain).toMatchObject({ ok: true, firstBrokenSeq: null });
      expect(chain.checked).toBeGreaterThan(rows.length);
    } finally {
      await database.close();
    }
    // Two server starts (migrate + seed) and a burst: a guard against hangs, not a speed check.
  }, 300_000);
});
