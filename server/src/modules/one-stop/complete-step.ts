import type { CompleteStepInput } from "@danvan/common";
import { eq } from "drizzle-orm";
import { dossierSteps } from "../../db/schema";
import type { Ctx } from "../../platform/context";
import { precondition } from "../../platform/errors";
import { addWorkingDays, timelinessOf } from "./deadlines";
import { checkHandler, todayVn } from "./internal";
import { stepOf } from "./steps";
import { transitionDossier } from "./transition";

/**
 * Completes the step in progress and hands the dossier to the next step (its handler, its time budget
 * from today), or, after the last step, to the leader for approval. Naming another step is refused, so
 * no step is skipped or done twice. Each step is stored early, on time or late against its budget.
 */
export function completeStep(ctx: Ctx, id: string, input: CompleteStepInput) {
  let outcome: { stepNo: number; timeliness: string; next: number | null } | undefined;
  return transitionDossier(ctx, id, {
    ability: "completeStep",
    verb: "complete-step",
    note: input.note ?? null,
    eventData: () => outcome,
    update: async (loaded, tx, actor) => {
      const { d } = loaded;
      if (d.currentStepNo !== input.stepNo) {
        throw precondition("onestopStepMismatch", { stepNo: input.stepNo, current: d.currentStepNo ?? "—" });
      }
      const today = todayVn();
      const step = (await stepOf(tx, d, input.stepNo))!;
      const timeliness = timelinessOf(today, step.dueDate ?? today);
      await tx
        .update(dossierSteps)
        .set({
          status: "done",
          completedDate: today,
          completedBy: actor.id,
          timeliness,
          note: input.note ?? null,
        })
        .where(eq(dossierSteps.id, step.id));
      const next = await stepOf(tx, d, input.stepNo + 1);
      outcome = { stepNo: step.stepNo, timeliness, next: next?.stepNo ?? null };
      if (!next) {
        return { status: "awaiting_approval", currentStepNo: null, handlerId: null };
      }
      const handlerId = input.nextHandlerId ?? null;
      if (handlerId) {
        await checkHandler(tx, handlerId, loaded.unitPath, "nextHandlerId");
      }
      await tx
        .update(dossierSteps)
        .set({
          status: "active",
          handlerId,
          startedDate: today,
          dueDate: await addWorkingDays(tx, d.unitId, today, next.budgetDays),
        })
        .where(eq(dossierSteps.id, next.id));
      return { currentStepNo: next.stepNo, handlerId };
    },
  });
}
