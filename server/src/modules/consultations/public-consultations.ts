import type { ConsultationPhase, MatterType, PublicConsultation, VoteBasis } from "@danvan/common";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  consultationComments,
  consultationMeetings,
  consultationQuestions,
  consultations,
  units,
} from "../../db/schema";
import { consensusOf } from "./consensus";
import { unansweredCounts } from "./counts";
import { areasOf, commitmentsOf, optionsOf, summaryOf } from "./get-consultation";
import { fileInfo, loadPublished } from "./internal";
import { presentMeetings } from "./meetings";
import { consultationResult } from "./results";

/** Published consultations, newest activity first, optionally of one unit and its subtree. */
export async function listPublicConsultations(db: Db, q: { unitId?: string; limit: number }) {
  const rows = await db
    .select({ c: consultations, unitName: units.name })
    .from(consultations)
    .innerJoin(units, eq(units.id, consultations.unitId))
    .where(
      and(
        eq(consultations.isPublished, true),
        q.unitId ? sql`${units.path} LIKE (SELECT path FROM units WHERE id = ${q.unitId}) || '%'` : undefined,
      ),
    )
    .orderBy(desc(consultations.updatedAt))
    .limit(q.limit);
  const open = await unansweredCounts(
    db,
    rows.map((r) => r.c.id),
  );
  return {
    items: rows.map((r) => {
      const { isPublished: _p, unitId: _u, ...rest } = summaryOf(r.c, r.unitName, open.get(r.c.id) ?? 0);
      return rest;
    }),
  };
}

/**
 * "Dân biết, dân kiểm tra": what was put to the people, what they decided, the answers given and what
 * has been done since. No household, person or staff data leaves: askers and attendees are not named.
 */
export async function getPublicConsultation(db: Db, id: string): Promise<PublicConsultation> {
  const { c, unitName } = await loadPublished(db, id);
  const questions = await db
    .select()
    .from(consultationQuestions)
    .where(eq(consultationQuestions.consultationId, id))
    .orderBy(desc(consultationQuestions.createdAt))
    .limit(500);
  const comments = await db
    .select()
    .from(consultationComments)
    .where(and(eq(consultationComments.consultationId, id), eq(consultationComments.status, "approved")))
    .orderBy(desc(consultationComments.createdAt))
    .limit(500);
  const meetings = await db
    .select()
    .from(consultationMeetings)
    .where(eq(consultationMeetings.consultationId, id))
    .orderBy(desc(consultationMeetings.heldOn))
    .limit(100);
  return {
    id: c.id,
    code: c.code,
    unitName,
    title: c.title,
    summary: c.summary,
    phase: c.phase as ConsultationPhase,
    phases: c.phases as PublicConsultation["phases"],
    matterType: c.matterType as MatterType,
    voteBasis: c.voteBasis as VoteBasis,
    votingOpen: c.votingOpen,
    areas: (await areasOf(db, id)).map((a) => ({ unitName: a.unitName, hamlet: a.hamlet })),
    files: await fileInfo(db, c.fileIds),
    options: await optionsOf(db, id),
    results: await consultationResult(db, c),
    questions: questions.map((q) => ({
      id: q.id,
      body: q.body,
      answer: q.answer,
      answeredAt: q.answeredAt?.toISOString() ?? null,
      createdAt: q.createdAt.toISOString(),
    })),
    unansweredQuestions: questions.filter((q) => q.status === "open").length,
    comments: comments.map((m) => ({
      id: m.id,
      authorName: m.authorName,
      body: m.body,
      createdAt: m.createdAt.toISOString(),
    })),
    meetings: (await presentMeetings(db, id, meetings)).map(({ chairName: _c, minutes: _m, ...m }) => m),
    consensus: await consensusOf(db, id),
    commitments: await commitmentsOf(db, id),
    updatedAt: c.updatedAt.toISOString(),
  };
}
