import { and, desc, eq, sql } from "drizzle-orm";
import { consultationCommentReports, consultationComments } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { conflict, forbidden, notFound, precondition } from "../../platform/errors";
import { idempotent } from "../../platform/idempotency";
import { newId } from "../../platform/ids";
import { secretsFor } from "../../platform/secrets";
import { consultationAbilities } from "./consultation.policy";
import { loadConsultation, loadPublished } from "./internal";

type Row = typeof consultationComments.$inferSelect;

export function presentComment(r: Row) {
  return {
    id: r.id,
    authorName: r.authorName,
    body: r.body,
    status: r.status as "pending" | "approved" | "rejected",
    rejectReason: r.rejectReason,
    reportCount: r.reportCount,
    createdAt: r.createdAt.toISOString(),
  };
}

/** A public opinion, held for moderation: shown only once approved (as the provincial newspaper does). */
export async function postComment(
  ctx: Ctx,
  id: string,
  input: { authorName: string; body: string },
  key: string | undefined,
) {
  return withTransaction(ctx, async (tx) => {
    const { c } = await loadPublished(tx, id);
    return idempotent(tx, { scope: `public.consultation-comment:${id}`, key, body: input }, async () => {
      const [row] = await tx
        .insert(consultationComments)
        .values({
          id: newId(),
          consultationId: c.id,
          authorName: input.authorName,
          body: input.body,
          status: "pending",
        })
        .returning();
      await recordAudit(tx, ctx, {
        action: "consultations.comment",
        entityType: "consultation-comment",
        entityId: row!.id,
        unitId: c.unitId,
        after: { id: row!.id, consultationId: c.id },
      });
      return { status: 201, response: { id: row!.id, status: "pending" as const } };
    });
  });
}

/** Approves or rejects (with a reason) a comment waiting for moderation. */
export async function moderateComment(
  ctx: Ctx,
  commentId: string,
  input: { decision: "approve" | "reject"; reason?: string },
) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .select()
      .from(consultationComments)
      .where(eq(consultationComments.id, commentId))
      .for("update");
    if (!row) {
      throw notFound("comment");
    }
    const { c, facts } = await loadConsultation(tx, actor, row.consultationId);
    if (!consultationAbilities(actor, facts).moderate) {
      throw forbidden();
    }
    // A reported comment may be taken down after approval; a rejection is final.
    if (row.status === "rejected" || (row.status === "approved" && input.decision === "approve")) {
      throw precondition("consultationAlreadyModerated");
    }
    const approve = input.decision === "approve";
    const [after] = await tx
      .update(consultationComments)
      .set({
        status: approve ? "approved" : "rejected",
        rejectReason: approve ? null : (input.reason ?? null),
        moderatedBy: actor.id,
        moderatedAt: new Date(),
      })
      .where(eq(consultationComments.id, commentId))
      .returning();
    await recordAudit(tx, ctx, {
      action: `consultations.${approve ? "approve" : "reject"}-comment`,
      entityType: "consultation-comment",
      entityId: commentId,
      unitId: c.unitId,
      before: row,
      after,
      reason: input.reason ?? null,
    });
    return presentComment(after!);
  });
}

/** Anyone may report an approved comment as abusive, once per client address; moderators see the count. */
export async function reportComment(ctx: Ctx, commentId: string, reason: string) {
  const reporterHash = secretsFor(ctx.config).blindIndex(`comment-report:${ctx.ip ?? "local"}`)!;
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .select()
      .from(consultationComments)
      .where(and(eq(consultationComments.id, commentId), eq(consultationComments.status, "approved")));
    if (!row) {
      throw notFound("comment");
    }
    await loadPublished(tx, row.consultationId);
    const inserted = await tx
      .insert(consultationCommentReports)
      .values({ commentId, reporterHash, reason })
      .onConflictDoNothing()
      .returning({ commentId: consultationCommentReports.commentId });
    if (inserted.length === 0) {
      throw conflict("consultationAlreadyReported");
    }
    await tx
      .update(consultationComments)
      .set({ reportCount: sql`${consultationComments.reportCount} + 1` })
      .where(eq(consultationComments.id, commentId));
    return { reported: true };
  });
}

/** The moderation queue, or the approved and rejected comments, for moderators of the unit. */
export async function listComments(ctx: Ctx, id: string, status: "pending" | "approved" | "rejected") {
  const actor = requireActor(ctx);
  const { facts } = await loadConsultation(ctx.db, actor, id);
  if (!consultationAbilities(actor, facts).moderate) {
    throw forbidden();
  }
  const rows = await ctx.db
    .select()
    .from(consultationComments)
    .where(and(eq(consultationComments.consultationId, id), eq(consultationComments.status, status)))
    .orderBy(desc(consultationComments.reportCount), desc(consultationComments.createdAt))
    .limit(500);
  return { items: rows.map(presentComment) };
}
