import type { Ctx } from "../../platform/context";
import { transitionTask } from "./transition";

/** "Đôn đốc": records who urged whom and when, and tells the assignee. */
export function urgeTask(ctx: Ctx, id: string, input: { note: string }) {
  return transitionTask(ctx, id, {
    ability: "urge",
    event: "urge",
    note: input.note || null,
    data: { by: ctx.actor?.fullName },
    notify: ({ task }) => ({
      to: task.assigneeId,
      message: {
        subject: `Đôn đốc nhiệm vụ ${task.code}`,
        body: `${ctx.actor?.fullName ?? ""} đôn đốc: ${input.note || task.title}. Hạn: ${task.dueDate}`,
      },
    }),
  });
}
