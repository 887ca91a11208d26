import type { RequestSupplementInput } from "@danvan/common";
import type { Ctx } from "../../platform/context";
import { precondition } from "../../platform/errors";
import { ruleAmount } from "./deadlines";
import { todayVn } from "./internal";
import { notifyApplicant } from "./notify";
import { transitionDossier } from "./transition";

/**
 * Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: everything missing, listed once and completely; a second
 * request is refused (NĐ 61/2018 Đ.15 k.3, Đ.17 k.2a; the limit is the rule `onestop.supplement_max`).
 */
export function requestSupplement(ctx: Ctx, id: string, input: RequestSupplementInput) {
  return transitionDossier(ctx, id, {
    ability: "requestSupplement",
    verb: "request-supplement",
    note: input.note ?? null,
    data: { items: input.items },
    update: async ({ d }, tx) => {
      const max = await ruleAmount(tx, "onestop.supplement_max", d.filedDate);
      if (d.supplementCount >= max) {
        throw precondition("onestopSupplementOnce");
      }
      return {
        status: "supplement_requested",
        supplementCount: d.supplementCount + 1,
        supplementItems: input.items.map((i) => ({ key: i.key ?? null, description: i.description })),
        supplementRequestedDate: todayVn(),
      };
    },
    after: (d, tx) =>
      notifyApplicant(
        tx,
        d,
        `Hồ sơ ${d.code} cần bổ sung`,
        `Hồ sơ ${d.code} cần bổ sung: ${input.items.map((i) => i.description).join("; ")}.`,
      ),
  });
}
