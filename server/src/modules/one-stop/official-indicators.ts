import { averagePoints, type IndicatorQuery, type OfficialIndicators, officialBand } from "@danvan/common";
import { and, eq } from "drizzle-orm";
import { officialScoreRollups, staff, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { can } from "../../platform/scope";
import { OFFICIAL_INDICATORS, ROLLUP_HANDLED } from "./score-dossier";

/**
 * Each official's TT 01/2018 score for a unit's quarter: indicators 1, 2, 3, 4 and 7 averaged over the
 * dossiers they received at the counter or completed a step of in the round that produced the result
 * (Đ.15). Reads the running sums kept as dossiers are scored, so the cost does not grow with dossiers.
 */
export async function officialIndicators(
  ctx: Ctx,
  query: IndicatorQuery,
): Promise<{ items: OfficialIndicators[] }> {
  const actor = requireActor(ctx);
  const [unit] = await ctx.db.select().from(units).where(eq(units.id, query.unitId));
  if (!unit || !can(actor, "onestop.read", unit.path)) {
    throw notFound("unit");
  }
  const r = officialScoreRollups;
  const rows = await ctx.db
    .select({
      staffId: r.staffId,
      name: staff.fullName,
      indicator: r.indicator,
      pointsSum: r.pointsSum,
      dossierCount: r.dossierCount,
    })
    .from(r)
    .leftJoin(staff, eq(staff.id, r.staffId))
    .where(and(eq(r.unitId, unit.id), eq(r.period, query.period)));
  const people = new Map<string, { name: string; sums: Map<number, (typeof rows)[number]> }>();
  for (const row of rows) {
    const p = people.get(row.staffId) ?? { name: row.name ?? "", sums: new Map() };
    p.sums.set(row.indicator, row);
    people.set(row.staffId, p);
  }
  const items = [...people]
    .filter(([, p]) => (p.sums.get(ROLLUP_HANDLED)?.dossierCount ?? 0) > 0)
    .map(([staffId, p]) => {
      const indicators: Record<string, number | null> = {};
      for (const i of OFFICIAL_INDICATORS) {
        const sum = p.sums.get(Number(i));
        indicators[i] = averagePoints(sum?.pointsSum ?? 0, sum?.dossierCount ?? 0);
      }
      const present = Object.values(indicators).filter((v): v is number => v !== null);
      const score = present.length ? Math.round(present.reduce((a, b) => a + b, 0) * 10) / 10 : null;
      return {
        staff: { id: staffId, name: p.name },
        dossierCount: p.sums.get(ROLLUP_HANDLED)!.dossierCount,
        indicators,
        score,
        band: score === null ? null : officialBand(score),
      };
    });
  const collator = new Intl.Collator("vi");
  items.sort((a, b) => collator.compare(a.staff.name, b.staff.name) || a.staff.id.localeCompare(b.staff.id));
  return { items };
}
