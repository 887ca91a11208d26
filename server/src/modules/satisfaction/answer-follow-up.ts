import { eq } from "drizzle-orm";
import { ratings, units } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden, notFound, precondition } from "../../platform/errors";
import { can } from "../../platform/scope";
import { applyRatingChange } from "./rollup";

/** Records the unit's answer to a dissatisfied citizen; the rating leaves the open follow-ups. */
export async function answerFollowUp(ctx: Ctx, id: string, input: { answer: string }) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .select({ r: ratings, path: units.path })
      .from(ratings)
      .innerJoin(units, eq(units.id, ratings.unitId))
      .where(eq(ratings.id, id))
      .for("update", { of: ratings });
    if (!row || !can(actor, "satisfaction.read", row.path)) {
      throw notFound("rating");
    }
    if (!can(actor, "satisfaction.manage", row.path)) {
      throw forbidden();
    }
    if (row.r.followUpStatus === "none") {
      throw precondition("followUpNone");
    }
    if (row.r.followUpStatus === "answered") {
      throw precondition("followUpAnswered");
    }
    const [after] = await tx
      .update(ratings)
      .set({
        followUpStatus: "answered",
        followUpAnswer: input.answer,
        followUpAnsweredBy: actor.id,
        followUpAnsweredAt: new Date(),
      })
      .where(eq(ratings.id, id))
      .returning();
    await applyRatingChange(tx, row.r, after!);
    await recordAudit(tx, ctx, {
      action: "satisfaction.answer",
      entityType: "rating",
      entityId: id,
      unitId: row.r.unitId,
      before: row.r,
      after,
    });
    return { id, followUpStatus: "answered" as const, followUpAnswer: input.answer };
  });
}
