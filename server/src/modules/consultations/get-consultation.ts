import type { ConsultationDetail, ConsultationPhase, MatterType, VoteBasis } from "@danvan/common";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { consultationAreas, consultationOptions, staff, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { todayVn } from "../tasks/internal";
import { listPublicPromises } from "../tasks/public-promises";
import { consensusOf } from "./consensus";
import { consultationAbilities } from "./consultation.policy";
import { detailCounts, unansweredCounts } from "./counts";
import { type ConsultationRow, fileInfo, loadConsultation } from "./internal";
import { consultationResult } from "./results";

export async function optionsOf(db: Db, id: string) {
  const rows = await db
    .select()
    .from(consultationOptions)
    .where(eq(consultationOptions.consultationId, id))
    .orderBy(consultationOptions.position);
  return Promise.all(
    rows.map(async (o) => ({
      id: o.id,
      position: o.position,
      label: o.label,
      description: o.description,
      files: await fileInfo(db, o.fileIds),
    })),
  );
}

export async function areasOf(db: Db, id: string) {
  return db
    .select({ unitId: consultationAreas.unitId, unitName: units.name, hamlet: consultationAreas.hamlet })
    .from(consultationAreas)
    .innerJoin(units, eq(units.id, consultationAreas.unitId))
    .where(eq(consultationAreas.consultationId, id));
}

/** Commitments made in the consultation: public-promise tasks whose source is this consultation. */
export function commitmentsOf(db: Db, id: string) {
  return listPublicPromises(db, { sourceType: "consultation", sourceId: id, limit: 100 });
}

export function summaryOf(c: ConsultationRow, unitName: string, unanswered: number) {
  return {
    id: c.id,
    code: c.code,
    unitId: c.unitId,
    unitName,
    title: c.title,
    phase: c.phase as ConsultationPhase,
    matterType: c.matterType as MatterType,
    isPublished: c.isPublished,
    votingOpen: c.votingOpen,
    unansweredQuestions: unanswered,
    updatedAt: c.updatedAt.toISOString(),
  };
}

/** The staff view of one consultation, with what the actor may do on it. */
export async function getConsultation(ctx: Ctx, id: string): Promise<ConsultationDetail> {
  const actor = requireActor(ctx);
  const db = ctx.db;
  const { c, unitName, facts } = await loadConsultation(db, actor, id);
  const people = await db
    .select({ id: staff.id, fullName: staff.fullName })
    .from(staff)
    .where(inArray(staff.id, [c.ownerId, c.directorId]));
  const name = (sid: string) => ({ id: sid, fullName: people.find((p) => p.id === sid)?.fullName ?? "" });
  return {
    ...summaryOf(c, unitName, (await unansweredCounts(db, [id])).get(id) ?? 0),
    summary: c.summary,
    voteBasis: c.voteBasis as VoteBasis,
    phases: c.phases as ConsultationDetail["phases"],
    areas: await areasOf(db, id),
    files: await fileInfo(db, c.fileIds),
    owner: name(c.ownerId),
    director: name(c.directorId),
    options: await optionsOf(db, id),
    result: await consultationResult(db, c),
    recordDue: c.recordDue,
    recordSentAt: c.recordSentAt?.toISOString() ?? null,
    recordOverdue: c.recordDue !== null && c.recordSentAt === null && c.recordDue < todayVn(),
    publishedAt: c.publishedAt?.toISOString() ?? null,
    counts: await detailCounts(db, id),
    consensus: await consensusOf(db, id),
    commitments: await commitmentsOf(db, id),
    abilities: consultationAbilities(actor, facts),
  };
}
