import type { SupplementDossierInput } from "@danvan/common";
import type { Db } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { appointmentFor } from "./deadlines";
import { checkDocuments, type DossierRow, getProcedure, mergeDocuments, todayVn } from "./internal";
import { notifyApplicant } from "./notify";
import { answersOf, resolveAnswers } from "./supplement-answers";
import { transitionDossier } from "./transition";

type DossierDocuments = DossierRow["documents"];

/**
 * The column changes of a supplement, at the counter or online. At intake the dossier goes back to
 * checking. After a return from processing it is received again and the clock restarts from today
 * (NĐ 61/2018 Đ.19 k.4): a new appointment, and the steps run again as a new round.
 */
export async function supplementChanges(ctx: Ctx, tx: Db, d: DossierRow, added: DossierDocuments) {
  const documents = mergeDocuments(d.documents, added);
  if (d.status === "supplement_requested") {
    return { restarted: false, changes: { status: "checking", documents } };
  }
  const today = todayVn();
  const appointment = await appointmentFor(
    tx,
    { from: today, days: d.processingDays, unitId: d.unitId },
    ctx.locale,
  );
  return {
    restarted: true,
    changes: {
      status: "received",
      documents,
      clockStartDate: today,
      appointmentDate: appointment.due,
      originalAppointmentDate: appointment.due,
      appointmentExplanation: appointment.explanation,
      round: d.round + 1,
      currentStepNo: null,
      handlerId: null,
    },
  };
}

/** Tells the applicant the new appointment when a supplement restarted the clock. */
export async function notifyRestart(tx: Db, d: DossierRow, restarted: boolean) {
  if (restarted) {
    await notifyApplicant(
      tx,
      d,
      `Hồ sơ ${d.code} đã được tiếp nhận lại`,
      `Hồ sơ ${d.code} đã đủ thành phần; thời hạn giải quyết tính lại từ ngày ${d.clockStartDate}, ngày hẹn trả kết quả: ${d.appointmentDate}.`,
    );
  }
}

/**
 * The applicant brings what was missing to the counter (see `supplementChanges` for the clock). As online,
 * any missing item can be answered, free-text ones too, and the timeline says which files answer which.
 */
export function supplementDossier(ctx: Ctx, id: string, input: SupplementDossierInput) {
  let added: DossierDocuments = [];
  let restarted = false;
  return transitionDossier(ctx, id, {
    ability: "supplement",
    verb: "supplement",
    note: input.note ?? null,
    get fileIds() {
      return added.flatMap((a) => a.fileIds);
    },
    eventData: () => ({ restarted, answers: answersOf(added) }),
    update: async ({ d }, tx, actor) => {
      const found = await getProcedure(tx, d.procedureId);
      if (!found) {
        throw notFound("procedure");
      }
      const { submitted, freeText } = resolveAnswers(d, input.documents);
      added = await checkDocuments(tx, found.p, submitted, actor.id, "documents", freeText);
      const result = await supplementChanges(ctx, tx, d, added);
      restarted = result.restarted;
      return result.changes;
    },
    after: (d, tx) => notifyRestart(tx, d, restarted),
  });
}
