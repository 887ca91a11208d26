/**
 * Public petition API on PostgreSQL against bare routes in the same process and run.
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/petitions-api.bench.ts
 * Creates (and drops) a scratch database. The load runs in a child process (support/api-load.mjs), where
 * each full path and its bare route take turns in one-second slices. Options: BENCH_SECONDS (10 per route),
 * BENCH_CONNECTIONS (50).
 *
 * Full path: POST /api/public/v1/petitions (validation, idempotency key, the day's code, deadline from
 * the rule in force, sealed identity, timeline, audit event, outbox notices and the key's answer, written
 * by one statement shared with the filings that arrive together) and
 * GET /api/public/v1/petitions/{code} with X-Tracking-Pin (rate limit, PIN check, presenter).
 * Bare: a Hono route on the same pool doing one INSERT, and one SELECT by the unique code.
 */
import { sql } from "drizzle-orm";
import { printResults, runLoad, startApiBench } from "./support/api-bench";

const bench = await startApiBench(
  `danvan_bench_${process.pid}`,
  "petitions",
  (code) => sql`SELECT id, code, status FROM petitions WHERE code = ${code}`,
);
try {
  const units = (await (await fetch(`${bench.appBase}/api/public/v1/petitions/units`)).json()) as {
    items: { id: string }[];
  };
  const results = await runLoad({
    app: bench.appBase,
    bare: bench.bareBase,
    resource: "petitions",
    params: { unitId: units.items[0]!.id },
  });
  printResults(results, { create: "≥ 50%", status: "≥ 80%" });
} finally {
  await bench.close();
}
process.exit(0);
