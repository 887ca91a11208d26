import { randomBytes } from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import pino from "pino";
import { inject } from "vitest";
import { buildApp } from "../../src/app";
import { type Database, type Db, migrateDatabase, openDatabase } from "../../src/db/client";
import { invalidateCalendars } from "../../src/modules/calendar/working-calendars";
import { type Config, loadConfig } from "../../src/platform/config";
import type { JobRunner } from "../../src/platform/jobs";

export const DB_KIND = process.env.DANVAN_TEST_DB === "postgres" ? "postgres" : "pglite";

/** Jobs sent during a test are collected here instead of a queue; tests run handlers themselves. */
export class RecordingJobs implements JobRunner {
  readonly sent: { id: string; data: object }[] = [];
  async send(id: string, data: object) {
    this.sent.push({ id, data });
  }
}

export type TestApp = {
  app: ReturnType<typeof buildApp>;
  db: Db;
  database: Database;
  config: Config;
  jobs: RecordingJobs;
  close(): Promise<void>;
};

/**
 * A fresh database per test file: in-memory PGlite, or a new PostgreSQL database when DANVAN_TEST_DB=postgres.
 * `url` is that database's connection string on PostgreSQL (for components that connect on their own, like
 * pg-boss), undefined on PGlite.
 */
export async function openTestDatabase(): Promise<{
  database: Database;
  url: string | undefined;
  drop(): Promise<void>;
}> {
  // Test files share one module graph (isolate: false): calendars cached from another file's database,
  // which may hold other holiday notices, must not answer for this one.
  invalidateCalendars();
  if (DB_KIND === "postgres") {
    const base = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
    const name = `danvan_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    // The migrated database of the global setup (db-template.ts), when the run has one.
    const template = inject("postgresTemplate");
    await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ""}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
    return {
      database,
      url: url.toString(),
      async drop() {
        await database.close();
        const c = new pg.Client({ connectionString: base });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const database = await openDatabase({ memory: true, template: pgliteTemplate() });
  return { database, url: undefined, drop: () => database.close() };
}

let template: Blob | undefined;

/** The migrated database the global setup dumped (db-template.ts), read once per worker. */
function pgliteTemplate(): Blob | undefined {
  const file = inject("pgliteTemplate");
  if (!template && file && fs.existsSync(file)) {
    template = new Blob([fs.readFileSync(file)]);
  }
  return template;
}

export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const { database, url, drop } = await openTestDatabase();
  const base = loadConfig({
    NODE_ENV: "test",
    JOBS: "false",
    DEMO: "false",
    LOG_LEVEL: "silent",
    TRUST_PROXY: "true",
  });
  const config = { ...base, databaseUrl: url, ...overrides };
  await migrateDatabase(database);
  const jobs = new RecordingJobs();
  const app = buildApp({ database, config, log: pino({ level: "silent" }), jobs });
  return { app, db: database.db, database, config, jobs, close: drop };
}
