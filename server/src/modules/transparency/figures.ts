import type { TransparencyFigures } from "@danvan/common";
import { type SQL, sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client";
import { dossiers, petitions, ratings, units } from "../../db/schema";

/** `key` is the child unit the row falls under, or null (the unit's own rows); `total` marks the sum. */
type Keyed<T> = T & { key: string | null; total: boolean };

type Period = { unitId: string; path: string; from: string; to: string };

/**
 * One pass per table over the unit's subtree: the grand total and, through GROUPING SETS, one row per
 * direct child whose path holds the row's unit.
 */
function bySubtree<T>(db: Db, p: Period, table: SQL, unitCol: SQL, where: SQL, counts: SQL) {
  return queryRows<Keyed<T>>(
    db,
    sql`SELECT c.id::text AS key, (GROUPING(c.id) = 1) AS total, ${counts}
        FROM ${table} JOIN ${units} u ON u.id = ${unitCol}
        LEFT JOIN ${units} c ON c.parent_id = ${p.unitId} AND u.path LIKE c.path || '%'
        WHERE u.path LIKE ${`${p.path}%`} AND ${where}
        GROUP BY GROUPING SETS ((c.id), ())`,
  );
}

type RatingCounts = { n: number; very: number; sat: number; dis: number };
type DossierCounts = { n: number; early: number; on_time: number; late: number };
type PetitionCounts = { accepted: number; resolved: number; on_time: number };

const share = (part: number, n: number) => (n > 0 ? Math.round((part / n) * 10_000) / 10_000 : null);

export type FigureMaps = { total: TransparencyFigures; child: (unitId: string) => TransparencyFigures };

/**
 * Satisfaction (ratings given in the period), on-time results (dossiers whose result was ready in the
 * period, against the appointment in force, stored then) and petition handling (of those accepted in the
 * period, the share resolved by its end, and on time) for a unit's subtree and each direct child.
 */
export async function figuresOf(db: Db, p: Period, levelScores: Record<string, number>): Promise<FigureMaps> {
  const ratingRows = await bySubtree<RatingCounts>(
    db,
    p,
    sql`${ratings}`,
    sql`${ratings.unitId}`,
    sql`${ratings.ratedDate} BETWEEN ${p.from} AND ${p.to}`,
    sql`count(*)::int AS n,
        (count(*) FILTER (WHERE ${ratings.level} = 'very_satisfied'))::int AS very,
        (count(*) FILTER (WHERE ${ratings.level} = 'satisfied'))::int AS sat,
        (count(*) FILTER (WHERE ${ratings.level} = 'dissatisfied'))::int AS dis`,
  );
  const dossierRows = await bySubtree<DossierCounts>(
    db,
    p,
    sql`${dossiers}`,
    sql`${dossiers.unitId}`,
    sql`${dossiers.resultReadyDate} BETWEEN ${p.from} AND ${p.to} AND ${dossiers.timeliness} IS NOT NULL`,
    sql`count(*)::int AS n,
        (count(*) FILTER (WHERE ${dossiers.timeliness} = 'early'))::int AS early,
        (count(*) FILTER (WHERE ${dossiers.timeliness} = 'on_time'))::int AS on_time,
        (count(*) FILTER (WHERE ${dossiers.timeliness} = 'late'))::int AS late`,
  );
  const resolvedBy = sql`${petitions.resolvedDate} <= ${p.to}`;
  const petitionRows = await bySubtree<PetitionCounts>(
    db,
    p,
    sql`${petitions}`,
    sql`${petitions.unitId}`,
    sql`${petitions.acceptedDate} BETWEEN ${p.from} AND ${p.to}`,
    sql`count(*)::int AS accepted,
        (count(*) FILTER (WHERE ${resolvedBy}))::int AS resolved,
        (count(*) FILTER (WHERE ${resolvedBy} AND ${petitions.resolvedOnTime}))::int AS on_time`,
  );

  const figures = (key: string | null, total: boolean): TransparencyFigures => {
    const find = <T>(rows: Keyed<T>[]) => rows.find((r) => r.total === total && (total || r.key === key));
    const r = find(ratingRows);
    const d = find(dossierRows);
    const pe = find(petitionRows);
    const n = r?.n ?? 0;
    const weighted =
      (r?.very ?? 0) * (levelScores.very_satisfied ?? 0) +
      (r?.sat ?? 0) * (levelScores.satisfied ?? 0) +
      (r?.dis ?? 0) * (levelScores.dissatisfied ?? 0);
    const dn = d?.n ?? 0;
    const accepted = pe?.accepted ?? 0;
    const resolved = pe?.resolved ?? 0;
    return {
      satisfaction: {
        n,
        verySatisfied: r?.very ?? 0,
        satisfied: r?.sat ?? 0,
        dissatisfied: r?.dis ?? 0,
        satisfiedShare: share((r?.very ?? 0) + (r?.sat ?? 0), n),
        score: n ? Math.round((weighted / n) * 10) / 10 : null,
      },
      dossiers: {
        n: dn,
        early: d?.early ?? 0,
        onTime: d?.on_time ?? 0,
        late: d?.late ?? 0,
        onTimeShare: share((d?.early ?? 0) + (d?.on_time ?? 0), dn),
      },
      petitions: {
        accepted,
        resolved,
        resolvedOnTime: pe?.on_time ?? 0,
        handlingRate: share(resolved, accepted),
        onTimeRate: share(pe?.on_time ?? 0, resolved),
      },
    };
  };

  return { total: figures(null, true), child: (unitId: string) => figures(unitId, false) };
}
