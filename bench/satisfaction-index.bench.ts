/**
 * Leader dashboard reads of the satisfaction index: from the rollup against the GROUP BY over the raw ratings
 * (the index before the rollup), in the same run, over generated data for a province of 130 communes.
 *   npx tsx bench/satisfaction-index.bench.ts                      (PGlite in memory, 1 M ratings)
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/satisfaction-index.bench.ts
 * PostgreSQL runs in a scratch database it creates and drops. Options: BENCH_RATINGS (1 M on PGlite, 10 M on
 * PostgreSQL), BENCH_REPS (rollup reads per query, 40), BENCH_NAIVE_REPS (raw reads per query, 10),
 * BENCH_KEEP=1 (PostgreSQL: keep the scratch database to EXPLAIN its reads; drop it by hand after).
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import type { IndexQuery, IndexResult } from "@danvan/common";
import pg from "pg";
import { type Database, migrateDatabase, openDatabase, queryRows, sql } from "../server/src/db/client";
import { satisfactionIndex } from "../server/src/modules/satisfaction/indices";
import { rebuildSatisfactionRollup } from "../server/src/modules/satisfaction/rollup";
import { todayVn } from "../server/src/modules/tasks/internal";
import type { Actor } from "../server/src/platform/context";
import { naiveSatisfactionIndex } from "../server/test/modules/satisfaction/naive-index";
import { generateRatings, generateRegion } from "./support/satisfaction-data";

const adminUrl = process.env.BENCH_DATABASE_URL;
const total = Number(process.env.BENCH_RATINGS ?? (adminUrl ? 10_000_000 : 1_000_000));
const reps = Number(process.env.BENCH_REPS ?? 40);
const naiveReps = Number(process.env.BENCH_NAIVE_REPS ?? 10);
const dbName = `danvan_bench_sat_${process.pid}`;

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
const seconds = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Row order among equal n and label is not part of the contract; compare rows by key. */
function byKey(r: IndexResult) {
  return JSON.stringify({ ...r, rows: [...r.rows].sort((a, b) => (a.key ?? "").localeCompare(b.key ?? "")) });
}

async function open(): Promise<{ database: Database; drop(): Promise<void> }> {
  if (!adminUrl) {
    const database = await openDatabase({ memory: true });
    return { database, drop: () => database.close() };
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 2 });
  return {
    database,
    drop: async () => {
      await database.close();
      if (process.env.BENCH_KEEP === "1") {
        console.log(`kept database ${dbName}`);
        await admin.end();
        return;
      }
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    },
  };
}

const { database, drop } = await open();
const db = database.db;
try {
  console.log(
    `engine ${database.kind}, ${total.toLocaleString("en")} ratings, load average at start ${load()}`,
  );
  await migrateDatabase(database);
  const region = await generateRegion(db);
  let t0 = performance.now();
  await generateRatings(db, total, (done) =>
    console.log(`  ${done.toLocaleString("en")} ratings (${seconds(t0)}, load ${load()})`),
  );
  const generation = seconds(t0);
  t0 = performance.now();
  await rebuildSatisfactionRollup(db);
  // VACUUM as autovacuum would after a bulk load: it marks the pages all-visible for index-only reads.
  await db.execute(sql`VACUUM (ANALYZE) satisfaction_rollup`);
  await db.execute(sql`ANALYZE`);
  const fill = seconds(t0);
  const [size] = await queryRows<{ ratings: string; rollup: string; rollupRows: number }>(
    db,
    sql`SELECT pg_size_pretty(pg_total_relation_size('ratings')) AS ratings,
          pg_size_pretty(pg_total_relation_size('satisfaction_rollup')) AS rollup,
          (SELECT count(*)::int FROM satisfaction_rollup) AS "rollupRows"`,
  );
  console.log(
    `generated (keys and indexes rebuilt) in ${generation}; rollup filled and vacuumed in ${fill}: ${size!.rollupRows.toLocaleString("en")} rows`,
  );
  console.log(`sizes with indexes: ratings ${size!.ratings}, rollup ${size!.rollup}`);

  const leader: Actor = {
    id: "00000000-0000-4000-8000-000000000001",
    username: "bench-leader",
    fullName: "Bench leader",
    unitId: region.provinceId,
    grants: [{ id: "bench", role: "leader", unitId: region.provinceId, unitPath: region.provincePath }],
  };
  const to = todayVn();
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - 364 * 86_400_000).toISOString().slice(0, 10);
  const commune = region.communeIds[7]!;
  const cases: [string, IndexQuery][] = [
    ["ranking of communes (province, by unit)", { by: "unit", unitId: region.provinceId, from, to }],
    ["province by officer", { by: "officer", unitId: region.provinceId, from, to }],
    ["province by month", { by: "month", unitId: region.provinceId, from, to }],
    ["province by procedure", { by: "procedure", unitId: region.provinceId, from, to }],
    ["commune by unit", { by: "unit", unitId: commune, from, to }],
    ["commune by officer", { by: "officer", unitId: commune, from, to }],
    ["commune by month", { by: "month", unitId: commune, from, to }],
  ];
  console.log(`queries: the last 12 months (${from} to ${to}); load before reads ${load()}`);
  const rows: Record<string, string | number>[] = [];
  for (const [name, q] of cases) {
    const timed = async (fn: typeof satisfactionIndex, n: number) => {
      const first = await fn(db, leader, q);
      const ms: number[] = [];
      for (let i = 0; i < n; i++) {
        const s = performance.now();
        await fn(db, leader, q);
        ms.push(performance.now() - s);
      }
      return { first, ms };
    };
    const rollup = await timed(satisfactionIndex, reps);
    const naive = await timed(naiveSatisfactionIndex, naiveReps);
    rows.push({
      query: name,
      groups: rollup.first.rows.length,
      n: rollup.first.total.n,
      same: byKey(rollup.first) === byKey(naive.first) ? "yes" : "NO",
      "rollup p50": percentile(rollup.ms, 50).toFixed(1),
      "rollup p95": percentile(rollup.ms, 95).toFixed(1),
      "raw p50": percentile(naive.ms, 50).toFixed(0),
      "raw p95": percentile(naive.ms, 95).toFixed(0),
    });
  }
  console.table(rows);
  console.log(
    `ms; ${reps} rollup and ${naiveReps} raw reads per query after one warm-up; load at end ${load()}`,
  );
} finally {
  await drop();
}
process.exit(0);
