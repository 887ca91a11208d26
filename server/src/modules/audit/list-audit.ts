import type { AuditEvent, AuditListQuery } from "@danvan/common";
import { and, desc, eq, gte, lt, sql } from "drizzle-orm";
import { auditEvents, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { decodeCursor, encodeCursor } from "../../platform/cursor";
import { inScope, scopePrefixes } from "../../platform/scope";

/** Audit events of units under the actor's audit grants, newest first; events with no unit need a root grant. */
export async function listAudit(
  ctx: Ctx,
  q: AuditListQuery,
): Promise<{ items: AuditEvent[]; nextCursor: string | null }> {
  const actor = requireActor(ctx);
  const after = decodeCursor(q.cursor);
  const rootAuditor = scopePrefixes(actor, "audit.read").some(
    (p) => p.split("/").filter(Boolean).length === 1,
  );
  const rows = await ctx.db
    .select({ e: auditEvents })
    .from(auditEvents)
    .leftJoin(units, eq(units.id, auditEvents.unitId))
    .where(
      and(
        rootAuditor
          ? sql`(${auditEvents.unitId} IS NULL OR ${inScope(units.path, actor, "audit.read")})`
          : inScope(units.path, actor, "audit.read"),
        q.action ? eq(auditEvents.action, q.action) : undefined,
        q.entityType ? eq(auditEvents.entityType, q.entityType) : undefined,
        q.entityId ? eq(auditEvents.entityId, q.entityId) : undefined,
        q.actorId ? eq(auditEvents.actorId, q.actorId) : undefined,
        q.from
          ? gte(auditEvents.at, sql`(${q.from}::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`)
          : undefined,
        q.to
          ? lt(auditEvents.at, sql`(${q.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`)
          : undefined,
        after ? lt(auditEvents.seq, Number(after.sortKey)) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.seq))
    .limit(q.limit + 1);
  const items = rows.slice(0, q.limit).map(({ e }) => ({
    seq: e.seq,
    at: e.at.toISOString(),
    actorId: e.actorId,
    actorName: e.actorName,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    unitId: e.unitId,
    before: e.before,
    after: e.after,
    reason: e.reason,
    requestId: e.requestId,
    hash: e.hash,
  }));
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: rows.length > q.limit && last ? encodeCursor(last.seq, String(last.seq)) : null,
  };
}
