import type { ApproveDossierInput } from "@danvan/common";
import type { Ctx } from "../../platform/context";
import { timelinessOf } from "./deadlines";
import { todayVn } from "./internal";
import { notifyApplicant } from "./notify";
import { transitionDossier } from "./transition";

/**
 * The leader signs the result (or a reasoned refusal to grant it). Timeliness is judged against the
 * appointment the law gave, not a re-appointment: an apology does not make a late result on time.
 */
export function approveDossier(ctx: Ctx, id: string, input: ApproveDossierInput) {
  return transitionDossier(ctx, id, {
    ability: "approve",
    verb: "approve",
    note: input.reason ?? null,
    data: { decision: input.decision, resultNo: input.resultNo ?? null },
    update: ({ d }, _tx, actor) => {
      const today = todayVn();
      return {
        status: "result_ready",
        decision: input.decision,
        resultNo: input.resultNo ?? null,
        decisionReason: input.reason ?? null,
        approvedBy: actor.id,
        resultReadyDate: today,
        timeliness: timelinessOf(today, d.originalAppointmentDate ?? today),
      };
    },
    after: (d, tx) =>
      notifyApplicant(
        tx,
        d,
        `Hồ sơ ${d.code} đã có kết quả`,
        `Hồ sơ ${d.code} đã có kết quả; mời ông/bà đến Bộ phận Một cửa nhận kết quả.`,
      ),
  });
}
