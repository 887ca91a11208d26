import { eq } from "drizzle-orm";
import { consultationQuestions } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden, notFound, precondition } from "../../platform/errors";
import { approveTask } from "../tasks/approve-task";
import { cancelTask } from "../tasks/cancel-task";
import { loadTask } from "../tasks/internal";
import { submitTask } from "../tasks/submit-task";
import { taskAbilities } from "../tasks/task.policy";
import { consultationAbilities } from "./consultation.policy";
import { loadConsultation } from "./internal";
import { presentQuestion } from "./questions";

/**
 * Publishes the official answer. The question's task follows through the tasks module in the same
 * transaction: the assignee's answer is the task's product; a directing leader who answers closes it.
 */
export async function answerQuestion(ctx: Ctx, questionId: string, answer: string) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const [q] = await tx
      .select()
      .from(consultationQuestions)
      .where(eq(consultationQuestions.id, questionId))
      .for("update");
    if (!q) {
      throw notFound("question");
    }
    const { c, facts } = await loadConsultation(tx, actor, q.consultationId);
    if (!consultationAbilities(actor, facts).answer) {
      throw forbidden();
    }
    if (q.status !== "open") {
      throw precondition("consultationAlreadyAnswered");
    }
    const [after] = await tx
      .update(consultationQuestions)
      .set({ status: "answered", answer, answeredBy: actor.id, answeredAt: new Date() })
      .where(eq(consultationQuestions.id, q.id))
      .returning();
    if (q.taskId) {
      const inner = { ...ctx, db: tx };
      const task = await loadTask(tx, actor, q.taskId).catch(() => null);
      if (task && taskAbilities(actor, task.facts).submit) {
        await submitTask(inner, q.taskId, { note: answer, fileIds: [] });
      }
      const reloaded = await loadTask(tx, actor, q.taskId).catch(() => null);
      if (reloaded && taskAbilities(actor, reloaded.facts).approve) {
        await approveTask(inner, q.taskId, { note: "Đã trả lời công khai" });
      } else if (
        reloaded &&
        reloaded.facts.status !== "submitted" &&
        taskAbilities(actor, reloaded.facts).cancel
      ) {
        // The leader answered in person: the officer's task has no product left to deliver.
        await cancelTask(inner, q.taskId, { reason: `Đã trả lời trực tiếp bởi ${actor.fullName}` });
      }
    }
    await recordAudit(tx, ctx, {
      action: "consultations.answer",
      entityType: "consultation-question",
      entityId: q.id,
      unitId: c.unitId,
      before: q,
      after,
    });
    return presentQuestion(after!);
  });
}
