import {
  DEFAULT_QUESTIONS,
  type QuestionnaireQuestion,
  type RatingForm,
  type SatisfactionLevel,
} from "@danvan/common";
import { and, desc, eq, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { ratingInteractions, ratingQuestionnaires, ratings, staff, units } from "../../db/schema";
import { AppError } from "../../platform/errors";
import { hashToken } from "./tokens";

export type InteractionRow = typeof ratingInteractions.$inferSelect;
export type RatingRow = typeof ratings.$inferSelect;

/** One answer for forged, unknown and expired tokens, so a guess learns nothing. */
export const badToken = () => new AppError("NOT_FOUND", "ratingTokenInvalid");

/**
 * The interaction a token opens, with the names the form shows; expired, unknown or outside `within` (an
 * SQL condition on the unit) → 404.
 */
export async function interactionByToken(db: Db, token: string, forUpdate = false, within?: SQL) {
  const q = db
    .select({
      i: ratingInteractions,
      unitName: units.name,
      unitPath: units.path,
      officerName: staff.fullName,
    })
    .from(ratingInteractions)
    .innerJoin(units, eq(units.id, ratingInteractions.unitId))
    .leftJoin(staff, eq(staff.id, ratingInteractions.officerId))
    .where(and(eq(ratingInteractions.tokenHash, hashToken(token)), within));
  const [row] = forUpdate ? await q.for("update", { of: ratingInteractions }) : await q;
  if (!row || row.i.expiresAt.getTime() < Date.now()) {
    throw badToken();
  }
  return row;
}

/** The unit's newest questionnaire, else the shipped SIPAS-style one. */
export async function questionnaireOf(db: Db, unitId: string) {
  const [q] = await db
    .select()
    .from(ratingQuestionnaires)
    .where(eq(ratingQuestionnaires.unitId, unitId))
    .orderBy(desc(ratingQuestionnaires.version))
    .limit(1);
  return q
    ? { id: q.id, version: q.version, questions: q.questions as QuestionnaireQuestion[] }
    : { id: null, version: 0, questions: DEFAULT_QUESTIONS };
}

/** The rating of an interaction; `forUpdate` when it is about to change, so a concurrent answer is not lost. */
export async function ratingOf(
  db: Db,
  interactionId: string,
  forUpdate = false,
): Promise<RatingRow | undefined> {
  const q = db.select().from(ratings).where(eq(ratings.interactionId, interactionId));
  const [r] = forUpdate ? await q.for("update") : await q;
  return r;
}

export async function formOf(
  db: Db,
  row: Awaited<ReturnType<typeof interactionByToken>>,
): Promise<RatingForm> {
  const r = await ratingOf(db, row.i.id);
  return {
    kind: row.i.kind as RatingForm["kind"],
    label: row.i.label,
    unitName: row.unitName,
    officerName: row.officerName,
    procedureName: row.i.procedureName,
    finishedAt: row.i.finishedAt.toISOString(),
    expiresAt: row.i.expiresAt.toISOString(),
    questionnaire: await questionnaireOf(db, row.i.unitId),
    rating: r
      ? {
          level: r.level as SatisfactionLevel,
          aspects: r.aspects as Record<string, SatisfactionLevel>,
          answers: r.answers,
          comment: r.comment,
          version: r.version,
          editableUntil: r.editableUntil.toISOString(),
        }
      : null,
  };
}
