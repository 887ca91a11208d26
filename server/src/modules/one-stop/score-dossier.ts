import { type DossierScoreFacts, dossierPoints, periodOf } from "@danvan/common";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  dossierScores,
  dossierSteps,
  officialScoreRollups,
  procedures,
  unitScoreRollups,
} from "../../db/schema";
import type { DossierRow } from "./internal";

/** Rollup rows that are counters, not indicators: online dossiers (of all scored) and late online ones. */
export const ROLLUP_ONLINE = 90;
export const ROLLUP_ONLINE_LATE = 91;
/** Official rollup row that counts the dossiers an official received or processed. */
export const ROLLUP_HANDLED = 92;
/** The indicators that make an official's score (TT 01/2018 Đ.15). */
export const OFFICIAL_INDICATORS = ["1", "2", "3", "4", "7"] as const;

async function add(tx: Db, unitId: string, period: string, indicator: number, points: number, count: number) {
  await tx
    .insert(unitScoreRollups)
    .values({ unitId, period, indicator, pointsSum: points, dossierCount: count })
    .onConflictDoUpdate({
      target: [unitScoreRollups.unitId, unitScoreRollups.period, unitScoreRollups.indicator],
      set: {
        pointsSum: sql`${unitScoreRollups.pointsSum} + ${points}`,
        dossierCount: sql`${unitScoreRollups.dossierCount} + ${count}`,
      },
    });
}

/** The steps of the round that produced the result: their timeliness and who completed them. */
const lastRoundSteps = (tx: Db, d: DossierRow) =>
  tx
    .select({ timeliness: dossierSteps.timeliness, by: dossierSteps.completedBy })
    .from(dossierSteps)
    .where(and(eq(dossierSteps.dossierId, d.id), eq(dossierSteps.round, d.round)));

/** Who answers for a dossier: the clerk who received it and whoever completed a step of its last round. */
function officialsOf(d: DossierRow, steps: { by: string | null }[]) {
  const ids = [d.receivedBy, ...steps.map((s) => s.by)].filter((x): x is string => !!x);
  // sorted, so that two transactions lock an official's rows in the same order
  return [...new Set(ids)].sort();
}

async function addToOfficials(
  tx: Db,
  unitId: string,
  staffIds: string[],
  period: string,
  sums: { indicator: number; points: number; count: number }[],
) {
  if (staffIds.length === 0) {
    return;
  }
  const t = officialScoreRollups;
  await tx
    .insert(t)
    .values(
      staffIds.flatMap((staffId) =>
        sums.map((x) => ({
          unitId,
          period,
          staffId,
          indicator: x.indicator,
          pointsSum: x.points,
          dossierCount: x.count,
        })),
      ),
    )
    .onConflictDoUpdate({
      target: [t.unitId, t.period, t.staffId, t.indicator],
      set: {
        pointsSum: sql`${t.pointsSum} + excluded.points_sum`,
        dossierCount: sql`${t.dossierCount} + excluded.dossier_count`,
      },
    });
}

/**
 * Scores a dossier whose result was returned (TT 01/2018 Đ.13) and adds its points to the unit's
 * quarter and to each of its officials' in the same transaction, so the reads add sums, never dossiers.
 */
export async function scoreDossier(tx: Db, d: DossierRow, returnedDate: string) {
  const [p] = await tx.select().from(procedures).where(eq(procedures.id, d.procedureId));
  const steps = await lastRoundSteps(tx, d);
  const facts: DossierScoreFacts = {
    timeliness: (d.timeliness as DossierScoreFacts["timeliness"]) ?? null,
    steps: steps.map((s) => (s.timeliness as DossierScoreFacts["timeliness"]) ?? null),
    contacts: d.supplementCount + d.processingReturnCount,
    channel: d.channel as "counter" | "online",
    onlineLevel: (p?.onlineLevel ?? "none") as DossierScoreFacts["onlineLevel"],
    isPublished: p?.isPublished ?? false,
    isPostedAtCounter: p?.isPostedAtCounter ?? false,
    conductComplaint: d.conductComplaint,
  };
  const points = dossierPoints(facts);
  const period = periodOf(returnedDate);
  const inserted = await tx
    .insert(dossierScores)
    .values({ dossierId: d.id, unitId: d.unitId, period, points })
    .onConflictDoNothing()
    .returning({ id: dossierScores.dossierId });
  if (inserted.length === 0) {
    return points;
  }
  for (const [indicator, value] of Object.entries(points)) {
    if (value !== null) {
      await add(tx, d.unitId, period, Number(indicator), value, 1);
    }
  }
  const online = d.channel === "online" ? 1 : 0;
  await add(tx, d.unitId, period, ROLLUP_ONLINE, online, 1);
  await add(tx, d.unitId, period, ROLLUP_ONLINE_LATE, online && d.timeliness === "late" ? 1 : 0, online);
  const mine = OFFICIAL_INDICATORS.flatMap((i) => {
    const value = points[i];
    return value === null || value === undefined ? [] : [{ indicator: Number(i), points: value, count: 1 }];
  });
  await addToOfficials(tx, d.unitId, officialsOf(d, steps), period, [
    ...mine,
    { indicator: ROLLUP_HANDLED, points: 0, count: 1 },
  ]);
  return points;
}

/** A verified conduct complaint after scoring: indicator 7 becomes 0 and the sums lose the old points. */
export async function rescoreConduct(tx: Db, d: DossierRow) {
  const [score] = await tx
    .select()
    .from(dossierScores)
    .where(eq(dossierScores.dossierId, d.id))
    .for("update");
  const old = score?.points["7"];
  if (!score || old === null || old === undefined || old === 0) {
    return;
  }
  await tx
    .update(dossierScores)
    .set({ points: { ...score.points, "7": 0 }, computedAt: new Date() })
    .where(eq(dossierScores.dossierId, d.id));
  await add(tx, d.unitId, score.period, 7, -old, 0);
  const officials = officialsOf(d, await lastRoundSteps(tx, d));
  await addToOfficials(tx, score.unitId, officials, score.period, [{ indicator: 7, points: -old, count: 0 }]);
}
