import type { PetitionFollowUp } from "@danvan/common";
import { and, desc, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { petitionEvents, staff, tasks } from "../../db/schema";

const CLOSED = ["done", "cancelled"];

/** The still-open tasks created by "report to the head" on these petitions. */
export async function openHeadReports(db: Db, petitionIds: string[]) {
  if (petitionIds.length === 0) {
    return [];
  }
  return db
    .select({ petitionId: petitionEvents.petitionId, taskId: tasks.id, directorId: tasks.directorId })
    .from(petitionEvents)
    .innerJoin(tasks, sql`${tasks.id}::text = ${petitionEvents.data}->>'taskId'`)
    .where(
      and(
        inArray(petitionEvents.petitionId, petitionIds),
        eq(petitionEvents.type, "report-to-head"),
        notInArray(tasks.status, CLOSED),
      ),
    );
}

/** For each petition: the latest direction of the head (who, when, what) and whether a report awaits one. */
export async function followUpOf(db: Db, petitionIds: string[]): Promise<Map<string, PetitionFollowUp>> {
  const out = new Map<string, PetitionFollowUp>(
    petitionIds.map((id) => [id, { latestDirection: null, headReportPending: false }]),
  );
  if (petitionIds.length === 0) {
    return out;
  }
  const directions = await db
    .selectDistinctOn([petitionEvents.petitionId], {
      petitionId: petitionEvents.petitionId,
      note: petitionEvents.note,
      createdAt: petitionEvents.createdAt,
      actorId: staff.id,
      actorName: staff.fullName,
    })
    .from(petitionEvents)
    .leftJoin(staff, eq(staff.id, petitionEvents.actorId))
    .where(and(inArray(petitionEvents.petitionId, petitionIds), eq(petitionEvents.type, "direction")))
    .orderBy(petitionEvents.petitionId, desc(petitionEvents.createdAt), desc(petitionEvents.id));
  for (const d of directions) {
    out.get(d.petitionId)!.latestDirection = {
      by: d.actorId ? { id: d.actorId, fullName: d.actorName ?? "" } : null,
      at: d.createdAt.toISOString(),
      note: d.note ?? "",
    };
  }
  for (const r of await openHeadReports(db, petitionIds)) {
    out.get(r.petitionId)!.headReportPending = true;
  }
  return out;
}
