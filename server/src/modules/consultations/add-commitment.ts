import type { CommitmentInput } from "@danvan/common";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { AppError, forbidden } from "../../platform/errors";
import { createTask } from "../tasks/create-task";
import { consultationAbilities } from "./consultation.policy";
import { loadConsultation } from "./internal";

/** A promise made to the people becomes a public "5 rõ" task; its progress shows on the consultation. */
export async function addCommitment(ctx: Ctx, id: string, input: CommitmentInput) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const { c, facts } = await loadConsultation(tx, actor, id, true);
    if (!consultationAbilities(actor, facts).commit) {
      throw forbidden();
    }
    const task = await createTask(
      { ...ctx, db: tx },
      {
        title: input.title,
        description: `Cam kết với Nhân dân trong cuộc lấy ý kiến ${c.code} — ${c.title}\n${input.summary}`,
        unitId: c.unitId,
        assigneeId: input.assigneeId,
        directorId: input.directorId ?? c.directorId,
        due: { date: input.dueDate },
        deliverable: input.deliverable,
        coordinatingUnitIds: [],
        source: { type: "consultation", id: c.id, label: c.code },
        publicPromise: { title: input.title, summary: input.summary },
      },
    ).catch((err: unknown) => {
      if (err instanceof AppError && err.code === "VALIDATION") {
        throw new AppError(
          "VALIDATION",
          err.key,
          err.details?.map((d) => ({ ...d, path: d.path === "due" ? "dueDate" : d.path })),
        );
      }
      throw err;
    });
    await recordAudit(tx, ctx, {
      action: "consultations.commit",
      entityType: "consultation",
      entityId: id,
      unitId: c.unitId,
      after: { taskId: task.id, taskCode: task.code, title: input.title },
    });
    return { taskId: task.id, code: task.code, dueDate: task.dueDate };
  });
}
