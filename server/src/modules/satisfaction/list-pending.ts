import type { InteractionKind, PendingInteraction } from "@danvan/common";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { ratingInteractions, staff, units } from "../../db/schema";
import type { Actor } from "../../platform/context";
import { inScope } from "../../platform/scope";

/** How far back the clerk's list reaches: the citizen is usually still at the counter. */
const PENDING_DAYS = 7;

/** Finished, unrated, unexpired interactions of the actor's units; the actor's own first. */
export async function listPending(db: Db, actor: Actor): Promise<PendingInteraction[]> {
  const since = new Date(Date.now() - PENDING_DAYS * 86_400_000);
  const rows = await db
    .select({ i: ratingInteractions, unitName: units.name, officerName: staff.fullName })
    .from(ratingInteractions)
    .innerJoin(units, eq(units.id, ratingInteractions.unitId))
    .leftJoin(staff, eq(staff.id, ratingInteractions.officerId))
    .where(
      and(
        inScope(units.path, actor, "satisfaction.kiosk"),
        isNull(ratingInteractions.ratedAt),
        gt(ratingInteractions.finishedAt, since),
        gt(ratingInteractions.expiresAt, new Date()),
      ),
    )
    .orderBy(
      sql`CASE WHEN ${ratingInteractions.officerId} = ${actor.id} THEN 0 ELSE 1 END`,
      desc(ratingInteractions.finishedAt),
    )
    .limit(50);
  return rows.map(({ i, unitName, officerName }) => ({
    kind: i.kind as InteractionKind,
    refId: i.refId,
    label: i.label,
    unitName,
    officerName,
    procedureName: i.procedureName,
    finishedAt: i.finishedAt.toISOString(),
    isMine: i.officerId === actor.id,
  }));
}
