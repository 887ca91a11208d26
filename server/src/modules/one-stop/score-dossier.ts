import { type DossierScoreFacts, dossierPoints, periodOf } from "@danvan/common";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { dossierScores, dossierSteps, procedures, unitScoreRollups } from "../../db/schema";
import type { DossierRow } from "./internal";

/** Rollup rows that are counters, not indicators: online dossiers (of all scored) and late online ones. */
export const ROLLUP_ONLINE = 90;
export const ROLLUP_ONLINE_LATE = 91;

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

/**
 * Scores a dossier whose result was returned (TT 01/2018 Đ.13) and adds its points to the unit's
 * quarter in the same transaction, so the dashboards read sums, never the dossiers.
 */
export async function scoreDossier(tx: Db, d: DossierRow, returnedDate: string) {
  const [p] = await tx.select().from(procedures).where(eq(procedures.id, d.procedureId));
  const steps = await tx
    .select({ timeliness: dossierSteps.timeliness })
    .from(dossierSteps)
    .where(and(eq(dossierSteps.dossierId, d.id), eq(dossierSteps.round, d.round)));
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
  return points;
}

/** A verified conduct complaint after scoring: indicator 7 becomes 0 and the unit's sum loses the old points. */
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
}
