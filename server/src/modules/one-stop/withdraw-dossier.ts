import type { WithdrawDossierInput } from "@danvan/common";
import type { Ctx } from "../../platform/context";
import { todayVn } from "./internal";
import { stopOpenSteps } from "./steps";
import { transitionDossier } from "./transition";

/** The applicant withdraws the dossier (recorded by the counter); the steps still open stop with it. */
export function withdrawDossier(ctx: Ctx, id: string, input: WithdrawDossierInput) {
  return transitionDossier(ctx, id, {
    ability: "withdraw",
    verb: "withdraw",
    note: input.reason,
    update: () => ({
      status: "withdrawn",
      withdrawnDate: todayVn(),
      withdrawReason: input.reason,
      handlerId: null,
      currentStepNo: null,
    }),
    after: (d, tx) => stopOpenSteps(tx, d),
  });
}
