import type { Ctx } from "../../platform/context";
import { registerInteraction } from "../satisfaction";
import { todayVn } from "./internal";
import { transitionTask } from "./transition";

/** The directing leader accepts the product; on-time is fixed now, so scorecards never recompute it. */
export function approveTask(ctx: Ctx, id: string, input: { note: string }) {
  return transitionTask(ctx, id, {
    ability: "approve",
    event: "approve",
    note: input.note || null,
    // A promise made to the people, once done, may be rated by them.
    before: ({ task }, tx) =>
      task.isPublicPromise
        ? registerInteraction(tx, ctx, {
            kind: "task",
            refId: task.id,
            label: task.publicTitle ?? task.title,
            unitId: task.unitId,
            officerId: task.assigneeId,
          })
        : undefined,
    update: ({ task }) => ({
      status: "done",
      completedAt: new Date(),
      completedOnTime: todayVn() <= task.dueDate,
    }),
    notify: ({ task }) => ({
      to: task.assigneeId,
      message: { subject: `Nhiệm vụ ${task.code} được duyệt hoàn thành`, body: task.title },
    }),
  });
}
