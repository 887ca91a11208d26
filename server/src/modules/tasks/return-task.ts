import type { Ctx } from "../../platform/context";
import { transitionTask } from "./transition";

/** The directing leader sends the product back with what must change. */
export function returnTask(ctx: Ctx, id: string, input: { note: string }) {
  return transitionTask(ctx, id, {
    ability: "returnTask",
    event: "return",
    note: input.note,
    update: ({ task }) => ({ status: "returned", returnCount: task.returnCount + 1, progress: 90 }),
    notify: ({ task }) => ({
      to: task.assigneeId,
      message: { subject: `Nhiệm vụ ${task.code} bị trả lại`, body: input.note },
    }),
  });
}
