import {
  PETITION_KIND_LABELS,
  PETITION_LIMITS,
  type PetitionFigureRow,
  type PetitionFiguresQuery,
  type PetitionKind,
} from "@danvan/common";
import { type AnyColumn, and, inArray, type SQL, sql } from "drizzle-orm";
import { queryRows } from "../../db/client";
import { petitions, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { assertCan, invalid } from "../../platform/errors";
import { canAnywhere, inScope } from "../../platform/scope";
import { daysBetween, todayVn } from "./internal";
import { underUnit } from "./list-petitions";

type Raw = {
  key: string;
  received: number;
  accepted: number;
  resolved: number;
  resolved_on_time: number;
  open: number;
  overdue: number;
};

const rate = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10_000) / 10_000 : null);

function row(r: Raw, name: string): PetitionFigureRow {
  return {
    key: r.key,
    name,
    received: r.received,
    accepted: r.accepted,
    resolved: r.resolved,
    resolvedOnTime: r.resolved_on_time,
    handlingRate: rate(r.resolved, r.accepted),
    onTimeRate: rate(r.resolved_on_time, r.resolved),
    open: r.open,
    overdue: r.overdue,
  };
}

/**
 * Handling figures for a period: of the petitions accepted (thụ lý) in it, the share resolved by its end
 * (handling rate) and the share of those resolved on time (stored at resolution); open backlog by age;
 * by unit and by kind.
 */
export async function petitionFigures(ctx: Ctx, q: PetitionFiguresQuery) {
  const actor = requireActor(ctx);
  assertCan(canAnywhere(actor, "petitions.monitor"));
  if (daysBetween(q.from, q.to) > PETITION_LIMITS.figuresDaysMax) {
    throw invalid("to", "petitionPeriodTooLong");
  }
  const today = todayVn();
  const scope = and(
    inScope(units.path, actor, "petitions.monitor"),
    q.unitId ? underUnit(q.unitId) : undefined,
  ) as SQL;
  const inPeriod = (col: AnyColumn) => sql`${col} BETWEEN ${q.from} AND ${q.to}`;
  const acceptedIn = inPeriod(petitions.acceptedDate);
  const resolvedBy = sql`${acceptedIn} AND ${petitions.resolvedDate} <= ${q.to}`;
  const open = sql`${petitions.status} IN ('received','information','accepted')`;
  const aggregate = (key: SQL) =>
    queryRows<Raw>(
      ctx.db,
      sql`SELECT ${key} AS key,
            count(*) FILTER (WHERE ${inPeriod(petitions.receivedDate)})::int AS received,
            count(*) FILTER (WHERE ${acceptedIn})::int AS accepted,
            count(*) FILTER (WHERE ${resolvedBy})::int AS resolved,
            count(*) FILTER (WHERE ${resolvedBy} AND ${petitions.resolvedOnTime})::int AS resolved_on_time,
            count(*) FILTER (WHERE ${open})::int AS open,
            count(*) FILTER (WHERE ${open} AND ${petitions.currentDue} < ${today})::int AS overdue
          FROM ${petitions} JOIN ${units} ON ${units.id} = ${petitions.unitId}
          WHERE ${scope} AND (${inPeriod(petitions.receivedDate)} OR ${acceptedIn} OR ${open})
          GROUP BY 1`,
    );
  const [total] = await aggregate(sql`'total'`);
  const byUnit = await aggregate(sql`${petitions.unitId}::text`);
  const byKind = await aggregate(sql`${petitions.kind}`);
  const backlog = await queryRows<{ bucket: "0-10" | "11-30" | "31-60" | "61+"; count: number }>(
    ctx.db,
    sql`SELECT CASE WHEN age <= 10 THEN '0-10' WHEN age <= 30 THEN '11-30' WHEN age <= 60 THEN '31-60' ELSE '61+' END AS bucket,
          count(*)::int AS count
        FROM (SELECT (${today}::date - ${petitions.receivedDate}) AS age
              FROM ${petitions} JOIN ${units} ON ${units.id} = ${petitions.unitId}
              WHERE ${scope} AND ${open}) aged
        GROUP BY 1`,
  );
  const unitNames = byUnit.length
    ? await ctx.db
        .select({ id: units.id, name: units.name })
        .from(units)
        .where(
          inArray(
            units.id,
            byUnit.map((r) => r.key),
          ),
        )
    : [];
  const collator = new Intl.Collator("vi");
  const empty: Raw = {
    key: "total",
    received: 0,
    accepted: 0,
    resolved: 0,
    resolved_on_time: 0,
    open: 0,
    overdue: 0,
  };
  return {
    from: q.from,
    to: q.to,
    total: row(total ?? empty, ctx.locale === "vi" ? "Tổng cộng" : "Total"),
    backlog: (["0-10", "11-30", "31-60", "61+"] as const).map((bucket) => ({
      bucket,
      count: backlog.find((b) => b.bucket === bucket)?.count ?? 0,
    })),
    byUnit: byUnit
      .map((r) => row(r, unitNames.find((u) => u.id === r.key)?.name ?? ""))
      .sort((a, b) => collator.compare(a.name, b.name)),
    byKind: byKind.map((r) => row(r, PETITION_KIND_LABELS[r.key as PetitionKind]?.[ctx.locale] ?? r.key)),
  };
}
