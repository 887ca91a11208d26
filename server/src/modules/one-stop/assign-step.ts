import type { AssignStepInput } from "@danvan/common";
import { eq } from "drizzle-orm";
import { dossierSteps } from "../../db/schema";
import type { Ctx } from "../../platform/context";
import { precondition } from "../../platform/errors";
import { checkHandler } from "./internal";
import { stepOf } from "./steps";
import { transitionDossier } from "./transition";

/** Hands the step in progress to another handler (or names one when it started without). */
export function assignStep(ctx: Ctx, id: string, input: AssignStepInput) {
  return transitionDossier(ctx, id, {
    ability: "assignStep",
    verb: "assign-step",
    note: input.note ?? null,
    data: { stepNo: input.stepNo, handlerId: input.handlerId },
    update: async (loaded, tx) => {
      const { d } = loaded;
      if (d.currentStepNo !== input.stepNo) {
        throw precondition("onestopStepMismatch", { stepNo: input.stepNo, current: d.currentStepNo ?? "—" });
      }
      await checkHandler(tx, input.handlerId, loaded.unitPath, "handlerId");
      const step = (await stepOf(tx, d, input.stepNo))!;
      await tx.update(dossierSteps).set({ handlerId: input.handlerId }).where(eq(dossierSteps.id, step.id));
      return { handlerId: input.handlerId };
    },
  });
}
