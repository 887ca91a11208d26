import { OPEN_PETITION_STATUSES, PETITION_LIMITS } from "@danvan/common";
import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { queryRows } from "../../db/client";
import { agencies, petitions, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { assertCan } from "../../platform/errors";
import { canAnywhere, inScope } from "../../platform/scope";
import { followUpOf } from "./head-reports";
import { todayVn } from "./internal";
import { addDays, underUnit } from "./list-petitions";
import { presentPetitions } from "./petition.presenter";

const OPEN = [...OPEN_PETITION_STATUSES];

/** The monitoring board: open petitions due soon and overdue, and counts by assigned agency. */
export async function petitionBoard(ctx: Ctx, q: { unitId?: string; dueWithinDays: number }) {
  const actor = requireActor(ctx);
  assertCan(canAnywhere(actor, "petitions.monitor"));
  const today = todayVn();
  const horizon = addDays(today, q.dueWithinDays);
  const scope = and(
    inScope(units.path, actor, "petitions.monitor"),
    inArray(petitions.status, OPEN),
    q.unitId ? underUnit(q.unitId) : undefined,
  ) as SQL;
  const pick = (window: SQL) =>
    ctx.db
      .select({ p: petitions, unitName: units.name, unitPath: units.path })
      .from(petitions)
      .innerJoin(units, eq(units.id, petitions.unitId))
      .where(and(scope, window))
      .orderBy(asc(petitions.currentDue), asc(petitions.id))
      .limit(PETITION_LIMITS.boardItems);
  const dueSoon = await pick(sql`${petitions.currentDue} BETWEEN ${today} AND ${horizon}`);
  const overdue = await pick(sql`${petitions.currentDue} < ${today}`);
  const counts = await queryRows<{
    agency_id: string | null;
    name: string | null;
    open: number;
    due_soon: number;
    overdue: number;
  }>(
    ctx.db,
    sql`SELECT ${petitions.agencyId} AS agency_id, ${agencies.name} AS name,
          count(*)::int AS open,
          count(*) FILTER (WHERE ${petitions.currentDue} BETWEEN ${today} AND ${horizon})::int AS due_soon,
          count(*) FILTER (WHERE ${petitions.currentDue} < ${today})::int AS overdue
        FROM ${petitions}
        JOIN ${units} ON ${units.id} = ${petitions.unitId}
        LEFT JOIN ${agencies} ON ${agencies.id} = ${petitions.agencyId}
        WHERE ${scope}
        GROUP BY 1, 2`,
  );
  const collator = new Intl.Collator("vi");
  const unassigned = ctx.locale === "vi" ? "Chưa giao cơ quan" : "Not assigned";
  const followUps = await followUpOf(
    ctx.db,
    [...dueSoon, ...overdue].map((r) => r.p.id),
  );
  const present = async (rows: typeof dueSoon) =>
    (await presentPetitions(ctx.db, actor, ctx.locale, rows)).map((p) => ({
      ...p,
      followUp: followUps.get(p.id)!,
    }));
  return {
    dueSoon: await present(dueSoon),
    overdue: await present(overdue),
    byAgency: counts
      .map((c) => ({
        agencyId: c.agency_id,
        agencyName: c.name ?? unassigned,
        open: c.open,
        dueSoon: c.due_soon,
        overdue: c.overdue,
      }))
      .sort((a, b) => b.overdue - a.overdue || collator.compare(a.agencyName, b.agencyName)),
  };
}
