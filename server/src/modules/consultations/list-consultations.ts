import type { ConsultationListQuery, ConsultationSummary } from "@danvan/common";
import { and, desc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { consultations, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { inScope } from "../../platform/scope";
import { unansweredCounts } from "./counts";
import { summaryOf } from "./get-consultation";

/** Consultations of the units the actor follows, newest activity first. */
export async function listConsultations(
  ctx: Ctx,
  q: z.infer<typeof ConsultationListQuery>,
): Promise<{ items: ConsultationSummary[] }> {
  const actor = requireActor(ctx);
  const rows = await ctx.db
    .select({ c: consultations, unitName: units.name })
    .from(consultations)
    .innerJoin(units, eq(units.id, consultations.unitId))
    .where(
      and(
        inScope(units.path, actor, "consultations.read"),
        q.unitId ? sql`${units.path} LIKE (SELECT path FROM units WHERE id = ${q.unitId}) || '%'` : undefined,
        q.phase ? eq(consultations.phase, q.phase) : undefined,
      ),
    )
    .orderBy(desc(consultations.updatedAt))
    .limit(q.limit);
  const open = await unansweredCounts(
    ctx.db,
    rows.map((r) => r.c.id),
  );
  return { items: rows.map((r) => summaryOf(r.c, r.unitName, open.get(r.c.id) ?? 0)) };
}
