/**
 * Public one-stop API on PostgreSQL against bare routes in the same process and run.
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/one-stop-api.bench.ts
 * Creates (and drops) a scratch database with the demo seed. The load runs in a child process
 * (support/one-stop-load.mjs). Options: BENCH_SECONDS (10), BENCH_CONNECTIONS (50).
 *
 * Full path: POST /api/public/v1/dossiers (validation, procedure in force, idempotency key, the day's gapless
 * code sequence of the receiving unit, keyed PIN hash, timeline event, audit hash chain, applicant notice,
 * one transaction) and GET /api/public/v1/dossiers/{code} with X-Tracking-Pin (PIN check, steps, presenter).
 * Bare: a Hono route on the same pool doing one INSERT, and one SELECT by the unique code.
 */
import { spawn } from "node:child_process";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import pg from "pg";
import { sql } from "../server/src/db/client";
import { loadConfig } from "../server/src/platform/config";
import { startServer } from "../server/src/server";

const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const dbName = `danvan_bench_onestop_api_${process.pid}`;

type Result = { name: string; requests: number; rps: number; p50: number; p99: number; errors: number };
type Procedure = {
  id: string;
  code: string;
  onlineLevel: string;
  documents: { key: string; required: boolean }[];
};

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

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
try {
  await db.execute(sql`CREATE TABLE bench_rows (id bigserial PRIMARY KEY, body jsonb NOT NULL)`);
  const bare = new Hono();
  bare.post("/bare/insert", async (c) => {
    const body = await c.req.json();
    const rows = await db.execute(
      sql`INSERT INTO bench_rows (body) VALUES (${JSON.stringify(body)}::jsonb) RETURNING id`,
    );
    return c.json({ id: String((rows as unknown as { rows: { id: string }[] }).rows[0]?.id) }, 201);
  });
  bare.get("/bare/dossiers/:code", async (c) => {
    const rows = await db.execute(
      sql`SELECT id, code, status, appointment_date FROM onestop_dossiers WHERE code = ${c.req.param("code")}`,
    );
    const row = (rows as unknown as { rows: unknown[] }).rows[0];
    return row ? c.json(row) : c.json({ error: "not found" }, 404);
  });
  const bareServer = serve({ fetch: bare.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((r) => bareServer.once("listening", r));
  const bareBase = `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}`;
  const appBase = `http://127.0.0.1:${running.port}`;

  const catalogue = (await (await fetch(`${appBase}/api/public/v1/procedures?limit=100`)).json()) as {
    items: Procedure[];
  };
  // The portal's birth registration (fully online) of the first demo commune, as a busy morning would file.
  const online = catalogue.items.filter((p) => p.onlineLevel === "full");
  const procedure = online[0]!;
  const job = {
    app: appBase,
    bare: bareBase,
    procedureId: procedure.id,
    documents: procedure.documents.filter((d) => d.required).map((d) => d.key),
    seconds,
    connections,
  };
  const loader = path.join(path.dirname(fileURLToPath(import.meta.url)), "support/one-stop-load.mjs");
  console.log(
    `filing procedure ${procedure.code} (${online.length} fully online in the catalogue); load before ${load()}`,
  );
  // Async spawn: the servers in this process must keep answering while the loader runs.
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [loader, JSON.stringify(job)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`loader exited ${code}`))));
  });
  const results = JSON.parse(output.trim().split("\n").pop()!) as Result[];
  await new Promise<void>((r) => bareServer.close(() => r()));

  console.log(
    `\n${seconds} s per row, ${connections} connections, PostgreSQL ${adminUrl.replace(/\/\/[^@]*@/, "//")}, load after ${load()}`,
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
  console.log(`filing ÷ bare insert: ${((100 * create.rps) / bareInsert.rps).toFixed(0)}%`);
  console.log(`status ÷ bare select: ${((100 * status.rps) / bareSelect.rps).toFixed(0)}%`);
} finally {
  await running.close();
  await admin
    .query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)
    .catch((err) => console.error(`${dbName} kept:`, err.message));
  await admin.end();
}
process.exit(0);
