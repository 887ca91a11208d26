import { and, count, eq, gt, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { consultationComments, consultationMeetings, consultationQuestions } from "../../db/schema";

/** Open questions per consultation: the unanswered counter shown to leaders and the public. */
export async function unansweredCounts(db: Db, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await db
    .select({ id: consultationQuestions.consultationId, n: count() })
    .from(consultationQuestions)
    .where(and(inArray(consultationQuestions.consultationId, ids), eq(consultationQuestions.status, "open")))
    .groupBy(consultationQuestions.consultationId);
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

export async function detailCounts(db: Db, id: string) {
  const [q] = await db
    .select({ n: count() })
    .from(consultationQuestions)
    .where(eq(consultationQuestions.consultationId, id));
  const [c] = await db
    .select({
      pending: sql<number>`count(*) FILTER (WHERE ${consultationComments.status} = 'pending')`,
      reported: sql<number>`count(*) FILTER (WHERE ${gt(consultationComments.reportCount, 0)} AND ${consultationComments.status} = 'approved')`,
    })
    .from(consultationComments)
    .where(eq(consultationComments.consultationId, id));
  const [m] = await db
    .select({ n: count() })
    .from(consultationMeetings)
    .where(eq(consultationMeetings.consultationId, id));
  return {
    questions: Number(q?.n ?? 0),
    pendingComments: Number(c?.pending ?? 0),
    reportedComments: Number(c?.reported ?? 0),
    meetings: Number(m?.n ?? 0),
  };
}
