import { type DossierDetail, maskIdentifier } from "@danvan/common";
import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { dossierEvents, dossierSteps, staff } from "../../db/schema";
import type { Actor, Ctx } from "../../platform/context";
import { requireActor } from "../../platform/context";
import { dossierAbilities } from "./dossier.policy";
import { presentDossiers, presentSteps } from "./dossier.presenter";
import { type LoadedDossier, loadDossier, todayVn } from "./internal";

/** The full record for staff: applicant (identifier masked), documents, steps of every round, timeline. */
export async function dossierDetail(tx: Db, actor: Actor, loaded: LoadedDossier): Promise<DossierDetail> {
  const { d } = loaded;
  const today = todayVn();
  const [base] = await presentDossiers(tx, [{ d, unitName: loaded.unitName }], today);
  const steps = await tx
    .select()
    .from(dossierSteps)
    .where(eq(dossierSteps.dossierId, d.id))
    .orderBy(asc(dossierSteps.round), asc(dossierSteps.stepNo));
  const events = await tx
    .select({ e: dossierEvents, actorName: staff.fullName })
    .from(dossierEvents)
    .leftJoin(staff, eq(staff.id, dossierEvents.actorId))
    .where(eq(dossierEvents.dossierId, d.id))
    .orderBy(asc(dossierEvents.createdAt), asc(dossierEvents.id));
  return {
    ...base!,
    applicant: {
      id: d.applicantId,
      kind: d.applicantKind as "person" | "organisation",
      name: d.applicantName,
      identifier: maskIdentifier(d.applicantIdentifier),
      phone: d.applicantPhone,
      email: d.applicantEmail,
      address: d.applicantAddress,
    },
    summary: d.summary,
    processingDays: d.processingDays,
    documents: d.documents,
    supplementCount: d.supplementCount,
    supplementItems: d.supplementItems ?? null,
    refusalReason: d.refusalReason,
    originalAppointmentDate: d.originalAppointmentDate,
    appointmentExplanation: d.appointmentExplanation,
    clockStartDate: d.clockStartDate,
    round: d.round,
    processingReturnCount: d.processingReturnCount,
    processingReturnItems: d.processingReturnItems ?? null,
    reappointmentCount: d.reappointmentCount,
    apology: d.apologyDate && d.apologyReason ? { date: d.apologyDate, reason: d.apologyReason } : null,
    decision: (d.decision as "granted" | "denied" | null) ?? null,
    resultNo: d.resultNo,
    decisionReason: d.decisionReason,
    resultReadyDate: d.resultReadyDate,
    returnedDate: d.returnedDate,
    withdrawnDate: d.withdrawnDate,
    conductComplaint: d.conductComplaint,
    steps: await presentSteps(tx, steps, today),
    events: events.map(({ e, actorName }) => ({
      type: e.type,
      actor: e.actorId ? { id: e.actorId, name: actorName ?? "" } : null,
      note: e.note,
      data: e.data,
      at: e.createdAt.toISOString(),
    })),
    abilities: dossierAbilities(actor, loaded.facts),
  };
}

export async function getDossier(ctx: Ctx, id: string): Promise<DossierDetail> {
  const actor = requireActor(ctx);
  const loaded = await loadDossier(ctx.db, actor, id);
  return dossierDetail(ctx.db, actor, loaded);
}
