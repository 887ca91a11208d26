/**
 * Set-based generation (generate_series, no row-by-row inserts) of a province of 130 communes, each with the
 * demo catalogue's procedures, three agencies and ten officers, and dossiers filed over the last 13 months
 * with their steps and TT 01/2018 scores. Used by bench/one-stop-indicators.bench.ts.
 */
import { type Db, queryRows, sql } from "../server/src/db/client";

export const COMMUNES = 130;
const OFFICERS = 10;
const DAYS = 395;
const BATCH = 250_000;

export type Region = { provinceId: string; provincePath: string; communeIds: string[] };

/** Tables the dossiers fill; their secondary indexes are dropped for the load and rebuilt after it. */
const LOADED = ["onestop_dossiers", "onestop_dossier_steps", "onestop_dossier_scores"];

/**
 * The province and its communes. Each commune gets the demo catalogue of Phường Thái Hòa (seeded by
 * seedDemo), its steps pointing at the commune's agencies of the same code.
 */
export async function generateRegion(db: Db, demoUnitCode: string): Promise<Region> {
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
    SELECT c.c, a.code, a.kind, a.name, gen_random_uuid() AS id, c.id AS unit_id
    FROM bench_communes c CROSS JOIN (SELECT a.code, a.kind, a.name FROM agencies a
      JOIN units u ON u.id = a.unit_id WHERE u.code = ${demoUnitCode} AND u.valid_to IS NULL) a`);
  await db.execute(sql`INSERT INTO agencies (id, unit_id, code, name, kind)
    SELECT id, unit_id, code, name, kind FROM bench_agencies`);
  await db.execute(sql`CREATE TABLE bench_staff AS
    SELECT c.c, k, gen_random_uuid() AS id, c.id AS unit_id
    FROM bench_communes c CROSS JOIN generate_series(0, ${sql.raw(String(OFFICERS - 1))}) k`);
  await db.execute(sql`INSERT INTO staff (id, username, full_name, unit_id, password_hash)
    SELECT id, 'bench_' || c || '_' || k, 'Cán bộ ' || c || '.' || k, unit_id, '!' FROM bench_staff`);
  // The demo catalogue, numbered by code: 1.001193 birth (0 days, 2 steps), 2.000815 copies (0 days),
  // NA.BT.01 compensation (20 days, offline), NA.DD.01 land-use change (10 days, 3 steps).
  await db.execute(sql`CREATE TABLE bench_procs AS
    SELECT c.c, (row_number() OVER (PARTITION BY c.c ORDER BY p.code) - 1)::int AS k, gen_random_uuid() AS id,
      c.id AS unit_id, p.code, p.name, p.field, p.level, p.processing_days, p.fees, p.documents,
      p.online_level, p.result_document, p.legal_basis, p.effective_from,
      COALESCE((SELECT jsonb_agg(s || jsonb_build_object('agencyId', ba.id) ORDER BY o)
        FROM jsonb_array_elements(p.steps) WITH ORDINALITY AS e(s, o)
        LEFT JOIN agencies da ON da.id = (s->>'agencyId')::uuid
        LEFT JOIN bench_agencies ba ON ba.c = c.c AND ba.code = da.code), '[]'::jsonb) AS steps,
      (SELECT jsonb_agg(jsonb_build_object('key', d->>'key', 'name', d->>'name',
          'form', CASE WHEN (d->>'originals')::int > 0 THEN 'original' ELSE 'copy' END, 'count', 1,
          'fileIds', '[]'::jsonb))
        FROM jsonb_array_elements(p.documents) d WHERE (d->>'required')::boolean) AS filed_documents
    FROM bench_communes c CROSS JOIN onestop_procedures p JOIN units u ON u.id = p.unit_id
    WHERE u.code = ${demoUnitCode} AND u.valid_to IS NULL`);
  await db.execute(sql`INSERT INTO onestop_procedures (id, unit_id, code, name, field, level, processing_days,
      fees, documents, online_level, steps, result_document, legal_basis, effective_from)
    SELECT id, unit_id, code, name, field, level, processing_days, fees, documents, online_level, steps,
      result_document, legal_basis, effective_from FROM bench_procs`);
  await db.execute(sql`ANALYZE bench_communes, bench_agencies, bench_staff, bench_procs`);
  const communes = await queryRows<{ id: string }>(db, sql`SELECT id::text FROM bench_communes ORDER BY c`);
  return { provinceId, provincePath, communeIds: communes.map((c) => c.id) };
}

async function dropSecondaryIndexes(db: Db) {
  const list = sql.join(
    LOADED.map((t) => sql`${t}`),
    sql`, `,
  );
  const indexes = await queryRows<{ name: string; def: string }>(
    db,
    sql`SELECT indexname AS name, indexdef AS def FROM pg_indexes
      WHERE tablename IN (${list}) AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
  );
  for (const i of indexes) {
    await db.execute(sql.raw(`DROP INDEX ${i.name}`));
  }
  return indexes;
}

