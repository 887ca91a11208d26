import type { ReceptionRecord } from "@danvan/common";
import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { petitions, receptionConclusions, staff, tasks } from "../../db/schema";
import type { Actor } from "../../platform/context";
import { isOverdue } from "../tasks/task.presenter";
import type { Loaded, RecordRow } from "./internal";
import { canManageReception } from "./reception.policy";

/** A record with its conclusions and the live state of the task carrying each one. */
export async function presentRecord(
  db: Db,
  actor: Actor,
  loaded: Loaded<RecordRow>,
): Promise<ReceptionRecord> {
  const r = loaded.row;
  const conclusions = await db
    .select({ c: receptionConclusions, t: tasks, assigneeName: staff.fullName })
    .from(receptionConclusions)
    .innerJoin(tasks, eq(tasks.id, receptionConclusions.taskId))
    .innerJoin(staff, eq(staff.id, tasks.assigneeId))
    .where(eq(receptionConclusions.recordId, r.id))
    .orderBy(asc(receptionConclusions.createdAt), asc(receptionConclusions.id));
  const linked = r.petitionIds.length
    ? await db
        .select({ id: petitions.id, code: petitions.code })
        .from(petitions)
        .where(inArray(petitions.id, r.petitionIds))
    : [];
  return {
    id: r.id,
    kind: r.kind as ReceptionRecord["kind"],
    unitId: r.unitId,
    unitName: loaded.unitName,
    sessionId: r.sessionId,
    entryId: r.entryId,
    petitions: linked,
    date: r.date,
    place: r.place,
    subject: r.subject,
    facts: r.facts,
    causes: r.causes,
    responsibility: r.responsibility,
    solution: r.solution,
    attendees: r.attendees as ReceptionRecord["attendees"],
    fileIds: r.fileIds,
    conclusions: conclusions.map(({ c, t, assigneeName }) => ({
      id: c.id,
      text: c.text,
      task: {
        id: t.id,
        code: t.code,
        status: t.status,
        dueDate: t.dueDate,
        assigneeName,
        isOverdue: isOverdue(t),
      },
    })),
    createdAt: r.createdAt.toISOString(),
    abilities: { addConclusion: canManageReception(actor, loaded.unitPath) },
  };
}
