import type { IndexDimension, IndexQuery, IndexResult, IndexRow } from "@danvan/common";
import { and, eq, gte, lte, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../src/db/client";
import { agencies, ratings, staff, units } from "../../../src/db/schema";
import { ruleSetFor } from "../../../src/modules/satisfaction/rules";
import { todayVn } from "../../../src/modules/tasks/internal";
import type { Actor } from "../../../src/platform/context";
import { notFound } from "../../../src/platform/errors";
import { can, inScope } from "../../../src/platform/scope";

/** The key and label of each dimension; officer, agency and procedure may be unknown (null). */
function dimension(by: IndexDimension): { key: SQL; label: SQL } {
  switch (by) {
    case "officer":
      return { key: sql`${ratings.officerId}::text`, label: sql`max(${staff.fullName})` };
    case "unit":
      return { key: sql`${ratings.unitId}::text`, label: sql`max(${units.name})` };
    case "agency":
      return { key: sql`${ratings.agencyId}::text`, label: sql`max(${agencies.name})` };
    case "procedure":
      // Reception visits and petitions have no catalogue procedure; they group by their name, if any.
      return {
        key: sql`coalesce(${ratings.procedureId}::text, ${ratings.procedureName})`,
        label: sql`max(${ratings.procedureName})`,
      };
    case "channel":
      return { key: sql`${ratings.channel}`, label: sql`${ratings.channel}` };
    case "kind":
      return { key: sql`${ratings.kind}`, label: sql`${ratings.kind}` };
    case "month":
      return {
        key: sql`to_char(${ratings.ratedDate}, 'YYYY-MM')`,
        label: sql`to_char(${ratings.ratedDate}, 'YYYY-MM')`,
      };
  }
}

const counts = {
  n: sql<number>`count(*)::int`,
  verySatisfied: sql<number>`(count(*) filter (where ${ratings.level} = 'very_satisfied'))::int`,
  satisfied: sql<number>`(count(*) filter (where ${ratings.level} = 'satisfied'))::int`,
  dissatisfied: sql<number>`(count(*) filter (where ${ratings.level} = 'dissatisfied'))::int`,
  withComment: sql<number>`(count(*) filter (where ${ratings.comment} is not null))::int`,
  openFollowUps: sql<number>`(count(*) filter (where ${ratings.followUpStatus} = 'open'))::int`,
};

type Counts = {
  n: number;
  verySatisfied: number;
  satisfied: number;
  dissatisfied: number;
  withComment: number;
  openFollowUps: number;
};

function toRow(
  c: Counts,
  key: string | null,
  label: string | null,
  scores: Record<string, number>,
): IndexRow {
  const n = Number(c.n);
  const weighted =
    Number(c.verySatisfied) * (scores.very_satisfied ?? 0) +
    Number(c.satisfied) * (scores.satisfied ?? 0) +
    Number(c.dissatisfied) * (scores.dissatisfied ?? 0);
  return {
    key,
    label,
    n,
    verySatisfied: Number(c.verySatisfied),
    satisfied: Number(c.satisfied),
    dissatisfied: Number(c.dissatisfied),
    satisfiedShare: n ? (Number(c.verySatisfied) + Number(c.satisfied)) / n : null,
    score: n ? Math.round((weighted / n) * 10) / 10 : null,
    withComment: Number(c.withComment),
    openFollowUps: Number(c.openFollowUps),
  };
}

/** The index as it was before the rollup: a GROUP BY over the raw ratings on every read (tests, bench). */
export async function naiveSatisfactionIndex(db: Db, actor: Actor, q: IndexQuery): Promise<IndexResult> {
  const where: SQL[] = [inScope(units.path, actor, "satisfaction.read")];
  if (q.unitId) {
    const [u] = await db.select({ path: units.path }).from(units).where(eq(units.id, q.unitId));
    if (!u || !can(actor, "satisfaction.read", u.path)) {
      throw notFound("unit");
    }
    where.push(sql`${units.path} LIKE ${`${u.path}%`}`);
  }
  if (q.from) {
    where.push(gte(ratings.ratedDate, q.from));
  }
  if (q.to) {
    where.push(lte(ratings.ratedDate, q.to));
  }
  const cond = and(...where);
  const d = dimension(q.by);
  const base = () =>
    db
      .select({ ...counts, key: d.key, label: d.label })
      .from(ratings)
      .innerJoin(units, eq(units.id, ratings.unitId))
      .leftJoin(staff, eq(staff.id, ratings.officerId))
      .leftJoin(agencies, eq(agencies.id, ratings.agencyId))
      .where(cond);
  const grouped = await base().groupBy(d.key);
  const [total] = await db
    .select(counts)
    .from(ratings)
    .innerJoin(units, eq(units.id, ratings.unitId))
    .where(cond);
  const rules = await ruleSetFor(db, q.to ?? todayVn());
  const rows = grouped
    .map((g) => toRow(g, g.key as string | null, g.label as string | null, rules.levelScores))
    .sort((a, b) => b.n - a.n || (a.label ?? "").localeCompare(b.label ?? "", "vi"));
  const t = toRow(total!, null, null, rules.levelScores);
  return {
    by: q.by,
    total: t,
    rows: q.by === "month" ? rows.sort((a, b) => (a.key ?? "").localeCompare(b.key ?? "")) : rows,
    rules,
    group766Points:
      t.satisfiedShare === null ? null : Math.round(t.satisfiedShare * rules.group766Max * 100) / 100,
  };
}
