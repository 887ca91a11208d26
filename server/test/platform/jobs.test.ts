import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type Db, queryRows, sql } from "../../src/db/client";
import { defineJob, type JobCtx, Jobs, listFailedJobs } from "../../src/platform/jobs";
import { createTestApp, DB_KIND, type TestApp } from "../support/harness";

const ECHO = "test.echo";
const FAILS = "test.always-fails";
const NIGHTLY = "test.nightly";
const FAIL_RETRIES = 2;

/** Polls until `check` returns a value other than undefined/false, or fails after `timeoutMs`. */
async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  timeoutMs = 45_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) {
      return value;
    }
    if (Date.now() > until) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

type JobRow = { id: string; name: string; state: string; retry_count: number; data: { marker?: string } };

describe(`jobs (pg-boss) on ${DB_KIND}`, () => {
  let t: TestApp;
  let jobs: Jobs;
  const echoed: { marker: string; ctx: JobCtx }[] = [];
  const failedRuns: string[] = [];
  const systemErrors: string[] = [];

  const echoJob = defineJob({
    id: ECHO,
    schema: z.object({ marker: z.string() }),
    retryLimit: 0,
    handler: async (ctx, data) => {
      // The handler gets a working database handle.
      const [row] = await queryRows<{ one: number }>(ctx.db, sql`SELECT 1 AS one`);
      expect(row?.one).toBe(1);
      echoed.push({ marker: data.marker, ctx });
    },
  });
  const failingJob = defineJob({
    id: FAILS,
    schema: z.object({ marker: z.string() }),
    retryLimit: FAIL_RETRIES,
    retryDelay: 0,
    retryBackoff: false,
    handler: async (_ctx, data) => {
      failedRuns.push(data.marker);
      throw new Error(`boom ${data.marker}`);
    },
  });
  const nightlyJob = defineJob({
    id: NIGHTLY,
    cron: "30 2 * * *",
    schema: z.object({}).passthrough(),
    handler: async () => {},
  });

  const jobsOf = (name: string, marker: string) =>
    queryRows<JobRow>(
      t.db,
      sql`SELECT id::text, name, state, retry_count, data FROM pgboss.job
          WHERE name = ${name} AND data->>'marker' = ${marker}`,
    );

  beforeAll(async () => {
    t = await createTestApp();
    if (DB_KIND === "postgres") {
      // pg-boss opens its own pool on PostgreSQL: it must point at this test's database.
      expect(t.config.databaseUrl).toMatch(/danvan_test_/);
    }
    const errors = new Writable({
      write(chunk, _enc, done) {
        systemErrors.push(String(chunk));
        done();
      },
    });
    jobs = new Jobs(t.database, t.config, pino({ level: "error" }, errors), [
      echoJob,
      failingJob,
      nightlyJob,
    ]);
    await jobs.start();
  });
  afterAll(async () => {
    await jobs?.stop();
    await t?.close();
  });

  it("installs its schema in the test database, with queues and dead-letter queues", async () => {
    const queues = await queryRows<{ name: string }>(t.db, sql`SELECT name FROM pgboss.queue ORDER BY name`);
    expect(queues.map((q) => q.name)).toEqual(
      expect.arrayContaining([ECHO, `${ECHO}__dead`, FAILS, `${FAILS}__dead`, NIGHTLY, `${NIGHTLY}__dead`]),
    );
  });

  it("processes a job sent with send()", async () => {
    const marker = randomUUID();
    await jobs.send(ECHO, { marker });
    const run = await waitFor("the echo handler", async () => echoed.find((e) => e.marker === marker));
    expect(run.ctx.jobs).toBe(jobs);
    const [row] = await waitFor("the job to complete", async () => {
      const rows = await jobsOf(ECHO, marker);
      return rows[0]?.state === "completed" ? rows : undefined;
    });
    expect(row?.retry_count).toBe(0);
    expect(echoed.filter((e) => e.marker === marker)).toHaveLength(1);
  });

  it("retries a failing job up to retryLimit, then moves it to the dead-letter queue listed as failed", async () => {
    const marker = randomUUID();
    await jobs.send(FAILS, { marker });
    const dead = await waitFor("the dead letter", async () => {
      const rows = await jobsOf(`${FAILS}__dead`, marker);
      return rows.length > 0 ? rows : undefined;
    });
    expect(dead).toHaveLength(1);
    expect(dead[0]?.state).toBe("created");

    const [original] = await jobsOf(FAILS, marker);
    expect(original?.state).toBe("failed");
    expect(original?.retry_count).toBe(FAIL_RETRIES);
    expect(failedRuns.filter((m) => m === marker)).toHaveLength(FAIL_RETRIES + 1);

    const listed = await listFailedJobs(t.db);
    const mine = listed.filter((j) => (j.data as { marker?: string } | null)?.marker === marker);
    // each failure is listed once (the original); its dead-letter copy stays as the record checked above
    expect(mine.map((j) => j.name)).toEqual([FAILS]);
    expect(mine.find((j) => j.name === FAILS)?.output).toMatchObject({ message: `boom ${marker}` });
  });

  it("creates a job sent inside a transaction only if that transaction commits", async () => {
    const rolledBack = randomUUID();
    await expect(
      t.db.transaction(async (tx) => {
        await jobs.send(ECHO, { marker: rolledBack }, tx as unknown as Db);
        // Visible inside the transaction: it really went through the transaction's connection.
        expect(
          await queryRows(
            tx as unknown as Db,
            sql`SELECT 1 FROM pgboss.job WHERE data->>'marker' = ${rolledBack}`,
          ),
        ).toHaveLength(1);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await jobsOf(ECHO, rolledBack)).toHaveLength(0);

    const committed = randomUUID();
    await t.db.transaction(async (tx) => {
      await jobs.send(ECHO, { marker: committed }, tx as unknown as Db);
    });
    expect(await jobsOf(ECHO, committed)).toHaveLength(1);
    await waitFor("the committed job to run", async () => echoed.some((e) => e.marker === committed));
    expect(echoed.some((e) => e.marker === rolledBack)).toBe(false);
  });

  it("rejects an unknown job id inside a transaction instead of stalling the database", async () => {
    const marker = randomUUID();
    const attempt = t.db.transaction(async (tx) => {
      await jobs.send(ECHO, { marker }, tx as unknown as Db);
      await jobs.send("no.such-job", { marker }, tx as unknown as Db);
    });
    // On PGlite a lookup outside the open transaction would wait for it forever.
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      attempt.then(
        () => "committed",
        (err: Error) => err.message,
      ),
      new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve("still waiting after 20 s"), 20_000);
      }),
    ]);
    clearTimeout(timer);
    expect(outcome).toMatch(/no\.such-job/);
    expect(await jobsOf(ECHO, marker)).toHaveLength(0);
    const [alive] = await queryRows<{ one: number }>(t.db, sql`SELECT 1 AS one`);
    expect(alive?.one).toBe(1);
  });

  it("registers cron jobs in pg-boss's schedule table on start", async () => {
    const rows = await queryRows<{ name: string; cron: string; timezone: string }>(
      t.db,
      sql`SELECT name, cron, timezone FROM pgboss.schedule WHERE name = ${NIGHTLY}`,
    );
    expect(rows).toEqual([{ name: NIGHTLY, cron: "30 2 * * *", timezone: "Asia/Ho_Chi_Minh" }]);
    const others = await queryRows(
      t.db,
      sql`SELECT 1 FROM pgboss.schedule WHERE name IN (${ECHO}, ${FAILS})`,
    );
    expect(others).toHaveLength(0);
  });

  it("reports no job-system errors while running", () => {
    expect(systemErrors).toEqual([]);
  });
});
