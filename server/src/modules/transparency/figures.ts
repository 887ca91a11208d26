import type { TransparencyFigures } from "@danvan/common";
import { inArray, type SQL, sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client";
import { dossiers, petitions, ratings, units } from "../../db/schema";
import { predecessorsInto, type ReportingUnit, reportingUnits } from "../directory";

/** `key` is the unit the rows belong to. */
type Keyed<T> = T & { key: string; path: string };

type Period = { unitId: string; path: string; from: string; to: string; predecessors: string[] };

/** One pass per table over the unit's subtree and the units merged into it, one row per unit that has any. */
function bySubtree<T>(db: Db, p: Period, table: SQL, unitCol: SQL, where: SQL, counts: SQL) {
  const inSubtree = sql`u.path LIKE ${`${p.path}%`}`;
  const scope = p.predecessors.length
    ? sql`(${inSubtree} OR ${inArray(sql`u.id`, p.predecessors)})`
    : inSubtree;
  return queryRows<Keyed<T>>(
    db,
    sql`SELECT u.id::text AS key, u.path AS path, ${counts}
        FROM ${table} JOIN ${units} u ON u.id = ${unitCol}
        WHERE ${scope} AND ${where}
        GROUP BY u.id, u.path`,
  );
}

/**
 * Adds each unit's counts into the direct child of the report's unit it lies under today: a merged
 * unit's rows count under its current successor; "" collects the grand total.
 */
function fold<T extends Record<string, unknown>>(
  rows: Keyed<T>[],
  p: Period,
  moved: Map<string, ReportingUnit>,
): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  const add = (key: string, r: Keyed<T>) => {
    const acc = out.get(key) ?? out.set(key, {}).get(key)!;
    for (const [k, v] of Object.entries(r)) {
      if (k !== "key" && k !== "path") {
        acc[k] = (acc[k] ?? 0) + Number(v ?? 0);
      }
    }
  };
  for (const r of rows) {
    const path = moved.get(r.key)?.path ?? r.path;
    const child = path.slice(p.path.length).split("/").filter(Boolean)[0];
    add("", r);
    if (child) {
      add(child, r);
    }
  }
  return out;
}

type RatingCounts = { n: number; very: number; sat: number; dis: number };
type DossierCounts = { n: number; early: number; on_time: number; late: number };
type PetitionCounts = { accepted: number; resolved: number; on_time: number };

const share = (part: number, n: number) => (n > 0 ? Math.round((part / n) * 10_000) / 10_000 : null);

export type FigureMaps = { total: TransparencyFigures; child: (unitId: string) => TransparencyFigures };

/**
 * Satisfaction (ratings given in the period), on-time results (dossiers whose result was ready in the
 * period, against the appointment in force, stored then) and petition handling (of those accepted in the
 * period, the share resolved by its end, and on time) for a unit's subtree and each direct child, with
 * the rows of merged units counted under their successors, also when a successor's own page is asked for
 * (successors resolved once for all three tables).
 */
export async function figuresOf(
  db: Db,
  period: Omit<Period, "predecessors">,
  levelScores: Record<string, number>,
): Promise<FigureMaps> {
  const merged = await predecessorsInto(db, period.path);
  const p: Period = { ...period, predecessors: [...merged.keys()] };
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

  const moved = await reportingUnits(
    db,
    [...ratingRows, ...dossierRows, ...petitionRows].map((r) => r.key),
    p.path,
  );
  const ratingsBy = fold(ratingRows, p, moved);
  const dossiersBy = fold(dossierRows, p, moved);
  const petitionsBy = fold(petitionRows, p, moved);

  const figures = (key: string): TransparencyFigures => {
    const r = ratingsBy.get(key) as RatingCounts | undefined;
    const d = dossiersBy.get(key) as DossierCounts | undefined;
    const pe = petitionsBy.get(key) as PetitionCounts | undefined;
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

  return { total: figures(""), child: (unitId: string) => figures(unitId) };
}
