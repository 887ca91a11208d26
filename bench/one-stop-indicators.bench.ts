/**
 * TT 01/2018 indicator reads of the leader's page (unit scores, officials, counted dossiers, the province's
 * communes) through the module's functions, against a GROUP BY over the dossiers' scores (and, for the
 * officials, the grouped query over scores and steps the running sums replaced), over a generated province
 * of 130 communes.
 *   npx tsx bench/one-stop-indicators.bench.ts                      (PGlite in memory, 1 M dossiers)
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/one-stop-indicators.bench.ts
 * PostgreSQL runs in a scratch database it creates and drops. Options: BENCH_DOSSIERS (1 M on PGlite, 10 M on
 * PostgreSQL), BENCH_REPS (reads per query, 40), BENCH_NAIVE_REPS (raw reads per query, 10).
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import {
  type Database,
  type Db,
  migrateDatabase,
  openDatabase,
  queryRows,
  sql,
} from "../server/src/db/client";
import { seedDemo } from "../server/src/db/seed/demo";
import { countedDossiers, unitIndicators } from "../server/src/modules/one-stop/indicators";
import { officialIndicators } from "../server/src/modules/one-stop/official-indicators";
import { subunitIndicators } from "../server/src/modules/one-stop/subunit-indicators";
import { todayVn } from "../server/src/modules/tasks/internal";
import { loadConfig } from "../server/src/platform/config";
import type { Ctx } from "../server/src/platform/context";
import { officialIndicatorsNaive } from "../server/test/modules/one-stop/official-indicators-naive";
import { fillRollups, generateDossiers, generateRegion } from "./one-stop-data";

const adminUrl = process.env.BENCH_DATABASE_URL;
const total = Number(process.env.BENCH_DOSSIERS ?? (adminUrl ? 10_000_000 : 1_000_000));
const reps = Number(process.env.BENCH_REPS ?? 40);
const naiveReps = Number(process.env.BENCH_NAIVE_REPS ?? 10);
const dbName = `danvan_bench_onestop_${process.pid}`;
/** Phường Thái Hòa, whose demo catalogue every generated commune gets. */
const DEMO_UNIT = "16939";
const PER_DOSSIER = ["1", "2", "3", "4", "6", "7"];

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
  // Index rebuilds after the load sort in memory; each connection skips the foreign-key triggers.
  url.searchParams.set(
    "options",
    "-c maintenance_work_mem=512MB -c synchronous_commit=off -c session_replication_role=replica",
  );
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
  return {
    database,
    drop: async () => {
      await database.close();
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** The quarter before the running one (the last complete report) and the running one. */
function periods(today: string) {
  const y = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return { last: q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`, running: `${y}-Q${q}` };
}

/** The per-dossier indicators of some units' quarter straight from the scores: the read the rollups replace. */
async function naiveSums(db: Db, unitIds: string[], period: string) {
  const ids = sql.join(
    unitIds.map((u) => sql`${u}::uuid`),
    sql`, `,
  );
  return queryRows<{ unitId: string; indicator: string; pointsSum: number; dossierCount: number }>(
    db,
    sql`SELECT s.unit_id::text AS "unitId", e.key AS indicator, sum(e.value::int)::int AS "pointsSum",
        count(*)::int AS "dossierCount"
      FROM onestop_dossier_scores s, jsonb_each_text(s.points) e
      WHERE s.unit_id IN (${ids}) AND s.period = ${period} AND e.value IS NOT NULL GROUP BY 1, 2`,
  );
}

const { database, drop } = await open();
const db = database.db;
try {
  const today = todayVn();
  console.log(
    `engine ${database.kind}, ${total.toLocaleString("en")} dossiers, today ${today}, load average at start ${load()}`,
  );
  await migrateDatabase(database);
  const config = {
    ...loadConfig({ ...process.env, LOG_LEVEL: "silent" }),
    dataDir: mkdtempSync(path.join(os.tmpdir(), "danvan-bench-")),
  };
  await seedDemo(db, config);
  const region = await generateRegion(db, DEMO_UNIT);
  let t0 = performance.now();
  const rebuild = await generateDossiers(db, total, today, (done) =>
    console.log(`  ${done.toLocaleString("en")} dossiers (${seconds(t0)}, load ${load()})`),
  );
  const generation = seconds(t0);
  t0 = performance.now();
  await rebuild();
  const indexing = seconds(t0);
  t0 = performance.now();
  await fillRollups(db);
  await db.execute(sql`ANALYZE`);
  const fill = seconds(t0);
  const [size] = await queryRows<Record<string, string | number>>(
    db,
    sql`SELECT (SELECT count(*)::int FROM onestop_dossier_steps) AS steps,
          (SELECT count(*)::int FROM onestop_dossier_scores) AS scores,
          (SELECT count(*)::int FROM onestop_unit_score_rollups) AS "rollupRows",
          (SELECT count(*)::int FROM onestop_official_score_rollups) AS "officialRows",
          pg_size_pretty(pg_total_relation_size('onestop_dossiers')) AS dossiers,
          pg_size_pretty(pg_total_relation_size('onestop_dossier_steps')) AS "stepsSize",
          pg_size_pretty(pg_total_relation_size('onestop_dossier_scores')) AS "scoresSize"`,
  );
  console.log(`generated in ${generation}, indexes rebuilt in ${indexing}, rollups filled in ${fill}`);
  console.log(
    `rows: ${size!.steps} steps, ${size!.scores} scored dossiers, ${size!.rollupRows} unit and ${size!.officialRows} official rollup rows; sizes with indexes: dossiers ${size!.dossiers}, steps ${size!.stepsSize}, scores ${size!.scoresSize}`,
  );
  const mix = await queryRows<{ status: string; n: number }>(
    db,
    sql`SELECT status, count(*)::int AS n FROM onestop_dossiers GROUP BY 1 ORDER BY 2 DESC`,
  );
  console.log(`status mix: ${mix.map((m) => `${m.status} ${m.n}`).join(", ")}`);

  const ctx: Ctx = {
    db,
    config,
    requestId: "bench",
    locale: "vi",
    ip: null,
    actor: {
      id: "00000000-0000-4000-8000-000000000001",
      username: "bench-leader",
      fullName: "Bench leader",
      unitId: region.provinceId,
      grants: [{ id: "bench", role: "leader", unitId: region.provinceId, unitPath: region.provincePath }],
    },
  };
  const { last, running } = periods(today);
  const commune = region.communeIds[7]!;
  const timed = async <T>(fn: () => Promise<T>, n: number) => {
    const first = await fn();
    const ms: number[] = [];
    for (let i = 0; i < n; i++) {
      const s = performance.now();
      await fn();
      ms.push(performance.now() - s);
    }
    return { first, ms };
  };
  const rows: Record<string, string | number>[] = [];
  const row = (query: string, ms: number[], extra: Record<string, string | number> = {}) =>
    rows.push({
      query,
      ...extra,
      p50: percentile(ms, 50).toFixed(1),
      p95: percentile(ms, 95).toFixed(1),
      max: Math.max(...ms).toFixed(1),
    });
  console.log(
    `periods ${last} (last complete quarter) and ${running} (running); load before reads ${load()}`,
  );
  for (const period of [last, running]) {
    const q = { unitId: commune, period };
    const unit = await timed(() => unitIndicators(ctx, q), reps);
    const naive = await timed(() => naiveSums(db, [commune], period), naiveReps);
    const same = PER_DOSSIER.every((i) => {
      const mine = unit.first.indicators.find((x) => String(x.indicator) === i)!;
      const raw = naive.first.find((x) => x.indicator === i);
      return mine.pointsSum === (raw?.pointsSum ?? 0) && mine.dossierCount === (raw?.dossierCount ?? 0);
    });
    const counted = unit.first.indicators.find((x) => x.indicator === 1)!.dossierCount;
    row(`commune ${period}: unitIndicators`, unit.ms, {
      dossiers: counted,
      result: `official ${unit.first.official?.score ?? "-"}, unit ${unit.first.unit?.score ?? "-"}`,
      same: same ? "yes" : "NO",
    });
    row(`commune ${period}: GROUP BY over the scores`, naive.ms, { dossiers: counted });
    const officials = await timed(() => officialIndicators(ctx, q), reps);
    const grouped = await timed(() => officialIndicatorsNaive(ctx, q), naiveReps);
    row(`commune ${period}: officialIndicators`, officials.ms, {
      dossiers: counted,
      result: `${officials.first.items.length} officials`,
      same: JSON.stringify(officials.first) === JSON.stringify(grouped.first) ? "yes" : "NO",
    });
    row(`commune ${period}: officials grouped over scores and steps (before)`, grouped.ms, {
      dossiers: counted,
    });
    const page = await timed(() => countedDossiers(ctx, 1, { ...q, limit: 25 }), reps);
    row(`commune ${period}: counted dossiers, indicator 1, page 1`, page.ms, {
      result: `${page.first.items.length} rows`,
    });
  }
  const subunits = await timed(
    () => subunitIndicators(ctx, { unitId: region.provinceId, period: last }),
    reps,
  );
  const province = await timed(
    async () => {
      const all = [];
      for (const unitId of region.communeIds) {
        all.push(await unitIndicators(ctx, { unitId, period: last }));
      }
      return all;
    },
    Math.max(3, Math.floor(reps / 8)),
  );
  const one = new Map(province.first.map((u) => [u.unitId, u]));
  const sameProvince =
    subunits.first.items.length === region.communeIds.length &&
    subunits.first.items.every((s) => {
      const u = one.get(s.unitId);
      return (
        !!u &&
        JSON.stringify([s.official, s.unit]) === JSON.stringify([u.official, u.unit]) &&
        s.indicators.every((x, k) => {
          const y = u.indicators[k]!;
          return (
            x.indicator === y.indicator &&
            x.score === y.score &&
            x.pointsSum === y.pointsSum &&
            x.dossierCount === y.dossierCount
          );
        })
      );
    });
  row(`province ${last}: subunitIndicators (the communes in one read)`, subunits.ms, {
    result: `${subunits.first.items.length} communes`,
    same: sameProvince ? "yes" : "NO",
  });
  row(`province ${last}: unitIndicators of the 130 communes, one after another`, province.ms);
  const perCommune = province.ms.map((m) => m / region.communeIds.length);
  row(`  the same, per commune`, perCommune);
  const naiveProvince = await timed(() => naiveSums(db, region.communeIds, last), naiveReps);
  row(`province ${last}: GROUP BY over the scores of 130 communes`, naiveProvince.ms);
  console.table(rows);
  console.log(`ms; ${reps} reads per query (raw: ${naiveReps}) after one warm-up; load at end ${load()}`);
} finally {
  await drop();
}
process.exit(0);
