/**
 * What the public API benches share: a scratch PostgreSQL database with the demo seed, the real server and, in
 * the same process and on the same pool, a bare Hono server (one INSERT of a JSON row, one SELECT by the unique
 * code); the load in its own process (api-load.mjs) and the results table.
 */
import { spawn } from "node:child_process";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { type SQL, sql } from "drizzle-orm";
import { Hono } from "hono";
import pg from "pg";
import { loadConfig } from "../../server/src/platform/config";
import { startServer } from "../../server/src/server";

export type Result = {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
};

export const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
export const seconds = Number(process.env.BENCH_SECONDS ?? 10);
export const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

export const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

/**
 * Starts both servers on a new database `dbName`; `resource` names the bare lookup route and `lookup` reads one
 * row by its code. `close` stops them and drops the database.
 */
export async function startApiBench(dbName: string, resource: string, lookup: (code: string) => SQL) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const config = {
    ...loadConfig({ ...process.env, LOG_LEVEL: "silent", JOBS: "false", DEMO: "true", TRUST_PROXY: "true" }),
    databaseUrl: url.toString(),
    port: 0,
    host: "127.0.0.1",
  };
  const running = await startServer(config);
  const db = running.database.db;
  await db.execute(sql`CREATE TABLE bench_rows (id bigserial PRIMARY KEY, body jsonb NOT NULL)`);
  const bare = new Hono();
  bare.post("/bare/insert", async (c) => {
    const body = await c.req.json();
    const rows = await db.execute(
      sql`INSERT INTO bench_rows (body) VALUES (${JSON.stringify(body)}::jsonb) RETURNING id`,
    );
    return c.json({ id: String((rows as unknown as { rows: { id: string }[] }).rows[0]?.id) }, 201);
  });
  bare.get(`/bare/${resource}/:code`, async (c) => {
    const rows = await db.execute(lookup(c.req.param("code")));
    const row = (rows as unknown as { rows: unknown[] }).rows[0];
    return row ? c.json(row) : c.json({ error: "not found" }, 404);
  });
  const bareServer = serve({ fetch: bare.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((r) => bareServer.once("listening", r));
  return {
    appBase: `http://127.0.0.1:${running.port}`,
    bareBase: `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}`,
    async close() {
      await new Promise<void>((r) => bareServer.close(() => r()));
      await running.close();
      await admin
        .query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)
        .catch((err) => console.error(`${dbName} kept:`, err.message));
      await admin.end();
    },
  };
}

/** Runs api-load.mjs in its own process: the servers in this one must keep answering while it loads them. */
export async function runLoad(job: {
  app: string;
  bare: string;
  resource: "petitions" | "dossiers";
  params: Record<string, unknown>;
}): Promise<Result[]> {
  const loader = path.join(path.dirname(fileURLToPath(import.meta.url)), "api-load.mjs");
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [loader, JSON.stringify({ ...job, seconds, connections })], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`loader exited ${code}`))));
  });
  return JSON.parse(output.trim().split("\n").pop()!) as Result[];
}

/** The table of the four rows, then each full path as a share of its bare route. */
export function printResults(results: Result[], goals: { create?: string; status?: string } = {}) {
  console.log(
    `\n${seconds} s per row, ${connections} connections, PostgreSQL ${adminUrl.replace(/\/\/[^@]*@/, "//")}, load after ${loadAverage()}`,
  );
  console.table(
    results.map((r) => ({
      route: r.name,
      requests: r.requests,
      "req/s": Math.round(r.rps),
      "p50 ms": r.p50.toFixed(1),
      "p99 ms": r.p99.toFixed(1),
      errors: r.errors,
    })),
  );
  const [bareInsert, create, bareSelect, status] = results as [Result, Result, Result, Result];
  const share = (a: Result, b: Result) => `${((100 * a.rps) / b.rps).toFixed(0)}%`;
  console.log(
    `create ÷ bare insert: ${share(create, bareInsert)}${goals.create ? ` (goal ${goals.create})` : ""}`,
  );
  console.log(
    `status ÷ bare select: ${share(status, bareSelect)}${goals.status ? ` (goal ${goals.status})` : ""}`,
  );
}
