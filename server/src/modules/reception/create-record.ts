import type { CreateRecordInput } from "@danvan/common";
import { receptionRecords } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden, invalid, precondition } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { loadPetition } from "../petitions/internal";
import { concludeWithTask } from "./conclusions";
import { checkAttachments, loadEntry, loadSession, todayVn, unitOrInvalid } from "./internal";
import { canManageReception } from "./reception.policy";
import { presentRecord } from "./record.presenter";
import { sessionAbilities } from "./session.presenter";

/**
 * Records a "ba mặt một lời" meeting at a held session (citizen, authority, related party: facts,
 * causes, responsibility, agreed solution, attendance) or a working session on long-standing
 * petitions; each conclusion becomes a task followed up under "5 rõ".
 */
export async function createRecord(ctx: Ctx, input: CreateRecordInput) {
  const actor = requireActor(ctx);
  if (input.date > todayVn()) {
    throw invalid("date", "petitionDateOutOfRange");
  }
  return withTransaction(ctx, async (tx) => {
    const unit = await unitOrInvalid(tx, input.unitId);
    if (!canManageReception(actor, unit.path)) {
      throw forbidden();
    }
    const petitionIds = new Set(input.petitionIds);
    let entryId: string | null = null;
    if (input.sessionId) {
      const session = await loadSession(tx, actor, input.sessionId).catch(() => {
        throw invalid("sessionId", "notFound");
      });
      if (session.row.unitId !== unit.id) {
        throw invalid("sessionId", "receptionNotInSession");
      }
      if (!sessionAbilities(actor, session).record) {
        throw precondition("receptionSessionTransition");
      }
      if (input.entryId) {
        const entry = await loadEntry(tx, actor, input.entryId).catch(() => {
          throw invalid("entryId", "notFound");
        });
        if (entry.row.sessionId !== session.row.id) {
          throw invalid("entryId", "receptionNotInSession");
        }
        // A denouncer is never brought face to face with the denounced (Luật Tố cáo Đ.47).
        if (entry.row.kind === "denunciation") {
          throw invalid("entryId", "receptionTripartiteDenunciation");
        }
        entryId = entry.row.id;
        if (entry.row.petitionId) {
          petitionIds.add(entry.row.petitionId);
        }
      }
    } else if (input.entryId) {
      throw invalid("entryId", "receptionNotInSession");
    }
    for (const id of input.petitionIds) {
      await loadPetition(tx, actor, id).catch(() => {
        throw invalid("petitionIds", "receptionPetitionUnknown");
      });
    }
    const fileIds = await checkAttachments(tx, actor.id, input.fileIds, "fileIds");
    const [row] = await tx
      .insert(receptionRecords)
      .values({
        id: newId(),
        kind: input.kind,
        unitId: unit.id,
        sessionId: input.sessionId,
        entryId,
        petitionIds: [...petitionIds],
        date: input.date,
        place: input.place,
        subject: input.subject,
        facts: input.facts,
        causes: input.causes,
        responsibility: input.responsibility,
        solution: input.solution,
        attendees: input.attendees,
        fileIds,
        createdBy: actor.id,
      })
      .returning();
    const taskIds: string[] = [];
    for (const [i, c] of input.conclusions.entries()) {
      taskIds.push(await concludeWithTask(tx, ctx, row!, c, `conclusions.${i}`));
    }
    await recordAudit(tx, ctx, {
      action: "reception.create-record",
      entityType: "reception_record",
      entityId: row!.id,
      unitId: unit.id,
      after: { ...row, taskIds },
    });
    return presentRecord(tx, actor, { row: row!, unitPath: unit.path, unitName: unit.name });
  });
}
