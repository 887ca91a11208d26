import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { taskEvents, taskExtensions, tasks, units } from "../../db/schema";
import type { Actor } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { canViewTask, type TaskFacts } from "./task.policy";

export type TaskRow = typeof tasks.$inferSelect;
export type LoadedTask = { task: TaskRow; unitPath: string; unitName: string; facts: TaskFacts };

/** Loads a task the actor may see, else "not found" (an unseen task does not exist for them). */
export async function loadTask(tx: Db, actor: Actor, id: string, forUpdate = false): Promise<LoadedTask> {
  const q = tx
    .select({ t: tasks, unitPath: units.path, unitName: units.name })
    .from(tasks)
    .innerJoin(units, eq(units.id, tasks.unitId))
    .where(eq(tasks.id, id));
  const [row] = forUpdate ? await q.for("update", { of: tasks }) : await q;
  if (!row) {
    throw notFound("task");
  }
  const [pending] = await tx
    .select({ id: taskExtensions.id })
    .from(taskExtensions)
    .where(and(eq(taskExtensions.taskId, id), eq(taskExtensions.status, "pending")))
    .limit(1);
  const facts: TaskFacts = {
    status: row.t.status,
    assigneeId: row.t.assigneeId,
    directorId: row.t.directorId,
    createdBy: row.t.createdBy,
    unitPath: row.unitPath,
    extensionPending: !!pending,
  };
  if (!canViewTask(actor, facts)) {
    throw notFound("task");
  }
  return { task: row.t, unitPath: row.unitPath, unitName: row.unitName, facts };
}

export async function addEvent(
  tx: Db,
  taskId: string,
  actorId: string | null,
  type: string,
  extra: { note?: string | null; data?: unknown; fileIds?: string[] } = {},
) {
  await tx.insert(taskEvents).values({
    id: newId(),
    taskId,
    actorId,
    type,
    note: extra.note ?? null,
    data: extra.data ?? null,
    fileIds: extra.fileIds ?? [],
  });
}

/** Today's date in Vietnam, where deadlines are kept. */
export function todayVn(now = new Date()): string {
  // Vietnam keeps UTC+7 all year (no daylight saving since 1975): plain arithmetic, no Intl formatter,
  // which costs tens of microseconds to build and sits on every request path.
  return new Date(now.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

const VN_OFFSET_MS = 7 * 3_600_000;
