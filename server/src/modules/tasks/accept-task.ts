import type { Ctx } from "../../platform/context";
import { transitionTask } from "./transition";

/** The assignee acknowledges the task ("đã nhận"). */
export function acceptTask(ctx: Ctx, id: string) {
  return transitionTask(ctx, id, {
    ability: "accept",
    event: "accept",
    update: () => ({ status: "accepted" }),
  });
}
