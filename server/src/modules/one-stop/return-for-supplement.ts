import type { ReturnForSupplementInput } from "@danvan/common";
import type { Ctx } from "../../platform/context";
import { precondition } from "../../platform/errors";
import { returnWindowEnd } from "./deadlines";
import { todayVn } from "./internal";
import { notifyApplicant } from "./notify";
import { stopOpenSteps } from "./steps";
import { transitionDossier } from "./transition";

/**
 * A received dossier that fails appraisal goes back to the applicant with the list of what to
 * supplement, within 3 working days of receipt and once; the clock restarts when it comes back
 * complete (NĐ 61/2018 Đ.19 k.4).
 */
export function returnForSupplement(ctx: Ctx, id: string, input: ReturnForSupplementInput) {
  return transitionDossier(ctx, id, {
    ability: "returnForSupplement",
    verb: "return-for-supplement",
    note: input.reason,
    data: { items: input.items },
    update: async ({ d }, tx) => {
      if (d.processingReturnCount > 0) {
        throw precondition("onestopReturnOnce");
      }
      const start = d.clockStartDate ?? d.receivedDate ?? d.filedDate;
      const window = await returnWindowEnd(tx, d.unitId, start);
      const today = todayVn();
      if (today > window.end) {
        throw precondition("onestopReturnWindow", {
          days: window.days,
          date: start.split("-").reverse().join("/"),
        });
      }
      return {
        status: "returned_for_supplement",
        processingReturnCount: d.processingReturnCount + 1,
        processingReturnItems: input.items.map((i) => ({ key: i.key ?? null, description: i.description })),
        processingReturnDate: today,
        currentStepNo: null,
        handlerId: null,
      };
    },
    after: async (d, tx, before) => {
      await stopOpenSteps(tx, before);
      await notifyApplicant(
        tx,
        d,
        `Hồ sơ ${d.code} cần bổ sung`,
        `Hồ sơ ${d.code} được trả lại để bổ sung: ${input.items.map((i) => i.description).join("; ")}. Lý do: ${input.reason}`,
      );
    },
  });
}
