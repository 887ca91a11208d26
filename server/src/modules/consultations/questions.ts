import type { QuestionView } from "@danvan/common";
import { and, desc, eq } from "drizzle-orm";
import { consultationQuestions, households } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden, invalid, precondition } from "../../platform/errors";
import { idempotent } from "../../platform/idempotency";
import { newId } from "../../platform/ids";
import { notifyStaff } from "../../platform/outbox";
import { consultationAbilities } from "./consultation.policy";
import { isConcerned, loadConsultation, loadPublished } from "./internal";
import { questionTask } from "./question-task";
import { resolveVoter } from "./verify-resident";

type Row = typeof consultationQuestions.$inferSelect;

export function presentQuestion(q: Row): QuestionView {
  return {
    id: q.id,
    askerLabel: q.askerLabel,
    channel: q.channel as QuestionView["channel"],
    body: q.body,
    status: q.status as QuestionView["status"],
    answer: q.answer,
    answeredAt: q.answeredAt?.toISOString() ?? null,
    taskId: q.taskId,
    createdAt: q.createdAt.toISOString(),
  };
}

/** An officer records a question raised at a meeting or handed in; it becomes a task at once. */
export async function askQuestion(
  ctx: Ctx,
  id: string,
  input: { body: string; askerLabel: string; householdId?: string },
) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const { c, facts } = await loadConsultation(tx, actor, id, true);
    if (!consultationAbilities(actor, facts).edit) {
      throw forbidden();
    }
    if (input.householdId && !(await isConcerned(tx, id, input.householdId))) {
      throw invalid("householdId", "consultationHouseholdOutsideArea");
    }
    const qid = newId();
    const [row] = await tx
      .insert(consultationQuestions)
      .values({
        id: qid,
        consultationId: id,
        householdId: input.householdId ?? null,
        askerLabel: input.askerLabel,
        channel: "meeting",
        body: input.body,
        status: "open",
      })
      .returning();
    const taskId = await questionTask(tx, ctx, c, qid, input.body);
    await tx.update(consultationQuestions).set({ taskId }).where(eq(consultationQuestions.id, qid));
    await recordAudit(tx, ctx, {
      action: "consultations.ask",
      entityType: "consultation-question",
      entityId: qid,
      unitId: c.unitId,
      after: { ...row, taskId },
    });
    return presentQuestion({ ...row!, taskId });
  });
}

/**
 * A verified resident asks online. The officer in charge is told through the outbox; the task is made
 * when staff take the question up (a task is always given by a person).
 */
export async function publicAsk(
  ctx: Ctx,
  id: string,
  token: string | undefined,
  body: string,
  key: string | undefined,
) {
  return withTransaction(ctx, async (tx) => {
    const { c } = await loadPublished(tx, id);
    const voter = await resolveVoter(tx, id, token);
    return idempotent(
      tx,
      { scope: `public.consultation-question:${id}`, key, body: { body, v: voter.verificationId } },
      async () => {
        const [h] = await tx
          .select({ hamlet: households.hamlet })
          .from(households)
          .where(eq(households.id, voter.householdId));
        const qid = newId();
        const [row] = await tx
          .insert(consultationQuestions)
          .values({
            id: qid,
            consultationId: id,
            householdId: voter.householdId,
            askerLabel: `Hộ dân ${h?.hamlet ?? ""}`.trim(),
            channel: "online",
            body,
            status: "open",
          })
          .returning();
        await notifyStaff(tx, c.ownerId, {
          subject: `Câu hỏi mới: ${c.code}`,
          body: body.slice(0, 500),
          link: `/consultations/${id}`,
        });
        await recordAudit(tx, ctx, {
          action: "consultations.ask-online",
          entityType: "consultation-question",
          entityId: qid,
          unitId: c.unitId,
          after: { id: qid, consultationId: id, verificationId: voter.verificationId },
        });
        return {
          status: 201,
          response: { id: row!.id, status: "open" as const, createdAt: row!.createdAt.toISOString() },
        };
      },
    );
  });
}

/** Staff take up an online question: the answer becomes a "5 rõ" task. */
export async function routeQuestion(ctx: Ctx, questionId: string) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const [q] = await tx
      .select()
      .from(consultationQuestions)
      .where(eq(consultationQuestions.id, questionId))
      .for("update");
    if (!q) {
      throw invalid("questionId", "notFound");
    }
    const { c, facts } = await loadConsultation(tx, actor, q.consultationId);
    if (!consultationAbilities(actor, facts).answer) {
      throw forbidden();
    }
    if (q.status !== "open" || q.taskId) {
      throw precondition("consultationAlreadyAnswered");
    }
    const taskId = await questionTask(tx, ctx, c, q.id, q.body);
    const [after] = await tx
      .update(consultationQuestions)
      .set({ taskId })
      .where(eq(consultationQuestions.id, q.id))
      .returning();
    await recordAudit(tx, ctx, {
      action: "consultations.route-question",
      entityType: "consultation-question",
      entityId: q.id,
      unitId: c.unitId,
      before: q,
      after,
    });
    return presentQuestion(after!);
  });
}

/** Questions of a consultation, newest first, optionally by status. */
export async function listQuestions(ctx: Ctx, id: string, status?: "open" | "answered") {
  const actor = requireActor(ctx);
  await loadConsultation(ctx.db, actor, id);
  const rows = await ctx.db
    .select()
    .from(consultationQuestions)
    .where(
      and(
        eq(consultationQuestions.consultationId, id),
        status ? eq(consultationQuestions.status, status) : undefined,
      ),
    )
    .orderBy(desc(consultationQuestions.createdAt))
    .limit(500);
  return { items: rows.map(presentQuestion) };
}
