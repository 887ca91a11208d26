import type { Ctx } from "../../platform/context";
import { transitionTask } from "./transition";

/** The leader or creator cancels a task, with the reason on record. */
export function cancelTask(ctx: Ctx, id: string, input: { reason: string }) {
  return transitionTask(ctx, id, {
    ability: "cancel",
    event: "cancel",
    note: input.reason,
    update: () => ({ status: "cancelled", cancelReason: input.reason }),
    notify: ({ task }) => ({
      to: task.assigneeId,
      message: { subject: `Nhiệm vụ ${task.code} đã hủy`, body: input.reason },
    }),
  });
}
