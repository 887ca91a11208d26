import type { CountedDossiersQuery, IndicatorQuery, UnitIndicators } from "@danvan/common";
import { and, asc, eq, gt, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../../db/client";
import { dossierScores, dossiers, procedures, unitScoreRollups, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { decodeCursor, pageOf } from "../../platform/cursor";
import { invalid, notFound } from "../../platform/errors";
import { can } from "../../platform/scope";
import { catalogueFacts, feedbackFacts } from "./indicator-facts";
import { indicatorValues } from "./indicator-values";

async function unitInScope(db: Db, ctx: Ctx, unitId: string) {
  const actor = requireActor(ctx);
  const [unit] = await db.select().from(units).where(eq(units.id, unitId));
  if (!unit || !can(actor, "onestop.read", unit.path)) {
    throw notFound("unit");
  }
  return unit;
}

/**
 * The nine TT 01/2018 indicators of a unit for a quarter, read from the running sums kept as dossiers
 * close and from the unit's catalogue (5, 9): no scan of the dossiers.
 */
export async function unitIndicators(ctx: Ctx, query: IndicatorQuery): Promise<UnitIndicators> {
  const unit = await unitInScope(ctx.db, ctx, query.unitId);
  const rollups = await ctx.db
    .select()
    .from(unitScoreRollups)
    .where(and(eq(unitScoreRollups.unitId, unit.id), eq(unitScoreRollups.period, query.period)));
  const cat = await catalogueFacts(ctx.db, [unit.id], query.period);
  const feedback = await feedbackFacts(ctx.db, [unit.id], query.period);
  return indicatorValues(unit, query.period, rollups, cat.get(unit.id)!, feedback.get(unit.id)!);
}

/** The dossiers counted in one per-dossier indicator, with their points: the drill-down under a score. */
export async function countedDossiers(
  ctx: Ctx,
  indicator: number,
  query: z.infer<typeof CountedDossiersQuery>,
) {
  if (![1, 2, 3, 4, 6, 7].includes(indicator)) {
    throw invalid("indicator", "invalidValue");
  }
  const unit = await unitInScope(ctx.db, ctx, query.unitId);
  const key = String(indicator);
  const where: SQL[] = [
    eq(dossierScores.unitId, unit.id),
    eq(dossierScores.period, query.period),
    sql`${dossierScores.points}->>${key} IS NOT NULL`,
  ];
  const after = decodeCursor(query.cursor);
  if (after) {
    where.push(gt(dossierScores.dossierId, after.id));
  }
  const rows = await ctx.db
    .select({ s: dossierScores, code: dossiers.code, procedureName: procedures.name })
    .from(dossierScores)
    .innerJoin(dossiers, eq(dossiers.id, dossierScores.dossierId))
    .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
    .where(and(...where))
    .orderBy(asc(dossierScores.dossierId))
    .limit(query.limit + 1);
  const { items, nextCursor } = pageOf(rows, query.limit, (r) => [r.s.dossierId, r.s.dossierId]);
  return {
    items: items.map((r) => ({
      dossierId: r.s.dossierId,
      code: r.code,
      procedureName: r.procedureName,
      points: Number(r.s.points[key]),
      computedAt: r.s.computedAt.toISOString(),
    })),
    nextCursor,
  };
}
