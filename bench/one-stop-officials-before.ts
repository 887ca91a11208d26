import { averagePoints, type IndicatorQuery, type OfficialIndicators, officialBand } from "@danvan/common";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { dossierScores, dossierSteps, dossiers, staff, units } from "../server/src/db/schema";
import { type Ctx, requireActor } from "../server/src/platform/context";
import { notFound } from "../server/src/platform/errors";
import { can } from "../server/src/platform/scope";

const OFFICIAL = ["1", "2", "3", "4", "7"] as const;

/**
 * officialIndicators() as it was before it became one grouped query (commit c73beae), kept for the bench to
 * compare against: it loads the unit's quarter of scores and steps into Node and groups them there.
 *
 * Each official's TT 01/2018 score for a unit's quarter: indicators 1, 2, 3, 4 and 7 averaged over the
 * dossiers they received at the counter or completed a step of (Đ.15). Reads one unit's quarter only.
 */
export async function officialIndicatorsInNode(
  ctx: Ctx,
  query: IndicatorQuery,
): Promise<{ items: OfficialIndicators[] }> {
  const actor = requireActor(ctx);
  const [unit] = await ctx.db.select().from(units).where(eq(units.id, query.unitId));
  if (!unit || !can(actor, "onestop.read", unit.path)) {
    throw notFound("unit");
  }
  const scored = await ctx.db
    .select({
      id: dossierScores.dossierId,
      points: dossierScores.points,
      receivedBy: dossiers.receivedBy,
      round: dossiers.round,
    })
    .from(dossierScores)
    .innerJoin(dossiers, eq(dossiers.id, dossierScores.dossierId))
    .where(and(eq(dossierScores.unitId, unit.id), eq(dossierScores.period, query.period)));
  const ids = scored.map((s) => s.id);
  const steps = ids.length
    ? await ctx.db
        .select({
          dossierId: dossierSteps.dossierId,
          round: dossierSteps.round,
          by: dossierSteps.completedBy,
        })
        .from(dossierSteps)
        .where(and(inArray(dossierSteps.dossierId, ids), isNotNull(dossierSteps.completedBy)))
    : [];
  const people = new Map<string, Set<string>>();
  const touch = (staffId: string | null, dossierId: string) => {
    if (staffId) {
      people.set(staffId, (people.get(staffId) ?? new Set()).add(dossierId));
    }
  };
  const roundOf = new Map(scored.map((s) => [s.id, s.round]));
  for (const s of scored) {
    touch(s.receivedBy, s.id);
  }
  for (const st of steps) {
    if (roundOf.get(st.dossierId) === st.round) {
      touch(st.by, st.dossierId);
    }
  }
  const staffIds = [...people.keys()];
  const names = new Map(
    staffIds.length
      ? (
          await ctx.db
            .select({ id: staff.id, name: staff.fullName })
            .from(staff)
            .where(inArray(staff.id, staffIds))
        ).map((r) => [r.id, r.name])
      : [],
  );
  const pointsOf = new Map(scored.map((s) => [s.id, s.points]));
  const items = staffIds.map((staffId) => {
    const dossierIds = [...people.get(staffId)!];
    const indicators: Record<string, number | null> = {};
    for (const i of OFFICIAL) {
      const values = dossierIds
        .map((d) => pointsOf.get(d)?.[i])
        .filter((v): v is number => typeof v === "number");
      indicators[i] = averagePoints(
        values.reduce((a, b) => a + b, 0),
        values.length,
      );
    }
    const present = Object.values(indicators).filter((v): v is number => v !== null);
    const score = present.length ? Math.round(present.reduce((a, b) => a + b, 0) * 10) / 10 : null;
    return {
      staff: { id: staffId, name: names.get(staffId) ?? "" },
      dossierCount: dossierIds.length,
      indicators,
      score,
      band: score === null ? null : officialBand(score),
    };
  });
  const collator = new Intl.Collator("vi");
  items.sort((a, b) => collator.compare(a.staff.name, b.staff.name));
  return { items };
}