/**
 * `total` dossiers in batches, filed over the last 13 months. Intake: 2 % refused, 1 % withdrawn, 10 % asked
 * once for a supplement; a third of the filings for online procedures come online. Results: 55 % early, 33 %
 * on time, 12 % late (0-day procedures cannot be early), returned 0–2 days after they are ready; what is not
 * ready by today is still open. Returned dossiers are scored as score-dossier.ts does, with the same points.
 */
export async function generateDossiers(
  db: Db,
  total: number,
  today: string,
  progress: (done: number) => void,
) {
  // Foreign keys are checked by triggers; the generated rows reference rows made above.
  await db.execute(sql`SET session_replication_role = replica`);
  const indexes = await dropSecondaryIndexes(db);
  for (let start = 0; start < total; start += BATCH) {
    const end = Math.min(total, start + BATCH) - 1;
    await db.execute(sql`DROP TABLE IF EXISTS bench_batch`);
    await db.execute(
      sql.raw(`CREATE TABLE bench_batch AS
      WITH r AS (
        SELECT g, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5,
          random() AS r6, random() AS r7, random() AS r8, floor(random() * ${COMMUNES})::int AS c,
          ('${today}'::date - floor(random() * ${DAYS})::int) AS filed
        FROM generate_series(${start}, ${end}) g
      ), f AS (
        SELECT r.*, p.id AS procedure_id, p.unit_id, p.processing_days AS days, p.online_level,
          jsonb_array_length(p.steps) AS steps, p.filed_documents,
          p.online_level <> 'none' AND r4 < 0.35 AS online, r2 < 0.02 AS refused,
          r2 >= 0.02 AND r2 < 0.03 AS withdrawn, r3 < 0.10 AS supp,
          p.processing_days > 0 AND r5 < 0.03 AS sent_back,
          CASE WHEN r6 < 0.55 AND p.processing_days > 0 THEN 'early' WHEN r6 < 0.88 THEN 'on_time'
            ELSE 'late' END AS t
        FROM r JOIN bench_procs p ON p.c = r.c AND p.k = CASE WHEN r1 < 0.40 THEN 0 WHEN r1 < 0.75 THEN 1
          WHEN r1 < 0.80 THEN 2 ELSE 3 END
      ), d AS (
        SELECT f.*, filed + (CASE WHEN online THEN 1 ELSE 0 END) + (CASE WHEN supp THEN 3 ELSE 0 END) AS received
        FROM f
      ), e AS (
        SELECT d.*, received + days AS due,
          received + CASE t WHEN 'early' THEN floor(days * (0.4 + 0.5 * r7))::int WHEN 'on_time' THEN days
            ELSE days + 1 + floor(r7 * 10)::int END AS ready
        FROM d
      )
      SELECT e.*, gen_random_uuid() AS id, ready + floor(r8 * 3)::int AS returned, r8 < 0.003 AS complaint,
        CASE WHEN withdrawn THEN 'withdrawn' WHEN refused THEN 'refused'
          WHEN received > '${today}' THEN CASE WHEN supp THEN 'supplement_requested' WHEN online THEN 'new'
            ELSE 'checking' END
          WHEN ready > '${today}' THEN 'processing'
          WHEN ready + floor(r8 * 3)::int > '${today}' THEN 'result_ready' ELSE 'returned' END AS status
      FROM e`),
    );
    await db.execute(sql`INSERT INTO onestop_dossiers (id, code, unit_id, procedure_id, processing_days, channel,
        status, applicant_kind, applicant_name, applicant_identifier, applicant_address, documents, filed_date,
        checked_by, supplement_count, supplement_requested_date, refused_date, refusal_reason, received_date,
        received_by, clock_start_date, appointment_date, original_appointment_date, current_step_no, handler_id,
        processing_return_count, decision, result_ready_date, timeliness, returned_date, withdrawn_date,
        withdraw_reason, conduct_complaint, pin_hash, created_at, updated_at)
      SELECT b.id, 'BX' || b.c || '-' || to_char(filed, 'YYMMDD') || '-' || g, b.unit_id, procedure_id, days,
        CASE WHEN online THEN 'online' ELSE 'counter' END, status, 'person',
        (ARRAY['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em'])[1 + g % 5],
        lpad((40000000000 + g)::text, 12, '0'), 'Xóm ' || (1 + g % 12) || ', Xã Bench ' || b.c,
        filed_documents, filed, clerk.id, CASE WHEN supp THEN 1 ELSE 0 END,
        CASE WHEN supp THEN filed + 1 END, CASE WHEN refused THEN filed + 1 END,
        CASE WHEN refused THEN 'Hồ sơ không thuộc thẩm quyền giải quyết' END,
        CASE WHEN status NOT IN ('withdrawn', 'refused', 'new', 'checking', 'supplement_requested') THEN received END,
        CASE WHEN status NOT IN ('withdrawn', 'refused', 'new', 'checking', 'supplement_requested') THEN clerk.id END,
        CASE WHEN status NOT IN ('withdrawn', 'refused', 'new', 'checking', 'supplement_requested') THEN received END,
        CASE WHEN status NOT IN ('withdrawn', 'refused', 'new', 'checking', 'supplement_requested') THEN due END,
        CASE WHEN status NOT IN ('withdrawn', 'refused', 'new', 'checking', 'supplement_requested') THEN due END,
        CASE WHEN status = 'processing' THEN steps END, CASE WHEN status = 'processing' THEN handler.id END,
        CASE WHEN sent_back THEN 1 ELSE 0 END,
        CASE WHEN status IN ('result_ready', 'returned') THEN 'granted' END,
        CASE WHEN status IN ('result_ready', 'returned') THEN ready END,
        CASE WHEN status IN ('result_ready', 'returned') THEN t END,
        CASE WHEN status = 'returned' THEN returned END, CASE WHEN withdrawn THEN filed + 2 END,
        CASE WHEN withdrawn THEN 'Người nộp rút hồ sơ' END, complaint, '!',
        filed::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh', filed::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
      FROM bench_batch b
      JOIN bench_staff clerk ON clerk.c = b.c AND clerk.k = g % 3
      JOIN bench_staff handler ON handler.c = b.c AND handler.k = 3 + g % 7`);
    // Steps of the round that produced the result; early dossiers have every step early, late ones a late last step.
    await db.execute(sql`INSERT INTO onestop_dossier_steps (id, dossier_id, unit_id, round, step_no, name,
        agency_id, budget_days, status, handler_id, started_date, due_date, completed_date, completed_by,
        timeliness, created_at)
      SELECT gen_random_uuid(), b.id, b.unit_id, 1, n, s->>'name', (s->>'agencyId')::uuid, (s->>'days')::int,
        CASE WHEN b.status <> 'processing' OR n < b.steps THEN 'done' ELSE 'active' END, officer.id,
        received + (ready - received) * (n - 1) / b.steps, received + days * n / b.steps,
        CASE WHEN b.status <> 'processing' OR n < b.steps
          THEN LEAST(received + (ready - received) * n / b.steps, '${sql.raw(today)}'::date) END,
        CASE WHEN b.status <> 'processing' OR n < b.steps THEN officer.id END,
        CASE WHEN b.status = 'processing' AND n = b.steps THEN NULL WHEN t = 'early' THEN 'early'
          WHEN t = 'late' AND n = b.steps THEN 'late' WHEN t = 'on_time' AND n > 1 THEN 'early' ELSE 'on_time' END,
        received::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
      FROM bench_batch b
      JOIN bench_procs p ON p.id = b.procedure_id
      CROSS JOIN LATERAL jsonb_array_elements(p.steps) WITH ORDINALITY AS e(s, o)
      CROSS JOIN LATERAL (SELECT o::int AS n) AS nn
      JOIN bench_staff officer ON officer.c = b.c AND officer.k = 3 + (g + n) % 7
      WHERE b.status IN ('processing', 'result_ready', 'returned')`);
    // dossierPoints() in SQL: 1 by timeliness, 2 by the steps above, 3 by contacts, 4 by channel, 6 published
    // and posted, 7 by conduct.
    await db.execute(sql`INSERT INTO onestop_dossier_scores (dossier_id, unit_id, period, points, computed_at)
      SELECT id, unit_id, to_char(returned, 'YYYY') || '-Q' || to_char(returned, 'Q'),
        jsonb_build_object(
          '1', CASE t WHEN 'early' THEN 2 WHEN 'on_time' THEN 1 ELSE 0 END,
          '2', CASE t WHEN 'early' THEN 2 WHEN 'on_time' THEN 1 ELSE 0 END,
          '3', CASE (CASE WHEN supp THEN 1 ELSE 0 END) + (CASE WHEN sent_back THEN 1 ELSE 0 END)
            WHEN 0 THEN 2 WHEN 1 THEN 1 ELSE 0 END,
          '4', CASE WHEN online AND online_level = 'full' THEN 2 ELSE 1 END,
          '6', 2,
          '7', CASE WHEN complaint THEN 0 WHEN t = 'early' THEN 2 ELSE 1 END),
        returned::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
      FROM bench_batch WHERE status = 'returned'`);
    progress(end + 1);
  }
  await db.execute(sql`DROP TABLE IF EXISTS bench_batch`);
  await db.execute(sql`SET session_replication_role = DEFAULT`);
  return async () => {
    for (const i of indexes) {
      await db.execute(sql.raw(i.def));
    }
  };
}

