import { type ConclusionInput, RECORD_KIND_LABELS } from "@danvan/common";
import type { Db } from "../../db/client";
import { receptionConclusions } from "../../db/schema";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { createTask } from "../tasks/create-task";
import type { RecordRow } from "./internal";

/**
 * Turns a conclusion into a "5 rõ" task through the tasks module, in the caller's transaction (a
 * savepoint); the task's field errors are reported on the conclusion's own path.
 */
export async function concludeWithTask(
  tx: Db,
  ctx: Ctx,
  record: RecordRow,
  c: ConclusionInput,
  path: string,
): Promise<string> {
  const label = RECORD_KIND_LABELS[record.kind as keyof typeof RECORD_KIND_LABELS].vi;
  const task = await createTask(
    { ...ctx, db: tx },
    {
      title: c.text.length > 190 ? `${c.text.slice(0, 187)}...` : c.text,
      description: `${label}: ${record.subject}\n${c.text}`,
      unitId: record.unitId,
      assigneeId: c.assigneeId,
      directorId: c.directorId,
      due: { date: c.dueDate },
      deliverable: c.deliverable,
      coordinatingUnitIds: [],
      source: { type: "reception", id: record.id, label: record.subject.slice(0, 190) },
      publicPromise: null,
    },
  ).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "VALIDATION") {
      throw new AppError(
        "VALIDATION",
        err.key,
        err.details?.map((d) => ({ ...d, path: `${path}.${d.path === "due" ? "dueDate" : d.path}` })),
      );
    }
    throw err;
  });
  const id = newId();
  await tx.insert(receptionConclusions).values({
    id,
    recordId: record.id,
    unitId: record.unitId,
    text: c.text,
    taskId: task.id,
    createdBy: ctx.actor?.id ?? null,
  });
  return task.id;
}
