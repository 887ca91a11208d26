import { RECEPTION_PERMISSIONS, type RecordListQuery } from "@danvan/common";
import { and, desc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { receptionRecords, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { inScope } from "../../platform/scope";
import { loadRecord } from "./internal";
import { presentRecord } from "./record.presenter";

/** Records in scope, newest first: by unit subtree, kind, session or linked petition. */
export async function listRecords(ctx: Ctx, q: z.infer<typeof RecordListQuery>) {
  const actor = requireActor(ctx);
  const rows = await ctx.db
    .select({ row: receptionRecords, unitPath: units.path, unitName: units.name })
    .from(receptionRecords)
    .innerJoin(units, eq(units.id, receptionRecords.unitId))
    .where(
      and(
        inScope(units.path, actor, RECEPTION_PERMISSIONS.read),
        q.unitId ? sql`${units.path} LIKE (SELECT path FROM units WHERE id = ${q.unitId}) || '%'` : undefined,
        q.kind ? eq(receptionRecords.kind, q.kind) : undefined,
        q.sessionId ? eq(receptionRecords.sessionId, q.sessionId) : undefined,
        q.petitionId
          ? sql`${receptionRecords.petitionIds} @> ${JSON.stringify([q.petitionId])}::jsonb`
          : undefined,
      ),
    )
    .orderBy(desc(receptionRecords.date), desc(receptionRecords.id))
    .limit(q.limit)
    .offset(q.offset);
  const items = [];
  for (const r of rows) {
    items.push(await presentRecord(ctx.db, actor, r));
  }
  return { items };
}

export async function getRecord(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  return presentRecord(ctx.db, actor, await loadRecord(ctx.db, actor, id));
}
