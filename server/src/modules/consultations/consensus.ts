import type { Consensus } from "@danvan/common";
import { asc, count, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { affectedHouseholds, consensusDays } from "../../db/schema";
import { todayVn } from "../tasks/internal";

const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 1000) / 10);

/** Today's point of the consensus curve, rewritten in the tracker's transaction (a rollup, not a scan). */
export async function recordConsensusDay(tx: Db, consultationId: string) {
  const [row] = await tx
    .select({
      tracked: count(),
      agreed: sql<number>`count(*) FILTER (WHERE ${affectedHouseholds.agreed})`,
    })
    .from(affectedHouseholds)
    .where(eq(affectedHouseholds.consultationId, consultationId));
  const values = {
    consultationId,
    day: todayVn(),
    tracked: Number(row?.tracked ?? 0),
    agreed: Number(row?.agreed ?? 0),
  };
  await tx
    .insert(consensusDays)
    .values(values)
    .onConflictDoUpdate({
      target: [consensusDays.consultationId, consensusDays.day],
      set: { tracked: values.tracked, agreed: values.agreed },
    });
}

/** Agreed households over tracked ones, now and day by day. */
export async function consensusOf(db: Db, consultationId: string): Promise<Consensus> {
  const days = await db
    .select()
    .from(consensusDays)
    .where(eq(consensusDays.consultationId, consultationId))
    .orderBy(asc(consensusDays.day))
    .limit(1000);
  const last = days.at(-1);
  return {
    tracked: last?.tracked ?? 0,
    agreed: last?.agreed ?? 0,
    percent: pct(last?.agreed ?? 0, last?.tracked ?? 0),
    history: days.map((d) => ({
      day: d.day,
      tracked: d.tracked,
      agreed: d.agreed,
      percent: pct(d.agreed, d.tracked),
    })),
  };
}
