import type { ConductComplaintInput } from "@danvan/common";
import type { Ctx } from "../../platform/context";
import { precondition } from "../../platform/errors";
import { rescoreConduct } from "./score-dossier";
import { transitionDossier } from "./transition";

/**
 * Records a verified complaint about staff conduct on the dossier (harassment, trouble caused). It sets
 * indicator 7 to 0 (TT 01/2018 Đ.13), and a dossier already scored has its unit sums corrected at once.
 */
export function recordConductComplaint(ctx: Ctx, id: string, input: ConductComplaintInput) {
  return transitionDossier(ctx, id, {
    ability: "recordComplaint",
    verb: "record-complaint",
    note: input.reason,
    update: ({ d }) => {
      if (d.conductComplaint) {
        throw precondition("onestopTransition");
      }
      return { conductComplaint: true };
    },
    after: (d, tx) => rescoreConduct(tx, d),
  });
}
