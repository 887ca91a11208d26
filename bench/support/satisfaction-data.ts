/**
 * Set-based generation (generate_series, no row-by-row inserts) of a province with 130 communes, three
 * agencies and ten officers each, 60 procedures, and ratings with their interactions over the last year.
 */
import { type Db, queryRows, sql } from "../../server/src/db/client";

export const COMMUNES = 130;
const OFFICERS = 10;
const PROCEDURES = 60;
const BATCH = 1_000_000;
/** The tables the bulk load writes; their keys and indexes are dropped around it and built once after. */
const LOADED = ["ratings", "rating_interactions"];

export type Region = { provinceId: string; provincePath: string; communeIds: string[] };

export async function generateRegion(db: Db): Promise<Region> {
  const [p] = await queryRows<{ id: string }>(db, sql`SELECT gen_random_uuid()::text AS id`);
  const provinceId = p!.id;
  const provincePath = `/${provinceId}/`;
  await db.execute(sql`INSERT INTO units (id, code, name, type, parent_id, path, depth, valid_from)
    VALUES (${provinceId}, 'BENCH', 'Tỉnh Bench', 'tinh', NULL, ${provincePath}, 0, '2020-01-01')`);
  await db.execute(sql`CREATE TABLE bench_communes AS
    SELECT c, gen_random_uuid() AS id FROM generate_series(0, ${sql.raw(String(COMMUNES - 1))}) c`);
  await db.execute(sql`INSERT INTO units (id, code, name, type, parent_id, path, depth, valid_from)
    SELECT id, 'BX' || c, 'Xã Bench ' || lpad(c::text, 3, '0'), 'xa', ${provinceId}::uuid,
      ${provincePath} || id || '/', 1, '2020-01-01' FROM bench_communes`);
  await db.execute(sql`CREATE TABLE bench_agencies AS
    SELECT c.c, a, gen_random_uuid() AS id, c.id AS unit_id FROM bench_communes c, generate_series(0, 2) a`);
  await db.execute(sql`INSERT INTO agencies (id, unit_id, code, name, kind)
    SELECT id, unit_id, 'BA' || a, (ARRAY['Bộ phận Một cửa', 'Tiếp công dân', 'Địa chính'])[a + 1] || ' ' || c,
      'desk' FROM bench_agencies`);
  await db.execute(sql`CREATE TABLE bench_staff AS
    SELECT c.c, k, gen_random_uuid() AS id, c.id AS unit_id, a.id AS agency_id
    FROM bench_communes c CROSS JOIN generate_series(0, ${sql.raw(String(OFFICERS - 1))}) k
    JOIN bench_agencies a ON a.c = c.c AND a.a = k % 3`);
  await db.execute(sql`INSERT INTO staff (id, username, full_name, unit_id, agency_id, password_hash)
    SELECT id, 'bench_' || c || '_' || k, 'Cán bộ ' || c || '.' || k, unit_id, agency_id, '!' FROM bench_staff`);
  await db.execute(sql`CREATE TABLE bench_procs AS
    SELECT p, gen_random_uuid() AS id, 'Thủ tục hành chính số ' || p AS name
    FROM generate_series(0, ${sql.raw(String(PROCEDURES - 1))}) p`);
  const communes = await queryRows<{ id: string }>(db, sql`SELECT id::text FROM bench_communes ORDER BY c`);
  return { provinceId, provincePath, communeIds: communes.map((c) => c.id) };
}

/**
 * `total` ratings in batches: each officer serves a handful of procedures; communes differ in how many
 * citizens are dissatisfied (2–11%); ratings of the last week still have their follow-up open.
 */
