import type { StartProcessingInput } from "@danvan/common";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { checkHandler, getProcedure, type ProcedureRow, todayVn } from "./internal";
import { openSteps } from "./steps";
import { transitionDossier } from "./transition";

/** The one-stop shop hands the received dossier to the first processing step of the catalogue. */
export function startProcessing(ctx: Ctx, id: string, input: StartProcessingInput) {
  let procedure: ProcedureRow | undefined;
  const handlerId = input.handlerId ?? null;
  return transitionDossier(ctx, id, {
    ability: "startProcessing",
    verb: "start-processing",
    note: input.note ?? null,
    data: { handlerId },
    update: async (loaded, tx) => {
      const found = await getProcedure(tx, loaded.d.procedureId);
      if (!found) {
        throw notFound("procedure");
      }
      procedure = found.p;
      if (handlerId) {
        await checkHandler(tx, handlerId, loaded.unitPath, "handlerId");
      }
      return { status: "processing", currentStepNo: 1, handlerId };
    },
    after: (d, tx) => openSteps(tx, d, procedure!, todayVn(), handlerId),
  });
}
