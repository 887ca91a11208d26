import type { IndexDimension, IndexQuery, IndexResult, IndexRow } from "@danvan/common";
import { eq, inArray, type SQL, sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client";
import { agencies, staff, units } from "../../db/schema";
import type { Actor } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { can, inScope } from "../../platform/scope";
import { todayVn } from "../tasks/internal";
import type { RollupDim } from "./rollup";
import { type RollupPart, rollupParts } from "./rollup-periods";
import { ruleSetFor } from "./rules";

/** One collator for the whole sort: `localeCompare(…, "vi")` builds one per comparison. */
const collator = new Intl.Collator("vi");

/** Which rollup rows answer a dimension, and the group key and label read from them (`p`: the parts). */
function dimension(by: IndexDimension): { dim: RollupDim; key: SQL; label: SQL } {
  switch (by) {
    case "unit":
      return { dim: "unit", key: sql`p.unit_id::text`, label: sql`NULL::text` };
    case "month":
      return {
        dim: "unit",
        key: sql`to_char(p.period, 'YYYY-MM')`,
        label: sql`to_char(p.period, 'YYYY-MM')`,
      };
    case "procedure":
      return { dim: "procedure", key: sql`p.key`, label: sql`max(p.label)` };
    case "officer":
    case "agency":
    case "channel":
    case "kind":
      return { dim: by, key: sql`p.key`, label: sql`p.key` };
  }
}

const COUNTS = ["n", "very_satisfied", "satisfied", "dissatisfied", "with_comment", "open_follow_ups"];

/**
 * The rollup rows of one part for the units in `units`, counts signed: each part is its own range of the
 * covering index (dim, grain, unit_id, period), read index-only, instead of one OR the planner can only
 * answer with a bitmap over the table.
 */
function partRows(dim: RollupDim, part: RollupPart, unitIds: SQL): SQL {
  const counts = sql.raw(COUNTS.map((c) => (part.sign === 1 ? c : `-${c} AS ${c}`)).join(", "));
  return sql`SELECT unit_id, period, key, label, ${counts} FROM satisfaction_rollup
    WHERE dim = ${dim} AND grain = ${part.grain} AND unit_id = ANY(${unitIds})
      ${part.gte ? sql`AND period >= ${part.gte}` : sql``} ${part.lt ? sql`AND period < ${part.lt}` : sql``}`;
}

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

/** Unit, officer and agency names for the keys found; the rollup keeps ids only. */
async function namesOf(db: Db, by: IndexDimension, keys: string[]): Promise<Map<string, string>> {
  const ids = keys.filter(Boolean);
  if (ids.length === 0 || (by !== "officer" && by !== "agency" && by !== "unit")) {
    return new Map();
  }
  const table = by === "officer" ? staff : by === "agency" ? agencies : units;
  const name = by === "officer" ? staff.fullName : by === "agency" ? agencies.name : units.name;
  const rows = await db.select({ id: table.id, name }).from(table).where(inArray(table.id, ids));
  return new Map(rows.map((x) => [x.id, x.name]));
}

/**
 * Satisfaction per officer, unit, agency, procedure, channel, kind or month, with n; scoped in SQL. Reads
 * the rollup kept with every rating write, never the raw ratings.
 */
export async function satisfactionIndex(db: Db, actor: Actor, q: IndexQuery): Promise<IndexResult> {
  const d = dimension(q.by);
  let within: SQL | undefined;
  if (q.unitId) {
    const [u] = await db.select({ path: units.path }).from(units).where(eq(units.id, q.unitId));
    if (!u || !can(actor, "satisfaction.read", u.path)) {
      throw notFound("unit");
    }
    within = sql`AND ${units.path} LIKE ${`${u.path}%`}`;
  }
  // The scope is resolved to unit ids once, so each part is a handful of index ranges per unit.
  const unitIds = sql`ARRAY(SELECT ${units.id} FROM ${units}
    WHERE (${inScope(units.path, actor, "satisfaction.read")}) ${within ?? sql``})`;
  const parts = sql.join(
    rollupParts(q.from, q.to).map((part) => partRows(d.dim, part, unitIds)),
    sql` UNION ALL `,
  );
  // HAVING: an edit that changes channel leaves its old cell at zero; such a cell counts nobody.
  const grouped = await queryRows<Counts & { key: string | null; label: string | null }>(
    db,
    sql`SELECT ${d.key} AS key, ${d.label} AS label, sum(p.n)::int AS n,
        sum(p.very_satisfied)::int AS "verySatisfied", sum(p.satisfied)::int AS satisfied,
        sum(p.dissatisfied)::int AS dissatisfied, sum(p.with_comment)::int AS "withComment",
        sum(p.open_follow_ups)::int AS "openFollowUps"
      FROM (${parts}) p
      GROUP BY 1
      HAVING sum(p.n) > 0`,
  );
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
        q.by === "officer" || q.by === "agency" || q.by === "unit"
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
