import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { taskExtensions } from "../../db/schema";
import type { Ctx } from "../../platform/context";
import { invalid, precondition } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { ruleInForce } from "../calendar/rules";
import { todayVn } from "./internal";
import { transitionTask } from "./transition";

/** The rule set's cap on extensions per task, in force today (2 when no rule is configured). */
export async function maxExtensions(db: Db): Promise<number> {
  const rule = await ruleInForce(db, "tasks.extension_max", todayVn()).catch(() => null);
  return Number((rule?.value as { max?: number } | undefined)?.max ?? 2);
}

/** The assignee asks for more time, with a reason; the rule set caps how many extensions a task gets. */
export async function requestExtension(ctx: Ctx, id: string, input: { newDueDate: string; reason: string }) {
  const cap = await maxExtensions(ctx.db);
  return transitionTask(ctx, id, {
    ability: "requestExtension",
    event: "extension-request",
    note: input.reason,
    data: { newDueDate: input.newDueDate },
    before: async ({ task }, tx) => {
      if (task.extensionCount >= cap) {
        throw precondition("extensionLimit", { max: cap });
      }
      if (input.newDueDate <= task.dueDate) {
        throw invalid("newDueDate", "extensionNotLater");
      }
      await tx.insert(taskExtensions).values({
        id: newId(),
        taskId: id,
        requestedBy: ctx.actor!.id,
        newDueDate: input.newDueDate,
        reason: input.reason,
      });
    },
    notify: ({ task }) => ({
      to: task.directorId,
      message: { subject: `Xin gia hạn ${task.code}`, body: `${input.reason} → ${input.newDueDate}` },
    }),
  });
}

/** The directing leader approves (the due date moves) or refuses the pending extension. */
export async function decideExtension(ctx: Ctx, id: string, input: { approve: boolean; note: string }) {
  let newDueDate = "";
  return transitionTask(ctx, id, {
    ability: "decideExtension",
    event: input.approve ? "extension-approve" : "extension-refuse",
    note: input.note || null,
    before: async (_loaded, tx) => {
      const [pending] = await tx
        .select()
        .from(taskExtensions)
        .where(and(eq(taskExtensions.taskId, id), eq(taskExtensions.status, "pending")));
      if (!pending) {
        throw precondition("noPendingExtension");
      }
      newDueDate = pending.newDueDate;
      await tx
        .update(taskExtensions)
        .set({
          status: input.approve ? "approved" : "refused",
          decidedBy: ctx.actor!.id,
          decidedAt: new Date(),
          decisionNote: input.note || null,
        })
        .where(eq(taskExtensions.id, pending.id));
    },
    update: ({ task }) =>
      input.approve ? { dueDate: newDueDate, extensionCount: task.extensionCount + 1 } : {},
    notify: ({ task }) => ({
      to: task.assigneeId,
      message: {
        subject: `${input.approve ? "Đồng ý" : "Không đồng ý"} gia hạn ${task.code}`,
        body: input.note || task.title,
      },
    }),
  });
}
