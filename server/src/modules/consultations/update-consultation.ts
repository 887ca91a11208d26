import type { ConsultationPhase, UpdateConsultationInput } from "@danvan/common";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../../db/client";
import { consultations } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden, precondition } from "../../platform/errors";
import { checkPhases } from "./checks";
import { canManageConsultations } from "./consultation.policy";
import { getConsultation } from "./get-consultation";
import { assertFiles, type LoadedConsultation, loadConsultation, PHASE_ORDER } from "./internal";

type Change = Partial<typeof consultations.$inferInsert>;

/** Load in scope, check the manager, write, audit: the shape every consultation edit shares. */
export async function changeConsultation(
  ctx: Ctx,
  id: string,
  action: string,
  build: (loaded: LoadedConsultation, tx: Db) => Promise<Change> | Change,
) {
  const actor = requireActor(ctx);
  await withTransaction(ctx, async (tx) => {
    const loaded = await loadConsultation(tx, actor, id, true);
    if (!canManageConsultations(actor, loaded.unitPath)) {
      throw forbidden();
    }
    const changes = await build(loaded, tx);
    const [after] = await tx
      .update(consultations)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(consultations.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action,
      entityType: "consultation",
      entityId: id,
      unitId: loaded.c.unitId,
      before: loaded.c,
      after,
    });
  });
  return getConsultation(ctx, id);
}

/** Edits the text, the phase dates or the documents. */
export function updateConsultation(ctx: Ctx, id: string, input: z.infer<typeof UpdateConsultationInput>) {
  return changeConsultation(ctx, id, "consultations.update", async (_loaded, tx) => {
    if (input.phases) {
      checkPhases(input.phases);
    }
    const fileIds = input.fileIds ? await assertFiles(tx, input.fileIds, "fileIds") : undefined;
    return { title: input.title, summary: input.summary, phases: input.phases, fileIds };
  });
}

/** Moves the consultation forward one or more phases; the people's decision is never re-opened. */
export function changePhase(ctx: Ctx, id: string, phase: ConsultationPhase) {
  return changeConsultation(ctx, id, "consultations.phase", ({ c }) => {
    if (PHASE_ORDER.indexOf(phase) <= PHASE_ORDER.indexOf(c.phase as ConsultationPhase)) {
      throw precondition("consultationPhaseBackwards");
    }
    // The decision record is frozen when voting closes; leaving the phase must not skip it.
    if (c.votingOpen) {
      throw precondition("consultationCloseFirst");
    }
    return { phase };
  });
}

/** "Dân biết": makes the consultation public (Luật THDCCS 2022 Đ.11–12). */
export function publishConsultation(ctx: Ctx, id: string) {
  return changeConsultation(ctx, id, "consultations.publish", ({ c }) =>
    c.isPublished ? {} : { isPublished: true, publishedAt: new Date() },
  );
}
