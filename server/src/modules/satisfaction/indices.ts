import type { IndexDimension, IndexQuery, IndexResult, IndexRow } from "@danvan/common";
import { and, eq, gte, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { agencies, satisfactionRollup, staff, units } from "../../db/schema";
import type { Actor } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { can, inScope } from "../../platform/scope";
import { todayVn } from "../tasks/internal";
import type { RollupDim } from "./rollup";
import { rollupParts } from "./rollup-periods";
import { ruleSetFor } from "./rules";

const r = satisfactionRollup;
/** One collator for the whole sort: `localeCompare(…, "vi")` builds one per comparison. */
const collator = new Intl.Collator("vi");

/** Which rollup rows answer a dimension, and the group key and label read from them. */
function dimension(by: IndexDimension): { dim: RollupDim; key: SQL; label: SQL } {
  switch (by) {
    case "unit":
      return { dim: "unit", key: sql`${r.unitId}::text`, label: sql`max(${units.name})` };
    case "month":
      return {
        dim: "unit",
        key: sql`to_char(${r.period}, 'YYYY-MM')`,
        label: sql`to_char(${r.period}, 'YYYY-MM')`,
      };
    case "procedure":
      return { dim: "procedure", key: sql`${r.key}`, label: sql`max(${r.label})` };
    case "officer":
    case "agency":
    case "channel":
    case "kind":
      return { dim: by, key: sql`${r.key}`, label: sql`${r.key}` };
  }
}

const counts = {
  n: sql<number>`sum(${r.n})::int`,
  verySatisfied: sql<number>`sum(${r.verySatisfied})::int`,
  satisfied: sql<number>`sum(${r.satisfied})::int`,
  dissatisfied: sql<number>`sum(${r.dissatisfied})::int`,
  withComment: sql<number>`sum(${r.withComment})::int`,
  openFollowUps: sql<number>`sum(${r.openFollowUps})::int`,
};

type Counts = Omit<IndexRow, "key" | "label" | "satisfiedShare" | "score">;
const ZERO: Counts = {
  n: 0,
  verySatisfied: 0,
  satisfied: 0,
  dissatisfied: 0,
  withComment: 0,
  openFollowUps: 0,
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

/** The daily and monthly rollup rows that cover [from, to] exactly once. */
function periodsOf(q: IndexQuery): SQL {
  const parts = rollupParts(q.from, q.to).map((p) =>
    and(
      eq(r.grain, p.grain),
      p.gte ? gte(r.period, p.gte) : undefined,
      p.lt ? lt(r.period, p.lt) : undefined,
    ),
  );
  return or(...parts) as SQL;
}

/** Officer and agency names for the keys found; the rollup keeps ids only. */
async function namesOf(db: Db, by: IndexDimension, keys: string[]): Promise<Map<string, string>> {
  const ids = keys.filter(Boolean);
  if (ids.length === 0 || (by !== "officer" && by !== "agency")) {
    return new Map();
  }
  const rows =
    by === "officer"
      ? await db.select({ id: staff.id, name: staff.fullName }).from(staff).where(inArray(staff.id, ids))
      : await db
          .select({ id: agencies.id, name: agencies.name })
          .from(agencies)
          .where(inArray(agencies.id, ids));
  return new Map(rows.map((x) => [x.id, x.name]));
}

/**
 * Satisfaction per officer, unit, agency, procedure, channel, kind or month, with n; scoped in SQL. Reads
 * the rollup kept with every rating write, never the raw ratings.
 */
export async function satisfactionIndex(db: Db, actor: Actor, q: IndexQuery): Promise<IndexResult> {
  const d = dimension(q.by);
  const where: (SQL | undefined)[] = [
    inScope(units.path, actor, "satisfaction.read"),
    eq(r.dim, d.dim),
    periodsOf(q),
  ];
  if (q.unitId) {
    const [u] = await db.select({ path: units.path }).from(units).where(eq(units.id, q.unitId));
    if (!u || !can(actor, "satisfaction.read", u.path)) {
      throw notFound("unit");
    }
    where.push(sql`${units.path} LIKE ${`${u.path}%`}`);
  }
  const grouped = await db
    .select({ ...counts, key: d.key, label: d.label })
    .from(r)
    .innerJoin(units, eq(units.id, r.unitId))
    .where(and(...where))
    .groupBy(d.key)
    // An edit that changes channel leaves its old cell at zero; such a cell counts nobody.
    .having(sql`sum(${r.n}) > 0`);
  const names = await namesOf(
    db,
    q.by,
    grouped.map((g) => g.key as string),
  );
  const rules = await ruleSetFor(db, q.to ?? todayVn());
  const rows = grouped
    .map((g) => {
      const key = g.key as string | null;
      const label =
        q.by === "officer" || q.by === "agency"
          ? ((key && names.get(key)) ?? null)
          : (g.label as string | null);
      return toRow(g, key, label, rules.levelScores);
    })
    .sort((a, b) => b.n - a.n || collator.compare(a.label ?? "", b.label ?? ""));
  // Every rating counts once in every dimension, so the rows add up to the total.
  const sum = rows.reduce<Counts>(
    (acc, x) => ({
      n: acc.n + x.n,
      verySatisfied: acc.verySatisfied + x.verySatisfied,
      satisfied: acc.satisfied + x.satisfied,
      dissatisfied: acc.dissatisfied + x.dissatisfied,
      withComment: acc.withComment + x.withComment,
      openFollowUps: acc.openFollowUps + x.openFollowUps,
    }),
    ZERO,
  );
  const t = toRow(sum, null, null, rules.levelScores);
  return {
    by: q.by,
    total: t,
    rows: q.by === "month" ? rows.sort((a, b) => (a.key ?? "").localeCompare(b.key ?? "")) : rows,
    rules,
    group766Points:
      t.satisfiedShare === null ? null : Math.round(t.satisfiedShare * rules.group766Max * 100) / 100,
  };
}
