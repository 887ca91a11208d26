import { eq } from "drizzle-orm";
import { tasks } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden } from "../../platform/errors";
import { addEvent, loadTask, todayVn } from "./internal";
import { canCloseWithDirection } from "./task.policy";

/**
 * A report to the leader is done once the leader directs: the direction is its work product, so the
 * task closes as approved without the usual submit-and-review round. Runs in the caller's transaction.
 */
export async function closeWithDirection(ctx: Ctx, id: string, input: { note: string; ref: string }) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const loaded = await loadTask(tx, actor, id, true);
    if (!canCloseWithDirection(actor, loaded.facts)) {
      throw forbidden("taskTransition");
    }
    const [after] = await tx
      .update(tasks)
      .set({
        status: "done",
        progress: 100,
        evidenceSummary: input.note.slice(0, 2000),
        completedAt: new Date(),
        completedOnTime: todayVn() <= loaded.task.dueDate,
        updatedAt: new Date(),
      })
      .where(eq(tasks.id, id))
      .returning();
    await addEvent(tx, id, actor.id, "direction", { note: input.note, data: { ref: input.ref } });
    await recordAudit(tx, ctx, {
      action: "tasks.direction",
      entityType: "task",
      entityId: id,
      unitId: loaded.task.unitId,
      before: loaded.task,
      after,
      reason: input.note,
    });
    return after!;
  });
}
