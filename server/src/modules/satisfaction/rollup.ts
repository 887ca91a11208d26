import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client";
import { satisfactionRollup } from "../../db/schema";
import type { RatingRow } from "./internal";
import { monthStart } from "./rollup-periods";

/** The dimensions an index groups by; `unit` rows count the unit itself (also the months and totals). */
export const ROLLUP_DIMS = ["unit", "officer", "agency", "procedure", "channel", "kind"] as const;
export type RollupDim = (typeof ROLLUP_DIMS)[number];

/** What a rating contributes to the rollup; any other column may change without touching it. */
export type RollupSource = Pick<
  RatingRow,
  | "ratedDate"
  | "unitId"
  | "officerId"
  | "agencyId"
  | "procedureId"
  | "procedureName"
  | "channel"
  | "kind"
  | "level"
  | "comment"
  | "followUpStatus"
>;

type Cell = typeof satisfactionRollup.$inferInsert & {
  n: number;
  verySatisfied: number;
  satisfied: number;
  dissatisfied: number;
  withComment: number;
  openFollowUps: number;
};

function keyOf(r: RollupSource, dim: RollupDim): { key: string | null; label: string | null } {
  switch (dim) {
    case "unit":
      return { key: null, label: null };
    case "officer":
      return { key: r.officerId, label: null };
    case "agency":
      return { key: r.agencyId, label: null };
    case "procedure":
      // Reception visits and petitions have no catalogue procedure; they count under their name, if any.
      return { key: r.procedureId ?? r.procedureName, label: r.procedureName };
    case "channel":
      return { key: r.channel, label: null };
    case "kind":
      return { key: r.kind, label: null };
  }
}

function cellsOf(r: RollupSource, sign: 1 | -1): Cell[] {
  const counts = {
    n: sign,
    verySatisfied: r.level === "very_satisfied" ? sign : 0,
    satisfied: r.level === "satisfied" ? sign : 0,
    dissatisfied: r.level === "dissatisfied" ? sign : 0,
    withComment: r.comment !== null ? sign : 0,
    openFollowUps: r.followUpStatus === "open" ? sign : 0,
  };
  const periods = [
    { grain: "day", period: r.ratedDate },
    { grain: "month", period: monthStart(r.ratedDate) },
  ];
  return periods.flatMap((p) =>
    ROLLUP_DIMS.map((dim) => ({ dim, ...p, unitId: r.unitId, ...keyOf(r, dim), ...counts })),
  );
}

const COUNT_FIELDS = [
  "n",
  "verySatisfied",
  "satisfied",
  "dissatisfied",
  "withComment",
  "openFollowUps",
] as const;

/**
 * Moves a rating's counts from what it was to what it is, in the caller's transaction: null before is a
 * new rating, an edit moves its vote between levels (and channels). Cells are written in one sorted
 * statement, so two ratings of a unit lock its rows in the same order and never deadlock.
 */
export async function applyRatingChange(
  tx: Db,
  before: RollupSource | null,
  after: RollupSource | null,
): Promise<void> {
  const merged = new Map<string, Cell>();
  for (const c of [...(before ? cellsOf(before, -1) : []), ...(after ? cellsOf(after, 1) : [])]) {
    const id = [c.dim, c.grain, c.period, c.unitId, c.key ?? "\u0000"].join("\u0001");
    const seen = merged.get(id);
    if (!seen) {
      merged.set(id, c);
      continue;
    }
    for (const f of COUNT_FIELDS) {
      seen[f] += c[f];
    }
    seen.label = c.label ?? seen.label;
  }
  const cells = [...merged.entries()]
    .filter(([, c]) => COUNT_FIELDS.some((f) => c[f] !== 0))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, c]) => c);
  if (cells.length === 0) {
    return;
  }
  const t = satisfactionRollup;
  const add = (col: (typeof t)[(typeof COUNT_FIELDS)[number]]) =>
    sql`${col} + excluded.${sql.identifier(col.name)}`;
  await tx
    .insert(t)
    .values(cells)
    .onConflictDoUpdate({
      target: [t.dim, t.grain, t.period, t.unitId, t.key],
      set: {
        n: add(t.n),
        verySatisfied: add(t.verySatisfied),
        satisfied: add(t.satisfied),
        dissatisfied: add(t.dissatisfied),
        withComment: add(t.withComment),
        openFollowUps: add(t.openFollowUps),
        label: sql`greatest(${t.label}, excluded.label)`,
      },
    });
}

