import type { TallyInput } from "@danvan/common";
import { and, count, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { households, type VillageCount } from "../../db/schema";
import { invalid } from "../../platform/errors";
import { inAreas } from "./internal";

/**
 * A count per village meeting: each village's ballots add up and stay within its households, and the
 * commune totals entered are exactly the sums of the villages.
 */
export async function checkVillages(
  tx: Db,
  consultationId: string,
  input: TallyInput,
  known: Set<string>,
): Promise<VillageCount[]> {
  const sizes = await tx
    .select({ unitId: households.unitId, hamlet: households.hamlet, n: count() })
    .from(households)
    .where(and(eq(households.isActive, true), inAreas(consultationId)))
    .groupBy(households.unitId, households.hamlet);
  const sizeOf = new Map(sizes.map((s) => [`${s.unitId}\u0000${s.hamlet}`, Number(s.n)]));
  const seen = new Set<string>();
  const totals = { cast: 0, invalid: 0, counts: new Map<string, number>() };
  const out = (input.villages ?? []).map((v, i) => {
    const key = `${v.unitId}\u0000${v.hamlet}`;
    const size = sizeOf.get(key);
    if (size === undefined || seen.has(key)) {
      throw invalid(`villages.${i}.hamlet`, "consultationHouseholdOutsideArea");
    }
    seen.add(key);
    const counts: Record<string, number> = {};
    v.counts.forEach((k, j) => {
      if (!known.has(k.optionId) || k.optionId in counts) {
        throw invalid(`villages.${i}.counts.${j}.optionId`, "consultationOptionUnknown");
      }
      counts[k.optionId] = k.count;
      totals.counts.set(k.optionId, (totals.counts.get(k.optionId) ?? 0) + k.count);
    });
    const sum = Object.values(counts).reduce((a, b) => a + b, 0);
    if (sum + v.invalidBallots !== v.ballotsCast) {
      throw invalid(`villages.${i}.ballotsCast`, "consultationTallySum");
    }
    if (v.ballotsCast > size) {
      throw invalid(`villages.${i}.ballotsCast`, "consultationTallyExceeds");
    }
    totals.cast += v.ballotsCast;
    totals.invalid += v.invalidBallots;
    return {
      unitId: v.unitId,
      hamlet: v.hamlet,
      ballotsCast: v.ballotsCast,
      invalidBallots: v.invalidBallots,
      counts,
    };
  });
  const entered = new Map(input.counts.map((k) => [k.optionId, k.count]));
  const countsMatch = [...known].every((id) => (entered.get(id) ?? 0) === (totals.counts.get(id) ?? 0));
  if (totals.cast !== input.ballotsCast || totals.invalid !== input.invalidBallots || !countsMatch) {
    throw invalid("villages", "consultationVillageTotals");
  }
  return out;
}
