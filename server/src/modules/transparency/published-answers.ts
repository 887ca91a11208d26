import type { PublishedAnswer } from "@danvan/common";
import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { consultationQuestions, consultations, units } from "../../db/schema";

/**
 * The newest answers given in public under a unit: questions of published consultations and their
 * answers, as the consultation's public page shows them (askers are never named there either).
 */
export async function publishedAnswers(db: Db, path: string, limit = 10): Promise<PublishedAnswer[]> {
  const rows = await db
    .select({
      consultationId: consultations.id,
      consultationTitle: consultations.title,
      unitName: units.name,
      question: consultationQuestions.body,
      answer: consultationQuestions.answer,
      answeredAt: consultationQuestions.answeredAt,
    })
    .from(consultationQuestions)
    .innerJoin(consultations, eq(consultations.id, consultationQuestions.consultationId))
    .innerJoin(units, eq(units.id, consultations.unitId))
    .where(
      and(
        eq(consultations.isPublished, true),
        isNotNull(consultationQuestions.answer),
        isNotNull(consultationQuestions.answeredAt),
        sql`${units.path} LIKE ${`${path}%`}`,
      ),
    )
    .orderBy(desc(consultationQuestions.answeredAt))
    .limit(limit);
  return rows.map((r) => ({ ...r, answer: r.answer!, answeredAt: r.answeredAt!.toISOString() }));
}
