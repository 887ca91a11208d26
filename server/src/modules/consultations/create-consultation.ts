import type { CreateConsultationInput } from "@danvan/common";
import { consultationAreas, consultations } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { invalid } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { nextSequence } from "../../platform/sequence";
import { getUnitOrThrow } from "../directory";
import { todayVn } from "../tasks/internal";
import { checkAreas, checkPeople, checkPhases } from "./checks";
import { canManageConsultations } from "./consultation.policy";
import { getConsultation } from "./get-consultation";
import { assertFiles } from "./internal";

/** Opens a consultation as a draft in its first phase; it reaches the public when published. */
export async function createConsultation(ctx: Ctx, input: CreateConsultationInput) {
  const actor = requireActor(ctx);
  const id = await withTransaction(ctx, async (tx) => {
    const unit = await getUnitOrThrow(tx, input.unitId).catch(() => {
      throw invalid("unitId", "notFound");
    });
    if (!canManageConsultations(actor, unit.path)) {
      throw invalid("unitId", "forbidden");
    }
    if (unit.validTo !== null) {
      throw invalid("unitId", "unitRetired");
    }
    checkPhases(input.phases);
    await checkAreas(tx, unit.path, input.areas);
    await checkPeople(tx, unit.path, input.ownerId, input.directorId);
    const fileIds = await assertFiles(tx, input.fileIds, "fileIds");
    const year = todayVn().slice(0, 4);
    const seq = await nextSequence(tx, `consultation:${unit.id}:${year}`);
    const id = newId();
    const [row] = await tx
      .insert(consultations)
      .values({
        id,
        code: `LYK-${unit.code}-${year}-${String(seq).padStart(3, "0")}`,
        unitId: unit.id,
        title: input.title,
        summary: input.summary,
        matterType: input.matterType,
        voteBasis: input.voteBasis,
        phase: input.phases[0]!.phase,
        phases: input.phases,
        fileIds,
        ownerId: input.ownerId,
        directorId: input.directorId,
        createdBy: actor.id,
      })
      .returning();
    await tx
      .insert(consultationAreas)
      .values(
        input.areas.map((a) => ({ id: newId(), consultationId: id, unitId: a.unitId, hamlet: a.hamlet })),
      );
    await recordAudit(tx, ctx, {
      action: "consultations.create",
      entityType: "consultation",
      entityId: id,
      unitId: unit.id,
      after: { ...row, areas: input.areas },
    });
    return id;
  });
  return getConsultation(ctx, id);
}
