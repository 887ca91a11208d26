import type { RateInput, RateResult, RatingChannel } from "@danvan/common";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { ratingInteractions, ratingKiosks, ratings, ratingVersions } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, withTransaction } from "../../platform/context";
import { conflict, forbidden, invalid } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { todayVn } from "../tasks/internal";
import { createFollowUpTask } from "./follow-up";
import { interactionByToken, questionnaireOf, ratingOf } from "./internal";
import { applyRatingChange } from "./rollup";
import { ruleSetFor } from "./rules";

export type RateVia = { channel: RatingChannel; kioskId?: string; enteredBy?: string };
type TokenRow = Awaited<ReturnType<typeof interactionByToken>>;

/**
 * Records the citizen's rating of one interaction. The token votes once: a second send inside the edit
 * window is a new version of the same rating, after it the rating is closed (409). A kiosk may rate only
 * what its counter sent it.
 */
export async function rateInteraction(
  ctx: Ctx,
  token: string,
  input: RateInput,
  via: RateVia,
): Promise<RateResult> {
  return withTransaction(ctx, async (tx) => {
    const row = await interactionByToken(tx, token, true);
    const { i } = row;
    if (via.kioskId) {
      const [kiosk] = await tx.select().from(ratingKiosks).where(eq(ratingKiosks.id, via.kioskId));
      if (kiosk?.currentInteractionId !== i.id) {
        throw forbidden("kioskOtherInteraction");
      }
      await tx
        .update(ratingKiosks)
        .set({ currentInteractionId: null, sentAt: null, lastSeenAt: new Date() })
        .where(eq(ratingKiosks.id, kiosk.id));
    }
    return (await writeRating(tx, ctx, row, input, via)).result;
  });
}

/** Writes a first rating or its new version, its rollup counts and its audit event, inside the caller's transaction. */
export async function writeRating(tx: Db, ctx: Ctx, row: TokenRow, input: RateInput, via: RateVia) {
  const { i } = row;
  const questionnaire = await questionnaireOf(tx, i.unitId);
  const keys = new Set(questionnaire.questions.map((q) => q.key));
  for (const key of Object.keys(input.answers)) {
    if (!keys.has(key)) {
      throw invalid(`answers.${key}`, "invalidValue");
    }
  }
  const now = new Date();
  const rules = await ruleSetFor(tx, todayVn(now));
  const comment = input.comment ? input.comment : null;
  const isLow = Object.values(input.answers).some((v) => v <= rules.lowScoreMax);
  const needsFollowUp = input.level === "dissatisfied" || (isLow && !!comment);
  const before = await ratingOf(tx, i.id, true);
  if (before && before.editableUntil.getTime() < now.getTime()) {
    throw conflict("ratingClosed");
  }
  const content = {
    level: input.level,
    aspects: input.aspects as Record<string, string>,
    answers: input.answers,
    comment,
    channel: via.channel,
  };
  const version = (before?.version ?? 0) + 1;
  const ratingId = before?.id ?? newId();
  let followUpTaskId = before?.followUpTaskId ?? null;
  let followUpStatus = before?.followUpStatus ?? "none";
  if (needsFollowUp && followUpStatus === "none") {
    followUpTaskId = await createFollowUpTask(tx, ctx, i, row.unitPath, {
      level: input.level,
      comment,
    });
    followUpStatus = "open";
  }
  const values = {
    ...content,
    kioskId: via.kioskId ?? before?.kioskId ?? null,
    questionnaireId: questionnaire.id,
    version,
    followUpStatus,
    followUpTaskId,
  };
  const [after] = before
    ? await tx.update(ratings).set(values).where(eq(ratings.id, before.id)).returning()
    : await tx
        .insert(ratings)
        .values({
          ...values,
          id: ratingId,
          interactionId: i.id,
          unitId: i.unitId,
          officerId: i.officerId,
          agencyId: i.agencyId,
          procedureId: i.procedureId,
          procedureName: i.procedureName,
          kind: i.kind,
          ratedDate: todayVn(now),
          ratedAt: now,
          // A transcribed paper form is the citizen's final word: its link must not rewrite it later.
          editableUntil:
            via.channel === "paper" ? now : new Date(now.getTime() + rules.editWindowHours * 3_600_000),
          enteredBy: via.enteredBy ?? null,
        })
        .returning();
  await tx.insert(ratingVersions).values({ id: newId(), ratingId, version, ...content });
  await applyRatingChange(tx, before ?? null, after!);
  if (!before) {
    await tx.update(ratingInteractions).set({ ratedAt: now }).where(eq(ratingInteractions.id, i.id));
  }
  await recordAudit(tx, ctx, {
    action: before ? "satisfaction.revise" : "satisfaction.rate",
    entityType: "rating",
    entityId: ratingId,
    unitId: i.unitId,
    before: before ?? null,
    after,
  });
  const result: RateResult = {
    version,
    editableUntil: after!.editableUntil.toISOString(),
    followUp: followUpStatus !== "none",
  };
  return { id: ratingId, result };
}