export async function generateRatings(db: Db, total: number, progress: (done: number) => void) {
  const rebuild = await dropKeysAndIndexes(db);
  for (let start = 0; start < total; start += BATCH) {
    const end = Math.min(total, start + BATCH) - 1;
    await db.execute(sql`DROP TABLE IF EXISTS bench_batch`);
    await db.execute(
      sql.raw(`CREATE TABLE bench_batch AS
      WITH r AS (
        SELECT g, random() AS r1, random() AS r2, random() AS r3, random() AS r4,
          floor(random() * ${COMMUNES})::int AS c, floor(random() * ${OFFICERS})::int AS k,
          floor(random() * 8)::int AS pp, floor(random() * 365)::int AS day, floor(random() * 36000)::int AS sec
        FROM generate_series(${start}, ${end}) g
      )
      SELECT gen_random_uuid() AS iid, gen_random_uuid() AS rid, r.g, r.r4, r.day,
        CASE WHEN r1 < 0.8 THEN 'dossier' WHEN r1 < 0.9 THEN 'reception' WHEN r1 < 0.97 THEN 'petition'
          ELSE 'task' END AS kind,
        s.unit_id, CASE WHEN r1 BETWEEN 0.8 AND 0.83 THEN NULL ELSE s.id END AS officer_id,
        CASE WHEN r1 BETWEEN 0.8 AND 0.83 THEN NULL ELSE s.agency_id END AS agency_id,
        CASE WHEN r1 < 0.8 THEN p.id END AS procedure_id,
        CASE WHEN r1 < 0.8 THEN p.name WHEN r1 < 0.9 THEN 'Tiếp công dân thường xuyên' END AS procedure_name,
        CASE WHEN r3 < 0.6 THEN 'kiosk' WHEN r3 < 0.95 THEN 'online' ELSE 'paper' END AS channel,
        CASE WHEN r2 < 0.02 + (r.c % 10) * 0.01 THEN 'dissatisfied' WHEN r2 < 0.5 THEN 'satisfied'
          ELSE 'very_satisfied' END AS level,
        (current_date - 1 - r.day) AS rated_date,
        ((current_date - 1 - r.day)::timestamp + interval '1 hour' + r.sec * interval '1 second')
          AT TIME ZONE 'Asia/Ho_Chi_Minh' AS at
      FROM r
      JOIN bench_staff s ON s.c = r.c AND s.k = r.k
      JOIN bench_procs p ON p.p = (r.k * 6 + r.pp) % ${PROCEDURES}`),
    );
    await db.execute(sql`INSERT INTO rating_interactions
        (id, kind, ref_id, label, unit_id, officer_id, agency_id, procedure_id, procedure_name, finished_at,
         token_hash, expires_at, rated_at)
      SELECT iid, kind, gen_random_uuid(), 'BENCH-' || g, unit_id, officer_id, agency_id, procedure_id,
        procedure_name, at - interval '5 minutes', 'bench-' || iid, at + interval '30 days', at
      FROM bench_batch`);
    await db.execute(sql`INSERT INTO ratings
        (id, interaction_id, unit_id, officer_id, agency_id, procedure_id, procedure_name, kind, channel, level,
         comment, version, rated_date, rated_at, editable_until, follow_up_status)
      SELECT rid, iid, unit_id, officer_id, agency_id, procedure_id, procedure_name, kind, channel, level,
        CASE WHEN level = 'dissatisfied' AND r4 < 0.8 THEN 'Chờ lâu, cán bộ hướng dẫn chưa rõ'
          WHEN r4 < 0.05 THEN 'Cán bộ nhiệt tình' END,
        1, rated_date, at, at + interval '24 hours',
        CASE WHEN level <> 'dissatisfied' THEN 'none' WHEN day < 7 THEN 'open' ELSE 'answered' END
      FROM bench_batch`);
    progress(end + 1);
  }
  await db.execute(sql`DROP TABLE IF EXISTS bench_batch`);
  await rebuild();
}

/**
 * Drops the keys, foreign keys and indexes of the loaded tables (and the foreign keys pointing at them),
 * so each batch is a plain append instead of 10 M random B-tree inserts and per-row foreign-key checks;
 * the returned step recreates them from their own definitions, validating every row as before.
 */
async function dropKeysAndIndexes(db: Db): Promise<() => Promise<void>> {
  const tables = sql.raw(LOADED.map((t) => `'${t}'::regclass`).join(", "));
  const constraints = await queryRows<{ tbl: string; name: string; def: string; fk: boolean }>(
    db,
    sql`SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def,
          contype = 'f' AS fk
        FROM pg_constraint
        WHERE contype IN ('p', 'u', 'f') AND (conrelid IN (${tables}) OR confrelid IN (${tables}))
        ORDER BY contype = 'f' DESC`,
  );
  const indexes = await queryRows<{ name: string; def: string }>(
    db,
    sql`SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS def FROM pg_index
        WHERE indrelid IN (${tables})
          AND indexrelid NOT IN (SELECT conindid FROM pg_constraint WHERE contype IN ('p', 'u'))`,
  );
  for (const c of constraints) {
    await db.execute(sql.raw(`ALTER TABLE ${c.tbl} DROP CONSTRAINT "${c.name}"`));
  }
  for (const i of indexes) {
    await db.execute(sql.raw(`DROP INDEX ${i.name}`));
  }
  return async () => {
    const steps = [
      ...indexes.map((i) => i.def),
      ...[...constraints].reverse().map((c) => `ALTER TABLE ${c.tbl} ADD CONSTRAINT "${c.name}" ${c.def}`),
    ];
    for (const step of steps) {
      await db.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL maintenance_work_mem = '512MB'`);
        await tx.execute(sql.raw(step));
      });
    }
  };
}