/**
 * The running sums score-dossier.ts keeps, filled at once from the scores: the unit's (rows 90/91: online,
 * late online) and each official's (1, 2, 3, 4, 7 and row 92: dossiers received or processed).
 */
export async function fillRollups(db: Db) {
  await db.execute(sql`INSERT INTO onestop_unit_score_rollups (unit_id, period, indicator, points_sum, dossier_count)
    SELECT unit_id, period, key::int, sum(value::int), count(*)
    FROM onestop_dossier_scores, jsonb_each_text(points)
    WHERE value IS NOT NULL AND unit_id IN (SELECT id FROM bench_communes) GROUP BY 1, 2, 3
    UNION ALL
    SELECT s.unit_id, s.period, 90, count(*) FILTER (WHERE d.channel = 'online'), count(*)
    FROM onestop_dossier_scores s JOIN onestop_dossiers d ON d.id = s.dossier_id
    WHERE s.unit_id IN (SELECT id FROM bench_communes) GROUP BY 1, 2
    UNION ALL
    SELECT s.unit_id, s.period, 91, count(*) FILTER (WHERE d.channel = 'online' AND d.timeliness = 'late'),
      count(*) FILTER (WHERE d.channel = 'online')
    FROM onestop_dossier_scores s JOIN onestop_dossiers d ON d.id = s.dossier_id
    WHERE s.unit_id IN (SELECT id FROM bench_communes) GROUP BY 1, 2`);
  await db.execute(sql`INSERT INTO onestop_official_score_rollups
      (unit_id, period, staff_id, indicator, points_sum, dossier_count)
    WITH scored AS (
      SELECT s.dossier_id, s.unit_id, s.period, s.points, d.received_by, d.round FROM onestop_dossier_scores s
      JOIN onestop_dossiers d ON d.id = s.dossier_id WHERE s.unit_id IN (SELECT id FROM bench_communes)
    ), people AS (
      SELECT dossier_id, received_by AS staff_id FROM scored WHERE received_by IS NOT NULL
      UNION
      SELECT st.dossier_id, st.completed_by FROM scored
      JOIN onestop_dossier_steps st ON st.dossier_id = scored.dossier_id AND st.round = scored.round
      WHERE st.completed_by IS NOT NULL
    )
    SELECT s.unit_id, s.period, p.staff_id, e.key::int, sum(e.value::int), count(*)
    FROM people p JOIN scored s ON s.dossier_id = p.dossier_id CROSS JOIN LATERAL jsonb_each_text(s.points) e
    WHERE e.key IN ('1', '2', '3', '4', '7') AND e.value IS NOT NULL GROUP BY 1, 2, 3, 4
    UNION ALL
    SELECT s.unit_id, s.period, p.staff_id, 92, 0, count(*)
    FROM people p JOIN scored s ON s.dossier_id = p.dossier_id GROUP BY 1, 2, 3`);
}
