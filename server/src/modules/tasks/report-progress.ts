import type { Ctx } from "../../platform/context";
import { transitionTask } from "./transition";

/** The assignee reports progress with a percentage and a note. */
export function reportProgress(ctx: Ctx, id: string, input: { percent: number; note: string }) {
  return transitionTask(ctx, id, {
    ability: "progress",
    event: "progress",
    note: input.note,
    data: { percent: input.percent },
    update: () => ({ status: "in_progress", progress: Math.min(input.percent, 99) }),
  });
}
