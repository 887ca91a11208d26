import type { DossierQueueQuery, OverdueStep } from "@danvan/common";
import { and, asc, desc, eq, gt, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import { agencies, dossierSteps, dossiers, procedures, staff, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { decodeCursor, pageOf } from "../../platform/cursor";
import { inScope } from "../../platform/scope";
import { presentDossiers } from "./dossier.presenter";
import { todayVn } from "./internal";

/** What waits at the counter: dossiers to check, to receive, to hand on, and results to hand back. */
export const COUNTER_STATUSES = [
  "new",
  "checking",
  "supplement_requested",
  "received",
  "returned_for_supplement",
  "result_ready",
];

async function queue(ctx: Ctx, where: SQL[], query: DossierQueueQuery) {
  const after = decodeCursor(query.cursor);
  if (after) {
    where.push(
      or(
        gt(dossiers.filedDate, after.sortKey),
        and(eq(dossiers.filedDate, after.sortKey), gt(dossiers.id, after.id)),
      ) as SQL,
    );
  }
  if (query.unitId) {
    where.push(eq(dossiers.unitId, query.unitId));
  }
  if (query.status) {
    where.push(eq(dossiers.status, query.status));
  }
  const rows = await ctx.db
    .select({ d: dossiers, unitName: units.name })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .where(and(...where))
    .orderBy(asc(dossiers.filedDate), asc(dossiers.id))
    .limit(query.limit + 1);
  const { items, nextCursor } = pageOf(rows, query.limit, (r) => [r.d.filedDate, r.d.id]);
  return { items: await presentDossiers(ctx.db, items, todayVn()), nextCursor };
}

/** The counter queue of the units where the actor receives dossiers, oldest first. */
export function counterQueue(ctx: Ctx, query: DossierQueueQuery) {
  const actor = requireActor(ctx);
  return queue(
    ctx,
    [inScope(units.path, actor, "onestop.receive"), inArray(dossiers.status, COUNTER_STATUSES)],
    query,
  );
}

/** The handler's own queue: dossiers whose step in progress is assigned to them. */
export function handlerQueue(ctx: Ctx, query: DossierQueueQuery) {
  const actor = requireActor(ctx);
  return queue(ctx, [eq(dossiers.handlerId, actor.id), eq(dossiers.status, "processing")], query);
}

/** The leader's queue: results waiting for approval in the units the actor approves for. */
export function approvalQueue(ctx: Ctx, query: DossierQueueQuery) {
  const actor = requireActor(ctx);
  return queue(
    ctx,
    [inScope(units.path, actor, "onestop.approve"), eq(dossiers.status, "awaiting_approval")],
    query,
  );
}

/** Steps in progress past their time budget, most overdue first, in the units the actor reads; by body or step. */
export async function overdueSteps(
  ctx: Ctx,
  query: { unitId?: string; agencyId?: string; stepNo?: number; limit: number },
): Promise<{ items: OverdueStep[] }> {
  const actor = requireActor(ctx);
  const today = todayVn();
  const where: SQL[] = [
    inScope(units.path, actor, "onestop.read"),
    eq(dossierSteps.status, "active"),
    eq(dossiers.status, "processing"),
    lt(dossierSteps.dueDate, today),
  ];
  if (query.unitId) {
    where.push(eq(dossiers.unitId, query.unitId));
  }
  if (query.agencyId) {
    where.push(eq(dossierSteps.agencyId, query.agencyId));
  }
  if (query.stepNo) {
    where.push(eq(dossierSteps.stepNo, query.stepNo));
  }
  const rows = await ctx.db
    .select({
      s: dossierSteps,
      code: dossiers.code,
      unitName: units.name,
      procedureName: procedures.name,
      agencyName: agencies.name,
      handlerName: staff.fullName,
      overdue: sql<number>`(${today}::date - ${dossierSteps.dueDate})`,
    })
    .from(dossierSteps)
    .innerJoin(dossiers, eq(dossiers.id, dossierSteps.dossierId))
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
    .leftJoin(agencies, eq(agencies.id, dossierSteps.agencyId))
    .leftJoin(staff, eq(staff.id, dossierSteps.handlerId))
    .where(and(...where))
    .orderBy(asc(dossierSteps.dueDate), desc(dossierSteps.id))
    .limit(query.limit);
  return {
    items: rows.map((r) => ({
      dossierId: r.s.dossierId,
      dossierCode: r.code,
      unitName: r.unitName,
      procedureName: r.procedureName,
      stepNo: r.s.stepNo,
      stepName: r.s.name,
      agency: r.s.agencyId ? { id: r.s.agencyId, name: r.agencyName ?? "" } : null,
      handler: r.s.handlerId ? { id: r.s.handlerId, name: r.handlerName ?? "" } : null,
      dueDate: r.s.dueDate!,
      daysOverdue: Number(r.overdue),
    })),
  };
}