/**
 * Recounts the whole rollup from the ratings: for seeds and bulk loads that write `ratings` directly.
 * One month of ratings at a time: its days from the ratings, then its month from those days (a tenth of
 * the rows). Grouping the whole table in one statement spilled gigabytes to disk at 10 M ratings; a
 * month's groups fit in memory. All months in one transaction, so readers see the old or the new counts.
 */
export async function rebuildSatisfactionRollup(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL work_mem = '256MB'`);
    await tx.execute(sql`DELETE FROM satisfaction_rollup`);
    const months = await queryRows<{ m: string }>(
      tx,
      sql`SELECT DISTINCT date_trunc('month', rated_date)::date::text AS m FROM ratings ORDER BY 1`,
    );
    for (const { m } of months) {
      const range = sql`r.rated_date >= ${m}::date AND r.rated_date < (${m}::date + interval '1 month')::date`;
      await tx.execute(sql`${sql.raw(ROLLUP_DAYS_SQL)} WHERE ${range} ${sql.raw(ROLLUP_DAYS_GROUP)}`);
      await tx.execute(sql`${sql.raw(ROLLUP_MONTHS_SQL)} AND period >= ${m}::date
        AND period < (${m}::date + interval '1 month')::date ${sql.raw(ROLLUP_MONTHS_GROUP)}`);
    }
  });
}

const ROLLUP_COLUMNS = `(dim, grain, period, unit_id, key, label, n, very_satisfied, satisfied, dissatisfied,
  with_comment, open_follow_ups)`;

const ROLLUP_DAYS_SQL = `INSERT INTO satisfaction_rollup ${ROLLUP_COLUMNS}
SELECT d.dim, 'day', r.rated_date, r.unit_id, d.key, max(d.label), count(*)::int,
  (count(*) FILTER (WHERE r.level = 'very_satisfied'))::int,
  (count(*) FILTER (WHERE r.level = 'satisfied'))::int,
  (count(*) FILTER (WHERE r.level = 'dissatisfied'))::int,
  (count(*) FILTER (WHERE r.comment IS NOT NULL))::int,
  (count(*) FILTER (WHERE r.follow_up_status = 'open'))::int
FROM ratings r
CROSS JOIN LATERAL (VALUES
  ('unit', NULL::text, NULL::text),
  ('officer', r.officer_id::text, NULL),
  ('agency', r.agency_id::text, NULL),
  ('procedure', coalesce(r.procedure_id::text, r.procedure_name), r.procedure_name),
  ('channel', r.channel, NULL),
  ('kind', r.kind, NULL)
) AS d(dim, key, label)`;
const ROLLUP_DAYS_GROUP = "GROUP BY d.dim, r.rated_date, r.unit_id, d.key";

const ROLLUP_MONTHS_SQL = `INSERT INTO satisfaction_rollup ${ROLLUP_COLUMNS}
SELECT dim, 'month', date_trunc('month', period)::date, unit_id, key, max(label), sum(n)::int,
  sum(very_satisfied)::int, sum(satisfied)::int, sum(dissatisfied)::int, sum(with_comment)::int,
  sum(open_follow_ups)::int
FROM satisfaction_rollup
WHERE grain = 'day'`;
const ROLLUP_MONTHS_GROUP = "GROUP BY dim, date_trunc('month', period)::date, unit_id, key";
