import type { IndicatorQuery, SubunitIndicators } from "@danvan/common";
import { and, eq, isNotNull, isNull, like, ne, or } from "drizzle-orm";
import { unitScoreRollups, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { inScope, scopePrefixes } from "../../platform/scope";
import { catalogueFacts, feedbackFacts } from "./indicator-facts";
import { indicatorValues, type RollupSum } from "./indicator-values";

/**
 * The TT 01/2018 indicators of every unit below a unit for a quarter, so a province compares its
 * communes at once: current units, and retired ones that still have scores in the quarter. The rows
 * are those the actor may read; the running sums of all of them come in one query.
 */
export async function subunitIndicators(
  ctx: Ctx,
  query: IndicatorQuery,
): Promise<{ items: SubunitIndicators[] }> {
  const actor = requireActor(ctx);
  const [root] = await ctx.db.select().from(units).where(eq(units.id, query.unitId));
  // a commune official may open the province's list and finds only their commune in it
  const reaches = (p: string) => p.startsWith(root!.path) || root!.path.startsWith(p);
  if (!root || !scopePrefixes(actor, "onestop.read").some(reaches)) {
    throw notFound("unit");
  }
  const r = unitScoreRollups;
  const rows = await ctx.db
    .select({
      id: units.id,
      name: units.name,
      parentId: units.parentId,
      indicator: r.indicator,
      pointsSum: r.pointsSum,
      dossierCount: r.dossierCount,
    })
    .from(units)
    .leftJoin(r, and(eq(r.unitId, units.id), eq(r.period, query.period)))
    .where(
      and(
        like(units.path, `${root.path}%`),
        ne(units.id, root.id),
        inScope(units.path, actor, "onestop.read"),
        or(isNull(units.validTo), isNotNull(r.unitId)),
      ),
    );
  const byUnit = new Map<string, { name: string; parentId: string | null; sums: RollupSum[] }>();
  for (const row of rows) {
    const u = byUnit.get(row.id) ?? { name: row.name, parentId: row.parentId, sums: [] };
    if (row.indicator !== null) {
      u.sums.push({ indicator: row.indicator, pointsSum: row.pointsSum!, dossierCount: row.dossierCount! });
    }
    byUnit.set(row.id, u);
  }
  const ids = [...byUnit.keys()];
  const cat = await catalogueFacts(ctx.db, ids, query.period);
  const feedback = await feedbackFacts(ctx.db, ids, query.period);
  const items = ids.map((id) => {
    const u = byUnit.get(id)!;
    const v = indicatorValues({ id, name: u.name }, query.period, u.sums, cat.get(id)!, feedback.get(id)!);
    return {
      unitId: id,
      unitName: u.name,
      parentId: u.parentId,
      indicators: v.indicators.map((x) => ({
        indicator: x.indicator,
        score: x.score,
        pointsSum: x.pointsSum,
        dossierCount: x.dossierCount,
      })),
      official: v.official,
      unit: v.unit,
    };
  });
  const collator = new Intl.Collator("vi");
  items.sort((a, b) => collator.compare(a.unitName, b.unitName) || a.unitId.localeCompare(b.unitId));
  return { items };
}
