import { RECEPTION_PERMISSIONS, type SessionListQuery } from "@danvan/common";
import { and, desc, eq, gte, lte, sql } from "drizzle-orm";
import { receptionSessions, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { inScope } from "../../platform/scope";
import { presentSessions } from "./session.presenter";

/** Sessions in the actor's scope, newest first, filtered by unit subtree, type, state, dates and host. */
export async function listSessions(ctx: Ctx, q: SessionListQuery) {
  const actor = requireActor(ctx);
  const where = and(
    inScope(units.path, actor, RECEPTION_PERMISSIONS.read),
    q.unitId ? sql`${units.path} LIKE (SELECT path FROM units WHERE id = ${q.unitId}) || '%'` : undefined,
    q.type ? eq(receptionSessions.type, q.type) : undefined,
    q.status !== "any" ? eq(receptionSessions.status, q.status) : undefined,
    q.from ? gte(receptionSessions.date, q.from) : undefined,
    q.to ? lte(receptionSessions.date, q.to) : undefined,
    q.hostId ? eq(receptionSessions.hostId, q.hostId) : undefined,
  );
  const rows = await ctx.db
    .select({ row: receptionSessions, unitPath: units.path, unitName: units.name })
    .from(receptionSessions)
    .innerJoin(units, eq(units.id, receptionSessions.unitId))
    .where(where)
    .orderBy(desc(receptionSessions.date), desc(receptionSessions.startTime), desc(receptionSessions.id))
    .limit(q.limit + 1)
    .offset(q.offset);
  const [{ total }] = (await ctx.db
    .select({ total: sql<number>`count(*)::int` })
    .from(receptionSessions)
    .innerJoin(units, eq(units.id, receptionSessions.unitId))
    .where(where)) as [{ total: number }];
  return {
    items: await presentSessions(ctx.db, actor, rows.slice(0, q.limit)),
    total: Number(total),
  };
}
