import type { TaskDetail } from "@danvan/common";
import { asc, eq, inArray } from "drizzle-orm";
import { files, staff, taskEvents, taskExtensions } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { maxExtensions } from "./extensions";
import { loadTask } from "./internal";
import { presentTasks } from "./task.presenter";

/** One task with its timeline (who did what, evidence files) and extension requests. */
export async function getTask(ctx: Ctx, id: string): Promise<TaskDetail> {
  const actor = requireActor(ctx);
  const loaded = await loadTask(ctx.db, actor, id);
  const [task] = await presentTasks(ctx.db, actor, [
    {
      t: loaded.task,
      extra: {
        unitName: loaded.unitName,
        unitPath: loaded.unitPath,
        extensionPending: loaded.facts.extensionPending,
      },
    },
  ]);
  const events = await ctx.db
    .select({ e: taskEvents, actorName: staff.fullName })
    .from(taskEvents)
    .leftJoin(staff, eq(staff.id, taskEvents.actorId))
    .where(eq(taskEvents.taskId, id))
    .orderBy(asc(taskEvents.createdAt));
  const fileIds = [...new Set(events.flatMap((r) => r.e.fileIds))];
  const fileRows = fileIds.length ? await ctx.db.select().from(files).where(inArray(files.id, fileIds)) : [];
  const extensions = await ctx.db
    .select()
    .from(taskExtensions)
    .where(eq(taskExtensions.taskId, id))
    .orderBy(asc(taskExtensions.createdAt));
  const assigned = events.find((r) => r.e.type === "assign")?.e.data as
    | { explanations?: { vi: string; en: string } | null }
    | null
    | undefined;
  return {
    ...task!,
    dueExplanation: assigned?.explanations?.[ctx.locale] ?? task!.dueExplanation,
    extensionMax: await maxExtensions(ctx.db),
    events: events.map(({ e, actorName }) => ({
      id: e.id,
      type: e.type,
      actor: e.actorId ? { id: e.actorId, fullName: actorName ?? "" } : null,
      note: e.note,
      data: e.data,
      createdAt: e.createdAt.toISOString(),
      files: fileRows
        .filter((f) => e.fileIds.includes(f.id))
        .map((f) => ({ id: f.id, name: f.name, size: f.size, mime: f.mime })),
    })),
    extensions: extensions.map((x) => ({
      id: x.id,
      newDueDate: x.newDueDate,
      reason: x.reason,
      status: x.status as "pending",
      requestedAt: x.createdAt.toISOString(),
      decidedAt: x.decidedAt?.toISOString() ?? null,
      decisionNote: x.decisionNote,
    })),
  };
}
