import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { tasks } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden } from "../../platform/errors";
import { type Message, notifyStaff } from "../../platform/outbox";
import { addEvent, type LoadedTask, loadTask } from "./internal";
import { type TaskAbilitiesOf, taskAbilities } from "./task.policy";
import { presentTasks } from "./task.presenter";

type Step = {
  ability: keyof TaskAbilitiesOf;
  event: string;
  note?: string | null;
  data?: unknown;
  fileIds?: string[];
  /** Column changes; may depend on the loaded task. */
  update?: (loaded: LoadedTask) => Partial<typeof tasks.$inferInsert>;
  notify?: (loaded: LoadedTask) => { to: string; message: Message } | null;
  before?: (loaded: LoadedTask, tx: Db) => Promise<void> | void;
};

/** The shape every task verb shares: load in scope, check the ability, write, log the event, audit, notify. */
export async function transitionTask(ctx: Ctx, id: string, step: Step) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const loaded = await loadTask(tx, actor, id, true);
    if (!taskAbilities(actor, loaded.facts)[step.ability]) {
      throw forbidden("taskTransition");
    }
    await step.before?.(loaded, tx);
    const changes = { ...(step.update?.(loaded) ?? {}), updatedAt: new Date() };
    const [after] = await tx.update(tasks).set(changes).where(eq(tasks.id, id)).returning();
    await addEvent(tx, id, actor.id, step.event, { note: step.note, data: step.data, fileIds: step.fileIds });
    const n = step.notify?.(loaded);
    if (n) {
      await notifyStaff(tx, n.to, { ...n.message, link: `/tasks/${id}` });
    }
    await recordAudit(tx, ctx, {
      action: `tasks.${step.event}`,
      entityType: "task",
      entityId: id,
      unitId: loaded.task.unitId,
      before: loaded.task,
      after,
      reason: step.note ?? null,
    });
    const reloaded = await loadTask(tx, actor, id);
    const [presented] = await presentTasks(tx, actor, [
      {
        t: reloaded.task,
        extra: {
          unitName: reloaded.unitName,
          unitPath: reloaded.unitPath,
          extensionPending: reloaded.facts.extensionPending,
        },
      },
    ]);
    return presented!;
  });
}
