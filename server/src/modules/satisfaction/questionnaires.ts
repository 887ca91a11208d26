import type { Questionnaire, QuestionnaireInput } from "@danvan/common";
import { eq, max } from "drizzle-orm";
import type { Db } from "../../db/client";
import { ratingQuestionnaires, units } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Actor, type Ctx, requireActor, withTransaction } from "../../platform/context";
import { invalid, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { can } from "../../platform/scope";
import { questionnaireOf } from "./internal";

/** The questionnaire a unit's citizens answer now (version 0 is the shipped one). */
export async function getQuestionnaire(db: Db, actor: Actor, unitId: string) {
  const [unit] = await db.select().from(units).where(eq(units.id, unitId));
  if (!unit || !can(actor, "satisfaction.read", unit.path)) {
    throw notFound("unit");
  }
  return { unitId, ...(await questionnaireOf(db, unitId)) };
}

/** A new version of a unit's questionnaire; ratings already given keep the version they answered. */
export async function saveQuestionnaire(ctx: Ctx, input: QuestionnaireInput): Promise<Questionnaire> {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const [unit] = await tx.select().from(units).where(eq(units.id, input.unitId));
    if (!unit || !can(actor, "satisfaction.manage", unit.path)) {
      throw invalid("unitId", "forbidden");
    }
    const keys = input.questions.map((q) => q.key);
    const dup = keys.findIndex((k, n) => keys.indexOf(k) !== n);
    if (dup >= 0) {
      throw invalid(`questions.${dup}.key`, "duplicateCode");
    }
    const [last] = await tx
      .select({ v: max(ratingQuestionnaires.version) })
      .from(ratingQuestionnaires)
      .where(eq(ratingQuestionnaires.unitId, unit.id));
    const [row] = await tx
      .insert(ratingQuestionnaires)
      .values({
        id: newId(),
        unitId: unit.id,
        version: (last?.v ?? 0) + 1,
        questions: input.questions,
        createdBy: actor.id,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: "satisfaction.save-questionnaire",
      entityType: "rating-questionnaire",
      entityId: row!.id,
      unitId: unit.id,
      after: row,
    });
    return {
      id: row!.id,
      unitId: unit.id,
      version: row!.version,
      questions: input.questions,
      createdAt: row!.createdAt.toISOString(),
    };
  });
}
