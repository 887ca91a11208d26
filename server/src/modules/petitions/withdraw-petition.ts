import type { Ctx } from "../../platform/context";
import { todayVn } from "./internal";
import { transitionPetition } from "./transition";

/**
 * Withdrawal in writing (Luật Khiếu nại Đ.10). A denunciation may still be resolved when the act shows a
 * violation or the withdrawal was coerced (Luật Tố cáo Đ.33): then the withdrawal is only recorded.
 */
export function withdrawPetition(
  ctx: Ctx,
  id: string,
  input: { reason: string; continueResolution: boolean },
) {
  return transitionPetition(ctx, id, {
    ability: "withdraw",
    verb: "withdraw",
    note: input.reason,
    data: { continueResolution: input.continueResolution },
    update: ({ p }) =>
      p.kind === "denunciation" && input.continueResolution
        ? {}
        : { status: "withdrawn", withdrawnDate: todayVn(), withdrawReason: input.reason, currentDue: null },
  });
}
